/**
 * The fields the text index reads from `texts`, each with its bit in a posting's `fields` mask (to explain which
 * field a term matched in) and its BM25F-lite weight: a term in a title counts twice, because a title names the
 * invention while an abstract or a first claim also describes its context.
 */
export const INDEX_FIELDS = {
  title: { bit: 1, weight: 2, label: 'title' },
  abstract: { bit: 2, weight: 1, label: 'abstract' },
  claim: { bit: 4, weight: 1, label: 'first claim' },
} as const;
export type IndexField = keyof typeof INDEX_FIELDS;
export const INDEX_FIELD_NAMES = Object.keys(INDEX_FIELDS) as IndexField[];

/** BM25's parameters (the usual defaults: k1 saturates term frequency, b scales length normalisation). */
export const BM25_PARAMS = { k1: 1.2, b: 0.75 } as const;

/** The fields a posting's mask names, e.g. 5 -> ['title', 'claim']. */
export function fieldsOfMask(mask: number): IndexField[] {
  return INDEX_FIELD_NAMES.filter((f) => (mask & INDEX_FIELDS[f].bit) !== 0);
}
