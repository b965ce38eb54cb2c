import { dateField } from '../../domain/patent-date.js';
import { type DocumentType, emptyRecord, type PatentRecord } from '../../domain/patent-record.js';
import { parsePublicationNumber } from '../../domain/publication-number.js';
import type { RecordWarning } from '../../domain/read-item.js';
import { earliestPriorityDate, yearOf } from '../record-parts/record-dates.js';
import { find, textAt, type XmlElement } from '../xml/parse-xml-tree.js';
import { readCitations } from './epo-citations.js';
import { readClaims } from './epo-claims.js';
import { readClassifications } from './epo-classifications.js';
import { readParties } from './epo-parties.js';
import { readPriorities } from './epo-priorities.js';
import { readAbstracts, readTitles } from './epo-texts.js';

export type EpoRecordResult = { ok: true; record: PatentRecord } | { ok: false; reason: string };

/**
 * Map an `ep-patent-document` root (description already left out) to the canonical record.
 * Identity comes from the root attributes, falling back to SDOBI `B190` / `B110` / `B130` / `B140`.
 */
export function buildEpoRecord(
  root: XmlElement,
  source: { file: string; byteOffset: number },
  warnings: RecordWarning[],
): EpoRecordResult {
  const sdobi = find(root, 'SDOBI');
  const attr = (name: string) => root.attrs[name]?.trim() || null;
  const country = attr('country') ?? textAt(sdobi, 'B100/B190') ?? 'EP';
  const number = attr('doc-number') ?? textAt(sdobi, 'B100/B110');
  const kind = attr('kind') ?? textAt(sdobi, 'B100/B130');
  const id = number ? parsePublicationNumber(`${country}${number}`, { kind }) : null;
  if (!id)
    return {
      ok: false,
      reason: `no usable publication number (country "${country}", doc-number "${number ?? ''}")`,
    };

  const lang = attr('lang')?.toLowerCase() ?? sdobi?.attrs.lang?.toLowerCase() ?? null;
  const textLang = lang ?? 'und';
  const record = emptyRecord(id, {
    file: source.file,
    byteOffset: source.byteOffset,
    line: null,
    format: 'epo-xml',
    formatVersion: formatVersionOf(attr('dtd-version')),
  });
  const b500 = find(sdobi, 'B500');
  record.documentType = documentTypeOf(id.kind);
  record.applicationNumber = textAt(sdobi, 'B200/B210');
  record.applicationDate = dateField(textAt(sdobi, 'B200/B220/date'), 'applicationDate', warnings);
  record.publicationDate = dateField(
    attr('date-publ') ?? textAt(sdobi, 'B100/B140/date'),
    'publicationDate',
    warnings,
  );
  if (record.documentType === 'grant') {
    record.grantDate = dateField(textAt(sdobi, 'B400/B450/date'), 'grantDate', warnings);
  }
  record.priorities = readPriorities(find(sdobi, 'B300'), warnings);
  record.priorityDate = earliestPriorityDate(record.priorities);
  record.priorityYear = yearOf(record.priorityDate);
  record.publicationYear = yearOf(record.publicationDate);
  record.titles = readTitles(find(b500, 'B540'), textLang);
  record.abstracts = readAbstracts(root, textLang);
  Object.assign(record, readClaims(root, lang));
  record.classifications = readClassifications(b500);
  Object.assign(record, readParties(find(sdobi, 'B700')));
  record.citations = readCitations(root, find(b500, 'B560'));
  return { ok: true, record };
}

function documentTypeOf(kind: string | null): DocumentType | null {
  if (!kind) return null;
  if (kind.startsWith('A')) return 'application';
  if (kind.startsWith('B')) return 'grant';
  return 'other';
}

/** `ep-patent-document-v1-5-1` -> `v1.5.1`. */
function formatVersionOf(dtdVersion: string | null): string | null {
  const m = dtdVersion ? /v(\d+(?:-\d+)*)$/.exec(dtdVersion) : null;
  return m ? `v${m[1]!.replaceAll('-', '.')}` : dtdVersion;
}
