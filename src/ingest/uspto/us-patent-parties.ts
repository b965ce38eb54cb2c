import type { Party } from '../../domain/patent-record.js';
import { childElements, find, findAll, textOf, type XmlElement } from '../xml/parse-xml-tree.js';
import { clean, countryCode, party, personName, sequenced } from './uspto-fields.js';
import { child, childText } from './xml-text.js';

/**
 * Applicants and inventors of a v4.x grant or application.
 * Applicants, as analytics needs them: the assignees, then applicants that are not applicant-inventors
 * (partyType = their app-type), not an assignee again, and, when there is an assignee, not a person who is
 * also listed as inventor (pre-AIA grants list every inventor as `app-type="applicant"`: the owner is the
 * assignee); when there are neither, the applicant-inventors.
 * Inventors: the `<inventor>` elements, or the applicant-inventors when there are none (v4.0-v4.1).
 */
export function usPatentParties(bib: XmlElement): { applicants: Party[]; inventors: Party[] } {
  const parties = find(bib, 'us-parties') ?? find(bib, 'parties');
  const listed = [
    ...findAll(parties, 'us-applicants/us-applicant'),
    ...findAll(parties, 'applicants/applicant'),
  ].map((el) => ({ type: el.attrs['app-type'] ?? null, el }));
  const applicantInventors = listed.filter((a) => a.type === 'applicant-inventor');
  const assignees = findAll(bib, 'assignees/assignee').map((el) => toParty('applicant', el, 'assignee'));
  // Since 2012 the assignee is often also listed as applicant: keep it once.
  const assigneeNames = new Set(assignees.map((a) => a.name.toLowerCase()));
  const inventorElements = [...findAll(parties, 'inventors/inventor'), ...findAll(bib, 'inventors/inventor')];
  const inventors =
    inventorElements.length > 0
      ? inventorElements.map((el) => toParty('inventor', el, null))
      : applicantInventors.map((a) => toParty('inventor', a.el, a.type));
  const inventorNames = new Set(inventors.map((i) => i.name.toLowerCase()));
  const others = listed
    .filter((a) => a.type !== 'applicant-inventor')
    .filter((a) => !(assignees.length > 0 && isPerson(a.el) && inventorNames.has(nameOf(a.el).toLowerCase())))
    .map((a) => toParty('applicant', a.el, a.type))
    .filter((p) => !assigneeNames.has(p.name.toLowerCase()));
  const applicants =
    assignees.length + others.length > 0
      ? [...assignees, ...others]
      : applicantInventors.map((a) => toParty('applicant', a.el, a.type));
  return { applicants: sequenced(applicants), inventors: sequenced(inventors) };
}

// v4.0 assignees may carry orgname directly, without an addressbook.
const bookOf = (el: XmlElement): XmlElement => child(el, 'addressbook') ?? el;
const isPerson = (el: XmlElement): boolean => childText(bookOf(el), 'orgname') === null;

function nameOf(el: XmlElement): string {
  const book = bookOf(el);
  return (
    childText(book, 'orgname') ??
    (personName(childText(book, 'last-name'), childText(book, 'first-name')) || childText(book, 'name') || '')
  );
}

function toParty(role: Party['role'], el: XmlElement, partyType: string | null): Party {
  const book = bookOf(el);
  const name = nameOf(el);
  const address = child(book, 'address');
  const lines = address
    ? childElements(address)
        .filter((c) => /^(address-\d|street)$/.test(c.name))
        .map((c) => textOf(c))
    : [];
  return party(role, 0, name, {
    country:
      countryCode(childText(address, 'country')) ?? countryCode(childText(child(el, 'residence'), 'country')),
    city: clean(childText(address, 'city')),
    state: clean(childText(address, 'state')),
    postcode: clean(childText(address, 'postcode')),
    address: clean(lines.join(', ')),
    partyType,
  });
}
