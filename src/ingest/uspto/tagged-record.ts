import type { PatentRecord } from '../../domain/patent-record.js';
import type { ReadItem } from '../../domain/read-item.js';
import { claimsOf, independentCount, type TaggedField } from './tagged-text.js';
import { claimsCountOf } from './uspto-fields.js';

/** An APS or BRS document that cannot be a record, its first fields as the excerpt. */
export function taggedReject(
  fields: readonly TaggedField[],
  file: string,
  line: number | null,
  reason: string,
): ReadItem {
  const excerpt = fields.slice(0, 6).map((f) => `${f.tag} ${f.value}`);
  return { kind: 'reject', file, position: { byteOffset: null, line }, reason, excerpt: excerpt.join(' | ') };
}

/**
 * Title, abstract and claims of an APS or BRS document, all English: the abstract paragraphs joined,
 * the claim paragraphs grouped into claims, and the stated claim count (NCL) when positive, else
 * the claims counted.
 */
export function setTaggedTexts(
  record: PatentRecord,
  title: string | null,
  abstract: readonly string[],
  claimParagraphs: readonly string[],
  statedClaims: string | null,
): void {
  if (title) record.titles.en = title;
  if (abstract.length > 0) record.abstracts.en = abstract.join(' ');
  const claims = claimsOf(claimParagraphs);
  record.claimsCount = claimsCountOf(statedClaims, claims.length || null);
  record.independentClaimsCount = claims.length > 0 ? independentCount(claims) : null;
  if (claims[0]) record.firstClaim = { lang: 'en', text: claims[0] };
}
