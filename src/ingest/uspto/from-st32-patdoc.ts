import { dateField } from '../../domain/patent-date.js';
import {
  type Citation,
  type ClassificationEntry,
  emptyRecord,
  type Party,
} from '../../domain/patent-record.js';
import type { RecordWarning } from '../../domain/read-item.js';
import { childElements, find, findAll, textAt, type XmlElement } from '../xml/parse-xml-tree.js';
import { setDocumentTexts } from './document-texts.js';
import { pushEditionIpc } from './ipc-edition-symbol.js';
import {
  assigneesOrInventors,
  citedByOf,
  clean,
  countryCode,
  documentTypeOf,
  finishRecord,
  party,
  personName,
  priorityClaimAt,
  publicationIdOf,
  sequenced,
} from './uspto-fields.js';
import type { DocumentMapper } from './uspto-mapper.js';
import { rawTextOf } from './xml-text.js';

/** ST.32 US grants (`PATDOC`, v2.x): the bibliographic core, abstract and first claim. */
export const fromSt32Patdoc: DocumentMapper = (root, facts) => {
  const bib = find(root, 'SDOBI');
  if (!bib) return { ok: false, reason: '<PATDOC> has no <SDOBI> bibliographic section' };
  const b100 = find(bib, 'B100');
  const kind = textAt(b100, 'B130');
  const id = publicationIdOf(textAt(b100, 'B190'), textAt(b100, 'B110'), kind);
  if (!id)
    return { ok: false, reason: `B110 holds no usable publication number ("${textAt(b100, 'B110') ?? ''}")` };
  const warnings: RecordWarning[] = [];
  const record = emptyRecord(id, facts.source);
  record.documentType = documentTypeOf(id.kind, true);
  record.publicationDate = dateField(textAt(b100, 'B140'), 'publicationDate', warnings);
  record.grantDate = record.publicationDate;
  const b200 = find(bib, 'B200');
  record.applicationNumber = textAt(b200, 'B210');
  record.applicationDate = dateField(textAt(b200, 'B220'), 'applicationDate', warnings);
  record.priorities = findAll(bib, 'B300').flatMap((el, i) =>
    priorityClaimAt(i, textAt(el, 'B310'), textAt(el, 'B320'), countryCode(textAt(el, 'B330')), warnings),
  );

  const b500 = find(bib, 'B500');
  const claimsStated = textAt(b500, 'B570/B577');
  setDocumentTexts(record, facts, textAt(b500, 'B540'), find(root, 'SDOAB'), find(root, 'CLM'), claimsStated);

  // Design patents carry their Locarno class in B511: not an IPC symbol.
  if (record.documentType !== 'design') record.classifications = ipc(find(b500, 'B510'), warnings);
  record.citations = citations(find(b500, 'B560'));
  const b700 = find(bib, 'B700');
  const inventors = findAll(b700, 'B720/B721').map((el) => patdocParty('inventor', el, null));
  const assignees = findAll(b700, 'B730/B731').map((el) => patdocParty('applicant', el, 'assignee'));
  record.inventors = sequenced(inventors);
  record.applicants = assigneesOrInventors(assignees, inventors);
  return { ok: true, record: finishRecord(record), warnings };
};

function ipc(b510: XmlElement | null, warnings: RecordWarning[]): ClassificationEntry[] {
  if (!b510) return [];
  const version = textAt(b510, 'B516');
  const entries: ClassificationEntry[] = [];
  for (const el of childElements(b510)) {
    if (el.name !== 'B511' && el.name !== 'B512') continue;
    const raw = rawTextOf(find(el, 'PDAT'));
    if (raw.trim() !== '') pushEditionIpc(entries, raw, el.name === 'B511', version, warnings);
  }
  return entries;
}

function citations(b560: XmlElement | null): Citation[] {
  if (!b560) return [];
  const out: Citation[] = [];
  for (const el of childElements(b560)) {
    const citedBy = citedByOf(childElements(el).find((c) => c.name.startsWith('CITED-BY-'))?.name);
    if (el.name === 'B561') {
      const doc = find(el, 'PCIT/DOC');
      const country = textAt(doc, 'CTRY') ?? 'US';
      const number = textAt(doc, 'DNUM');
      const kind = textAt(doc, 'KIND');
      const name = textAt(el, 'PCIT/PARTY-US/NAM');
      const raw = [country, number, kind, name, textAt(doc, 'DATE')].filter(Boolean).join(' ');
      const publicationNumber = publicationIdOf(country, number, kind)?.publicationNumber ?? null;
      out.push({ kind: 'patent', publicationNumber, raw, category: null, citedBy });
    } else if (el.name === 'B562') {
      const text = textAt(el, 'NCIT');
      if (text) out.push({ kind: 'npl', text, category: null, citedBy });
    }
  }
  return out;
}

function patdocParty(role: Party['role'], el: XmlElement, partyType: string | null): Party {
  const nam = find(el, 'PARTY-US/NAM');
  const name = textAt(nam, 'ONM') ?? personName(textAt(nam, 'SNM'), textAt(nam, 'FNM'));
  const adr = find(el, 'PARTY-US/ADR');
  const state = clean(textAt(adr, 'STATE'));
  return party(role, 0, name, {
    // A US party gives its state and no country.
    country: countryCode(textAt(adr, 'CTRY')) ?? (state ? 'US' : null),
    city: clean(textAt(adr, 'CITY')),
    state,
    postcode: clean(textAt(adr, 'PCODE')),
    address: clean(textAt(adr, 'STR')),
    partyType,
  });
}
