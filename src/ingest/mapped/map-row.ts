import { emptyRecord } from '../../domain/patent-record.js';
import { type PublicationNumber, parsePublicationNumber } from '../../domain/publication-number.js';
import { excerptOf, type ReadItem } from '../../domain/read-item.js';
import { yearOf } from '../record-parts/record-dates.js';
import { documentTypeOf } from './kind-document-type.js';
import { classificationEntries } from './mapped-classifications.js';
import { mappedParties } from './mapped-parties.js';
import { mappedPriorities } from './mapped-priorities.js';
import { RowValues } from './mapped-values.js';
import type { ResolvedMapping } from './resolve-mapping.js';
import { scriptLanguage } from './text-language.js';

/** One table row (cells already strings) as a record, or a reject when it has no publication number. */
export function mapRow(
  cells: readonly string[],
  line: number,
  file: string,
  resolved: ResolvedMapping,
): ReadItem {
  const { fields, mapping } = resolved;
  const values = new RowValues(cells);
  const id = publicationNumberOf(values, resolved);
  if (!id.ok) {
    return {
      kind: 'reject',
      file,
      position: { byteOffset: null, line },
      reason: id.reason,
      excerpt: excerptOf(cells.join('\t')),
    };
  }

  const record = emptyRecord(id.value, {
    file,
    byteOffset: null,
    line,
    format: 'mapped-table',
    formatVersion: mapping.id,
  });
  record.documentType = documentTypeOf(id.value.country, id.value.kind);
  record.applicationNumber = values.text(fields.applicationNumber);
  record.applicationDate = values.date(fields.applicationDate, 'applicationDate');
  record.publicationDate = values.date(fields.publicationDate, 'publicationDate');
  record.grantDate = values.date(fields.grantDate, 'grantDate');
  const priority = mappedPriorities(values, fields.priorityNumbers, fields.priorityDate);
  record.priorities = priority.priorities;
  record.priorityDate = priority.earliest;
  record.priorityYear = yearOf(record.priorityDate);
  record.publicationYear = yearOf(record.publicationDate ?? record.grantDate);

  for (const [target, specs] of [
    [record.titles, resolved.titles],
    [record.abstracts, resolved.abstracts],
  ] as const) {
    for (const field of specs) {
      const text = values.text(field);
      if (text === null) continue;
      const lang = languageOf(field.lang, text);
      if (target[lang] === undefined) target[lang] = text;
    }
  }
  const firstClaim = values.text(fields.firstClaim);
  if (firstClaim !== null)
    record.firstClaim = { lang: languageOf(fields.firstClaim!.lang, firstClaim), text: firstClaim };

  record.classifications = [
    ...classificationEntries('ipc', values, fields.ipcMain, fields.ipc),
    ...classificationEntries('cpc', values, fields.cpcMain, fields.cpc),
  ];
  record.applicants = mappedParties('applicant', values, fields.applicants, {
    address: fields.applicantAddress,
    province: fields.applicantProvince,
    country: fields.applicantCountry,
  });
  record.inventors = mappedParties('inventor', values, fields.inventors);

  // Upper-casing leaves Chinese statuses (有效 / 审中 / 失效) exactly as the export gives them.
  record.legalStatus = values.text(fields.legalStatus)?.toUpperCase() ?? null;
  record.familyId = values.text(fields.familyId);
  record.familySize = values.integer(fields.familySize, 'familySize');
  record.citedByCount = values.integer(fields.citedByCount, 'citedByCount');
  record.claimsCount = values.integer(fields.claimsCount, 'claimsCount');
  return { kind: 'record', record, warnings: values.warnings };
}

type IdResult = { ok: true; value: PublicationNumber } | { ok: false; reason: string };

function publicationNumberOf(values: RowValues, resolved: ResolvedMapping): IdResult {
  const { fields, mapping } = resolved;
  const country = values.text(fields.country)?.toUpperCase() ?? mapping.defaults?.country ?? null;
  const kind = values.text(fields.kind);
  const explicitList = mapping.fields.publicationNumber?.separator !== undefined;
  const raw = explicitList
    ? (values.list(fields.publicationNumber)[0] ?? null)
    : (values.text(fields.publicationNumber) ?? values.text(fields.docNumber));
  if (raw === null) return { ok: false, reason: 'row without a publication number' };
  const parsed = parsePublicationNumber(raw, { country, kind });
  return parsed ? { ok: true, value: parsed } : { ok: false, reason: `not a publication number: "${raw}"` };
}

function languageOf(lang: string, text: string): string {
  return lang === 'auto' ? scriptLanguage(text) : lang;
}
