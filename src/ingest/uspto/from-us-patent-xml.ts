import { dateField } from '../../domain/patent-date.js';
import { emptyRecord, type PriorityClaim } from '../../domain/patent-record.js';
import type { RecordWarning } from '../../domain/read-item.js';
import { childElements, find, findAll, textAt, type XmlElement } from '../xml/parse-xml-tree.js';
import { usPatentClassifications } from './us-patent-classifications.js';
import { usPatentParties } from './us-patent-parties.js';
import { claimsCountOf, documentTypeOf, finishRecord, publicationIdOf } from './uspto-fields.js';
import type { DocumentMapper } from './uspto-mapper.js';
import { blockTextOf, PARAGRAPH_ELEMENTS } from './xml-text.js';

/** `us-patent-grant` and `us-patent-application`, DTD v4.0 to v4.7. */
export const fromUsPatentXml: DocumentMapper = (root, facts) => {
  const isGrant = root.name === 'us-patent-grant';
  const bib = childElements(root).find((c) => c.name.startsWith('us-bibliographic-data-'));
  if (!bib) return { ok: false, reason: `<${root.name}> has no <us-bibliographic-data-…> section` };
  const pubId = find(bib, 'publication-reference/document-id');
  const id = publicationIdOf(textAt(pubId, 'country'), textAt(pubId, 'doc-number'), textAt(pubId, 'kind'));
  if (!id) {
    const raw = [textAt(pubId, 'country'), textAt(pubId, 'doc-number'), textAt(pubId, 'kind')].join(' ');
    return { ok: false, reason: `publication-reference has no usable publication number ("${raw.trim()}")` };
  }
  const warnings: RecordWarning[] = [];
  const record = emptyRecord(id, facts.source);
  record.documentType = documentTypeOf(id.kind, isGrant);
  record.publicationDate = dateField(textAt(pubId, 'date'), 'publicationDate', warnings);
  if (isGrant) record.grantDate = record.publicationDate;

  const appRef = find(bib, 'application-reference');
  record.applicationNumber = textAt(appRef, 'document-id/doc-number');
  record.applicationDate = dateField(textAt(appRef, 'document-id/date'), 'applicationDate', warnings);
  record.priorities = priorities(bib, warnings);

  const lang = (bib.attrs.lang ?? facts.lang).toLowerCase();
  const title = find(bib, 'invention-title');
  const titleText = blockTextOf(title, PARAGRAPH_ELEMENTS);
  if (title && titleText) record.titles[(title.attrs.lang ?? lang).toLowerCase()] = titleText;
  const abstract = find(root, 'abstract');
  const abstractText = blockTextOf(abstract, PARAGRAPH_ELEMENTS);
  if (abstract && abstractText) record.abstracts[(abstract.attrs.lang ?? lang).toLowerCase()] = abstractText;

  record.claimsCount = claimsCountOf(textAt(bib, 'number-of-claims'), facts.claimsCount);
  record.independentClaimsCount = facts.independentClaimsCount;
  const claim = find(root, 'claim');
  const claimText = blockTextOf(claim, PARAGRAPH_ELEMENTS);
  if (claimText) record.firstClaim = { lang, text: claimText };

  record.classifications = usPatentClassifications(bib, warnings);
  Object.assign(record, usPatentParties(bib));
  record.citations = facts.citations ?? [];
  return { ok: true, record: finishRecord(record), warnings };
};

/**
 * Priority claims, then US provisional applications (domestic benefit claims under 35 USC 119(e)):
 * analysts count a provisional as the first filing, as PATSTAT's earliest filing date does.
 */
function priorities(bib: XmlElement, warnings: RecordWarning[]): PriorityClaim[] {
  const claims = foreignPriorities(bib, warnings);
  const provisionals = findAll(bib, 'us-related-documents/us-provisional-application').flatMap((el, i) => {
    const number = textAt(el, 'document-id/doc-number');
    if (!number) return [];
    const date = dateField(textAt(el, 'document-id/date'), `provisionals[${i}].date`, warnings);
    return [
      { sequence: claims.length + i + 1, country: textAt(el, 'document-id/country') ?? 'US', number, date },
    ];
  });
  return [...claims, ...provisionals];
}

function foreignPriorities(bib: XmlElement, warnings: RecordWarning[]): PriorityClaim[] {
  return findAll(bib, 'priority-claims/priority-claim').flatMap((el, i) => {
    const number = textAt(el, 'doc-number');
    if (!number) return [];
    const sequence = Number(el.attrs.sequence);
    return [
      {
        sequence: Number.isInteger(sequence) && sequence > 0 ? sequence : i + 1,
        country: textAt(el, 'country'),
        number,
        date: dateField(textAt(el, 'date'), `priorities[${i}].date`, warnings),
      },
    ];
  });
}
