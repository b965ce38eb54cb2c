import type { PatentRecord } from '../../domain/patent-record.js';
import { childElements, descendants, textOf, type XmlElement } from '../xml/parse-xml-tree.js';

export type ClaimFields = Pick<PatentRecord, 'claimsCount' | 'independentClaimsCount' | 'firstClaim'>;

/**
 * Claim counts from the `claims` set in the document's own language (B documents carry de, en and
 * fr sets; the first set stands in when none matches).
 *
 * A claim is dependent when it contains a `claim-ref` or, since EPO files mostly write references
 * as plain text, when its text refers to another claim in English, German or French ("according
 * to claim 1", "nach einem der vorhergehenden Ansprüche", "selon la revendication 2"). A claim of
 * another category that refers back ("A vehicle comprising the assembly of claim 1") therefore
 * counts as dependent too.
 */
export function readClaims(root: XmlElement, lang: string | null): ClaimFields {
  const sets = childElements(root, 'claims');
  const own = sets.find((s) => lang !== null && s.attrs.lang?.toLowerCase() === lang) ?? sets[0];
  if (!own) return { claimsCount: null, independentClaimsCount: null, firstClaim: null };
  const claims = childElements(own, 'claim');
  const texts = claims.map((c) => textOf(c));
  const independent = claims.filter((c, i) => !isDependent(c, texts[i]!)).length;
  const first = texts[0];
  return {
    claimsCount: claims.length,
    independentClaimsCount: claims.length ? independent : null,
    firstClaim: first ? { lang: own.attrs.lang?.toLowerCase() ?? lang ?? 'und', text: first } : null,
  };
}

const NUMBERED_REFERENCE =
  /\b(?:claims?|anspr(?:ü|ue)che?n?|anspruchs?|revendications?)\s+(?:n°\s*|nos?\.?\s*)?\d/i;
const WORDED_REFERENCE = new RegExp(
  [
    String.raw`\b(?:preceding|previous|foregoing|above|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+claims?\b`,
    String.raw`\b(?:any|one) of the claims\b`,
    String.raw`\b(?:vor(?:her|an)?gehenden|vorstehenden|vorangegangenen|obigen|früheren)\s+Anspr`,
    String.raw`revendications?\s+(?:précédentes?|antérieures?|ci-dessus)`,
  ].join('|'),
  'i',
);

export function isDependent(claim: XmlElement, text: string): boolean {
  if (descendants(claim, 'claim-ref').length > 0) return true;
  return NUMBERED_REFERENCE.test(text) || WORDED_REFERENCE.test(text);
}
