import type { Party, PartyRole } from '../../domain/patent-record.js';
import { childElements, findAll, textAt, textOf, type XmlElement } from '../xml/parse-xml-tree.js';

/**
 * Parties from `B700`. Applicants are `B710/B711` (partyType `applicant`) followed by the grantees
 * `B730/B731` of B documents (partyType `proprietor`); inventors are `B720/B721`. Representatives
 * (`B740`), opponents (`B780`) and licensees (`B790`) are not parties of the record.
 */
export function readParties(b700: XmlElement | null): { applicants: Party[]; inventors: Party[] } {
  const applicants = [
    ...findAll(b700, 'B710/B711').map((el) => ({ el, partyType: 'applicant' })),
    ...findAll(b700, 'B730/B731').map((el) => ({ el, partyType: 'proprietor' })),
  ];
  return {
    applicants: toParties(applicants, 'applicant'),
    inventors: toParties(
      findAll(b700, 'B720/B721').map((el) => ({ el, partyType: 'inventor' })),
      'inventor',
    ),
  };
}

function toParties(items: { el: XmlElement; partyType: string }[], role: PartyRole): Party[] {
  const out: Party[] = [];
  for (const { el, partyType } of items) {
    const name = nameOf(el);
    if (name === null) continue;
    const adr = childElements(el, 'adr')[0] ?? null;
    const street = (adr ? childElements(adr, 'str') : []).map((s) => textOf(s)).filter((s) => s !== '');
    out.push({
      role,
      sequence: out.length + 1,
      name,
      country: countryOf(el, adr),
      city: textAt(adr, 'city'),
      state: textAt(adr, 'state'),
      address: street.length ? street.join(', ') : null,
      postcode: textAt(adr, 'pcode'),
      partyType,
    });
  }
  return out;
}

/** `snm` holds the family name or the organisation; `fnm`, where given, the given names. */
function nameOf(el: XmlElement): string | null {
  const family = textAt(el, 'snm') ?? textAt(el, 'onm');
  if (family === null) return null;
  const given = textAt(el, 'fnm');
  return given ? `${family}, ${given}` : family;
}

function countryOf(el: XmlElement, adr: XmlElement | null): string | null {
  const code = textAt(adr, 'ctry') ?? textAt(el, 'rctry/ctry') ?? textAt(el, 'nctry/ctry');
  return code && /^[A-Za-z]{2}$/.test(code) ? code.toUpperCase() : null;
}
