import type { PatentRecord } from '../../domain/patent-record.js';
import type { XmlElement } from '../xml/parse-xml-tree.js';
import { claimsCountOf } from './uspto-fields.js';
import type { DocumentFacts } from './uspto-mapper.js';
import { blockTextOf, PARAGRAPH_ELEMENTS } from './xml-text.js';

/**
 * Title, abstract and first claim of a document whose texts are all in its root's language (pap,
 * ST.32), and its claim counts: `statedClaims` when the document gives a positive count, else the
 * count made on the claims section.
 */
export function setDocumentTexts(
  record: PatentRecord,
  facts: DocumentFacts,
  title: string | null,
  abstract: XmlElement | null,
  firstClaim: XmlElement | null,
  statedClaims: string | null,
): void {
  if (title) record.titles[facts.lang] = title;
  const abstractText = blockTextOf(abstract, PARAGRAPH_ELEMENTS);
  if (abstractText) record.abstracts[facts.lang] = abstractText;
  record.claimsCount = claimsCountOf(statedClaims, facts.claimsCount);
  record.independentClaimsCount = facts.independentClaimsCount;
  const claimText = blockTextOf(firstClaim, PARAGRAPH_ELEMENTS);
  if (claimText) record.firstClaim = { lang: facts.lang, text: claimText };
}
