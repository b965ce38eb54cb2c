import { dateField } from '../../domain/patent-date.js';
import {
  type Citation,
  type ClassificationEntry,
  type DocumentType,
  emptyRecord,
  type Party,
} from '../../domain/patent-record.js';
import { parsePublicationNumber } from '../../domain/publication-number.js';
import type { ReadItem, RecordWarning } from '../../domain/read-item.js';
import { pushEditionIpc } from './ipc-edition-symbol.js';
import { setTaggedTexts, taggedReject } from './tagged-record.js';
import { fieldValue, type TaggedField, tagName } from './tagged-text.js';
import {
  assigneesOrInventors,
  finishRecord,
  party,
  priorityClaimAt,
  publicationIdOf,
  sequenced,
} from './uspto-fields.js';

type Section = { name: string; fields: TaggedField[] };

/**
 * One APS Green Book record (`PATN` to the next `PATN`) to a record: number, dates, title, parties,
 * IPC, citations, abstract and claims. Descriptions are not kept.
 */
export function fromApsRecord(fields: TaggedField[], file: string): ReadItem {
  const sections = sectionsOf(fields);
  const patn = sections.find((s) => s.name === 'PATN')?.fields ?? [];
  const line = fields[0]?.line ?? null;
  const wku = fieldValue(patn, 'WKU');
  const id = wku ? apsPatentNumber(wku) : null;
  if (!id) {
    const reason = wku ? `WKU "${wku}" is not an APS patent number` : 'APS record has no WKU (patent number)';
    return taggedReject(fields, file, line, reason);
  }
  const warnings: RecordWarning[] = [];
  const source = { file, byteOffset: null, line, format: 'uspto-aps-text' as const, formatVersion: null };
  const record = emptyRecord(id, source);
  record.documentType = apsDocumentType(id.docNumber);
  record.publicationDate = dateField(fieldValue(patn, 'ISD'), 'publicationDate', warnings);
  record.grantDate = record.publicationDate;
  record.applicationNumber = applicationNumber(fieldValue(patn, 'SRC'), fieldValue(patn, 'APN'));
  record.applicationDate = dateField(fieldValue(patn, 'APD'), 'applicationDate', warnings);
  record.priorities = inSections(sections, 'PRIR').flatMap((s, i) =>
    priorityClaimAt(
      i,
      fieldValue(s, 'APN'),
      fieldValue(s, 'APD'),
      apsCountry(fieldValue(s, 'CNT')),
      warnings,
    ),
  );
  const abstract = inSections(sections, 'ABST').flatMap((s) => paragraphs(s));
  const claims = inSections(sections, 'CLMS').flatMap((s) => paragraphs(s));
  setTaggedTexts(record, fieldValue(patn, 'TTL'), abstract, claims, fieldValue(patn, 'NCL'));

  record.classifications = ipc(inSections(sections, 'CLAS'), warnings);
  const inventors = inSections(sections, 'INVT').map((s) => apsParty('inventor', s, null));
  const assignees = inSections(sections, 'ASSG').map((s) => apsParty('applicant', s, 'assignee'));
  record.inventors = sequenced(inventors);
  record.applicants = assigneesOrInventors(assignees, inventors);
  record.citations = citations(sections);
  return { kind: 'record', record: finishRecord(record), warnings };
}

/** WKU: 9 characters, the last a check digit (`039373754` -> US3937375, `D02345678` -> USD234567). */
export function apsPatentNumber(wku: string): ReturnType<typeof parsePublicationNumber> {
  const text = wku.trim().toUpperCase();
  if (!/^[A-Z0-9]{9}$/.test(text)) return null;
  return parsePublicationNumber(`US${text.slice(0, 8)}`);
}

/** APS has no kind codes: the number's prefix tells designs, plants and reissues. */
function apsDocumentType(docNumber: string): DocumentType {
  if (docNumber.startsWith('D')) return 'design';
  if (docNumber.startsWith('PP')) return 'plant';
  if (docNumber.startsWith('RE')) return 'reissue';
  return 'grant';
}

/** Series code + 6-digit serial (APN's 7th digit is a check digit), as the XML `doc-number` gives it. */
function applicationNumber(series: string | null, apn: string | null): string | null {
  if (!apn) return null;
  const serial = /^\d{7}$/.test(apn) ? apn.slice(0, 6) : apn;
  return series && /^\d{1,2}$/.test(series) ? `${series.padStart(2, '0')}${serial}` : serial;
}

/** APS countries are 3 letters, mostly the ISO code + `X` (`JPX`, `DEX`). */
function apsCountry(raw: string | null): string | null {
  const text = (raw ?? '').trim().toUpperCase();
  return /^[A-Z]{2}X?$/.test(text) ? text.slice(0, 2) : null;
}

function sectionsOf(fields: TaggedField[]): Section[] {
  const sections: Section[] = [];
  for (const f of fields) {
    if (f.value === '' && /^[A-Z]{4}$/.test(f.tag)) sections.push({ name: f.tag, fields: [] });
    else sections[sections.length - 1]?.fields.push(f);
  }
  return sections;
}

function inSections(sections: Section[], name: string): TaggedField[][] {
  return sections.filter((s) => s.name === name).map((s) => s.fields);
}

function paragraphs(fields: TaggedField[]): string[] {
  return fields.filter((f) => /^(PAL|PAR|PA\d|PAC)$/.test(f.tag) && f.value !== '').map((f) => f.value);
}

function ipc(sections: TaggedField[][], warnings: RecordWarning[]): ClassificationEntry[] {
  const entries: ClassificationEntry[] = [];
  for (const fields of sections) {
    const version = fieldValue(fields, 'EDF');
    for (const f of fields) {
      if (f.tag === 'ICL') pushEditionIpc(entries, f.value, entries.length === 0, version, warnings);
    }
  }
  return entries;
}

function apsParty(role: Party['role'], fields: TaggedField[], partyType: string | null): Party {
  const state = fieldValue(fields, 'STA');
  return party(role, 0, tagName(fieldValue(fields, 'NAM') ?? ''), {
    // US residents give a state and no country.
    country: apsCountry(fieldValue(fields, 'CNT')) ?? (state ? 'US' : null),
    city: fieldValue(fields, 'CTY'),
    state,
    postcode: fieldValue(fields, 'ZIP'),
    address: fieldValue(fields, 'STR'),
    partyType,
  });
}

function citations(sections: Section[]): Citation[] {
  const out: Citation[] = [];
  for (const s of sections) {
    if (s.name === 'UREF' || s.name === 'FREF') {
      const number = fieldValue(s.fields, 'PNO');
      if (!number) continue;
      const country = s.name === 'UREF' ? 'US' : apsCountry(fieldValue(s.fields, 'CNT'));
      const raw = [country, number, fieldValue(s.fields, 'ISD'), fieldValue(s.fields, 'NAM')]
        .filter(Boolean)
        .join(' ');
      const publicationNumber = country
        ? (publicationIdOf(country, number, null)?.publicationNumber ?? null)
        : null;
      out.push({ kind: 'patent', publicationNumber, raw, category: null, citedBy: null });
    } else if (s.name === 'OREF') {
      for (const text of paragraphs(s.fields)) out.push({ kind: 'npl', text, category: null, citedBy: null });
    }
  }
  return out;
}
