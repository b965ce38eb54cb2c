import { dateField } from '../../domain/patent-date.js';
import {
  type Citation,
  type ClassificationEntry,
  emptyRecord,
  type Party,
} from '../../domain/patent-record.js';
import { parsePublicationNumber } from '../../domain/publication-number.js';
import type { ReadItem, RecordWarning } from '../../domain/read-item.js';
import { classificationEntry, classificationValue } from '../record-parts/classification-entry.js';
import { setTaggedTexts, taggedReject } from './tagged-record.js';
import { fieldValue, groupsOf, type TaggedField, tagName } from './tagged-text.js';
import {
  citedByOf,
  countryCode,
  documentTypeOf,
  finishRecord,
  party,
  priorityClaimAt,
  publicationIdOf,
  sequenced,
} from './uspto-fields.js';

const US_REF = new Set(['URNM', 'URPD', 'URCL', 'URGP']);
const FOREIGN_REF = new Set(['FRPN', 'FRPD', 'FRCL', 'FRGP']);
const PRIORITY = new Set(['PRAN', 'PRAD', 'PRAY', 'PRAI']);
const partyTags = (prefix: string) =>
  new Set(['SA', 'CI', 'ST', 'ZP', 'CO', 'TX', 'GP', 'TC'].map((t) => prefix + t));

/** One CSS/BRS document (between `*** BRS DOCUMENT BOUNDARY ***` lines) to a record. */
export function fromBrsRecord(fields: TaggedField[], file: string, line: number): ReadItem {
  const did = fieldValue(fields, 'DID');
  const id =
    (did ? parsePublicationNumber(did) : null) ??
    publicationIdOf('US', fieldValue(fields, 'WKU'), fieldValue(fields, 'APT'));
  if (!id) {
    const reason = `BRS document has no usable number (DID "${did ?? ''}", WKU "${fieldValue(fields, 'WKU') ?? ''}")`;
    return taggedReject(fields, file, line, reason);
  }
  const warnings: RecordWarning[] = [];
  const source = { file, byteOffset: null, line, format: 'uspto-brs-text' as const, formatVersion: null };
  const record = emptyRecord(id, source);
  // Pre-grant publications carry the 11-digit YYYYNNNNNNN number.
  const isGrant = !/^(19|20)\d{9}$/.test(id.docNumber);
  record.documentType = documentTypeOf(id.kind, isGrant);
  record.publicationDate = dateField(
    fieldValue(fields, 'GISD') ?? fieldValue(fields, 'PD'),
    'publicationDate',
    warnings,
  );
  if (isGrant) record.grantDate = record.publicationDate;
  record.applicationNumber = fieldValue(fields, 'APNR') ?? fieldValue(fields, 'APN');
  record.applicationDate = dateField(
    fieldValue(fields, 'AFD') ?? fieldValue(fields, 'APD'),
    'applicationDate',
    warnings,
  );
  record.priorities = groupsOf(fields, 'PRCO', PRIORITY).flatMap((g, i) =>
    priorityClaimAt(
      i,
      fieldValue(g, 'PRAN'),
      fieldValue(g, 'PRAD'),
      countryCode(fieldValue(g, 'PRCO')),
      warnings,
    ),
  );
  const abstract = fields.filter((f) => f.tag === 'ABPR' || f.tag === 'ABST').map((f) => f.value);
  const claims = fields.filter((f) => f.tag === 'CLPR').map((f) => f.value);
  setTaggedTexts(record, fieldValue(fields, 'TTL'), abstract, claims, fieldValue(fields, 'NCL'));

  record.classifications = classifications(fields, warnings);
  const inventors = groupsOf(fields, 'INNM', partyTags('IN')).map((g) => brsParty('inventor', g, 'IN', null));
  const applicants = groupsOf(fields, 'AANM', partyTags('AA')).map((g) =>
    brsParty('applicant', g, 'AA', 'applicant'),
  );
  const assignees = groupsOf(fields, 'ASNM', partyTags('AS')).map((g) =>
    brsParty('applicant', g, 'AS', 'assignee'),
  );
  record.inventors = sequenced(inventors);
  record.applicants = sequenced(analyticsApplicants(assignees, applicants, inventors));
  record.citations = citations(fields);
  return { kind: 'record', record: finishRecord(record), warnings };
}

/** As for the XML: assignees, then applicants that are neither an assignee nor an inventor; else all applicants. */
function analyticsApplicants(assignees: Party[], applicants: Party[], inventors: Party[]): Party[] {
  const known = new Set([...assignees, ...inventors].map((p) => p.name.toLowerCase()));
  const others = applicants.filter((p) => !known.has(p.name.toLowerCase()));
  if (assignees.length + others.length > 0) return [...assignees, ...others];
  return applicants.map((p) => ({ ...p, partyType: 'applicant-inventor' }));
}

function brsParty(
  role: Party['role'],
  group: TaggedField[],
  prefix: string,
  partyType: string | null,
): Party {
  return party(role, 0, tagName(fieldValue(group, `${prefix}NM`) ?? ''), {
    country: countryCode(fieldValue(group, `${prefix}CO`)),
    city: fieldValue(group, `${prefix}CI`),
    state: fieldValue(group, `${prefix}ST`),
    postcode: fieldValue(group, `${prefix}ZP`),
    address: fieldValue(group, `${prefix}SA`),
    partyType,
  });
}

function classifications(fields: TaggedField[], warnings: RecordWarning[]): ClassificationEntry[] {
  const entries: ClassificationEntry[] = [];
  const add = (scheme: 'ipc' | 'cpc', raw: string, rest: Omit<ClassificationEntry, 'scheme' | 'symbol'>) => {
    const entry = classificationEntry(scheme, raw, rest, warnings);
    if (entry) entries.push(entry);
  };
  const value = classificationValue;
  // IPCG: version, level, subclass, symbol, position, value ...; CPOG: section, subclass, symbol, version, position, value.
  const ipcg = fields.filter((f) => f.tag === 'IPCG').map((f) => f.value.split(/\s+/));
  for (const t of ipcg)
    add('ipc', t[3] ?? '', { value: value(t[5]), isFirst: t[4] === 'F', version: t[0] ?? null });
  if (ipcg.length === 0) {
    for (const f of fields.filter((x) => x.tag === 'IPCP' || x.tag === 'IPCS')) {
      const [symbol, version] = f.value.split(/\s+/);
      add('ipc', symbol ?? '', { value: null, isFirst: f.tag === 'IPCP', version: version ?? null });
    }
  }
  const cpog = fields.filter((f) => f.tag === 'CPOG').map((f) => f.value.split(/\s+/));
  for (const t of cpog)
    add('cpc', t[2] ?? '', { value: value(t[5]), isFirst: t[4] === 'F', version: t[3] ?? null });
  if (cpog.length === 0) {
    for (const f of fields.filter((x) => x.tag === 'CPOI' || x.tag === 'CPOA')) {
      const [symbol, version] = f.value.split(/\s+/);
      const isInventive = f.tag === 'CPOI';
      add('cpc', symbol ?? '', {
        value: isInventive ? 'inventive' : 'additional',
        isFirst: false,
        version: version ?? null,
      });
    }
  }
  return entries;
}

function citations(fields: TaggedField[]): Citation[] {
  const out: Citation[] = [];
  for (const [start, members] of [['URPN', US_REF] as const, ['FRCO', FOREIGN_REF] as const]) {
    for (const g of groupsOf(fields, start, members)) {
      // URGP / FRGP: "US 2003/0169838 A1 20030900 Greenstreet et al. 375/376 cited by examiner".
      const summary = fieldValue(g, start === 'URPN' ? 'URGP' : 'FRGP') ?? '';
      const country = start === 'URPN' ? 'US' : fieldValue(g, 'FRCO');
      const number = fieldValue(g, start === 'URPN' ? 'URPN' : 'FRPN');
      const kind = /^[A-Z]{2}\s+\S+\s+([A-Z]\d?)\s+\d{8}\b/.exec(summary)?.[1] ?? null;
      const publicationNumber = publicationIdOf(country, number, kind)?.publicationNumber ?? null;
      const raw = summary.replace(/\s*cited by .*$/i, '') || [country, number].join(' ');
      out.push({
        kind: 'patent',
        publicationNumber,
        raw,
        category: null,
        citedBy: citedByOf(/cited by .*$/i.exec(summary)?.[0]),
      });
    }
  }
  for (const f of fields.filter((x) => x.tag === 'ORPL')) {
    const text = f.value.replace(/\s*cited by \w+( party)?\.?\s*$/i, '');
    out.push({ kind: 'npl', text, category: null, citedBy: citedByOf(/cited by .*$/i.exec(f.value)?.[0]) });
  }
  return out;
}
