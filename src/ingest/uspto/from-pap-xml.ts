import { dateField } from '../../domain/patent-date.js';
import { type ClassificationEntry, emptyRecord, type Party } from '../../domain/patent-record.js';
import type { RecordWarning } from '../../domain/read-item.js';
import { childElements, find, findAll, textAt, type XmlElement } from '../xml/parse-xml-tree.js';
import { setDocumentTexts } from './document-texts.js';
import { pushEditionIpc } from './ipc-edition-symbol.js';
import {
  assigneesOrInventors,
  clean,
  countryCode,
  finishRecord,
  party,
  personName,
  priorityClaimAt,
  publicationIdOf,
  sequenced,
} from './uspto-fields.js';
import type { DocumentMapper } from './uspto-mapper.js';
import { rawTextOf } from './xml-text.js';

/** Pre-grant publications v1.x (`patent-application-publication`, 2001-2004). */
export const fromPapXml: DocumentMapper = (root, facts) => {
  const bib = find(root, 'subdoc-bibliographic-information');
  if (!bib) return { ok: false, reason: '<patent-application-publication> has no bibliographic subdocument' };
  const docId = find(bib, 'document-id');
  const id = publicationIdOf(
    textAt(docId, 'country-code'),
    textAt(docId, 'doc-number'),
    textAt(docId, 'kind-code'),
  );
  if (!id)
    return {
      ok: false,
      reason: `document-id holds no usable number ("${textAt(docId, 'doc-number') ?? ''}")`,
    };
  const warnings: RecordWarning[] = [];
  const record = emptyRecord(id, facts.source);
  record.documentType = 'application';
  record.publicationDate = dateField(textAt(docId, 'document-date'), 'publicationDate', warnings);
  const filing = find(bib, 'domestic-filing-data');
  record.applicationNumber = textAt(filing, 'application-number/doc-number');
  record.applicationDate = dateField(textAt(filing, 'filing-date'), 'applicationDate', warnings);
  record.priorities = findAll(bib, 'foreign-priority-data').flatMap((el, i) =>
    priorityClaimAt(
      i,
      textAt(el, 'priority-application-number/doc-number'),
      textAt(el, 'filing-date'),
      countryCode(textAt(el, 'country-code')),
      warnings,
    ),
  );

  const tech = find(bib, 'technical-information');
  const title = textAt(tech, 'title-of-invention');
  setDocumentTexts(record, facts, title, find(root, 'subdoc-abstract'), find(root, 'claim'), null);
  record.classifications = ipc(find(tech, 'classification-ipc'), warnings);

  const inventorElements = childElements(find(bib, 'inventors') ?? bib).filter(
    (el) => el.name === 'first-named-inventor' || el.name === 'inventor',
  );
  const inventors = inventorElements.map((el) => papParty('inventor', el, null));
  const assignees = findAll(bib, 'assignee').map((el) => papParty('applicant', el, 'assignee'));
  record.inventors = sequenced(inventors);
  record.applicants = assigneesOrInventors(assignees, inventors);
  return { ok: true, record: finishRecord(record), warnings };
};

function ipc(el: XmlElement | null, warnings: RecordWarning[]): ClassificationEntry[] {
  if (!el) return [];
  const version = textAt(el, 'classification-ipc-edition');
  const entries: ClassificationEntry[] = [];
  for (const group of childElements(el)) {
    const isFirst = group.name === 'classification-ipc-primary';
    if (!isFirst && group.name !== 'classification-ipc-secondary') continue;
    for (const sym of findAll(group, 'ipc'))
      pushEditionIpc(entries, rawTextOf(sym), isFirst, version, warnings);
  }
  return entries;
}

function papParty(role: Party['role'], el: XmlElement, partyType: string | null): Party {
  const nameEl = find(el, 'name');
  const given = [textAt(nameEl, 'given-name'), textAt(nameEl, 'middle-name')].filter(Boolean).join(' ');
  const name =
    textAt(el, 'organization-name') ??
    (personName(textAt(nameEl, 'family-name'), given) || textAt(el, 'name') || '');
  const residence = find(el, 'residence/residence-us') ?? find(el, 'residence/residence-non-us');
  const place = residence ?? find(el, 'address');
  const country = textAt(place, 'country-code') ?? textAt(place, 'country/country-code');
  return party(role, 0, name, {
    country: countryCode(country) ?? (residence?.name === 'residence-us' ? 'US' : null),
    city: clean(textAt(place, 'city')),
    state: clean(textAt(place, 'state')),
    postcode: clean(textAt(find(el, 'address'), 'postalcode')),
    partyType,
  });
}
