import type { PatentRecord } from '../../domain/patent-record.js';
import type { TaxonomyClassifier } from '../taxonomy/compile-taxonomy.js';
import { recordDocument } from './record-document.js';

export interface RecallRow {
  /** Taxonomy id (or `model:<name>`). */
  definition: string;
  found: number;
  total: number;
  recall: number;
  /** Recall per publication-year band, to show whether a definition ages. */
  byPeriod: { period: string; found: number; total: number; recall: number }[];
}

const PERIODS = [
  { period: '2000-2007', from: 2000, to: 2007 },
  { period: '2008-2015', from: 2008, to: 2015 },
  { period: '2016-2023', from: 2016, to: 2023 },
];

/**
 * Recall of a definition on a set of known-positive records (all of them AI patents): the share the
 * definition's root takes in. `isPositive` decides per record (a taxonomy root, a model's threshold).
 */
export function recallOf(
  definition: string,
  records: readonly PatentRecord[],
  isPositive: (record: PatentRecord) => boolean,
): RecallRow {
  const hits = records.map(isPositive);
  const byPeriod = PERIODS.map(({ period, from, to }) => {
    let found = 0;
    let total = 0;
    records.forEach((r, i) => {
      const year = r.publicationYear ?? r.priorityYear;
      if (year === null || year < from || year > to) return;
      total += 1;
      if (hits[i]) found += 1;
    });
    return { period, found, total, recall: ratio(found, total) };
  });
  const found = hits.filter(Boolean).length;
  return { definition, found, total: records.length, recall: ratio(found, records.length), byPeriod };
}

/** A record is in the taxonomy's root. */
export function inRoot(classifier: TaxonomyClassifier): (record: PatentRecord) => boolean {
  const root = classifier.taxonomy.root.id;
  return (record) => classifier.classify(recordDocument(record)).some((hit) => hit.categoryId === root);
}

export function ratio(part: number, whole: number): number {
  return whole === 0 ? 0 : part / whole;
}
