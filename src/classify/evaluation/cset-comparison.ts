import type { PatentRecord } from '../../domain/patent-record.js';
import type { TaxonomyClassifier } from '../taxonomy/compile-taxonomy.js';
import { ratio } from './istat-recall.js';
import { recordDocument } from './record-document.js';

/** One of CSET's label columns and the categories of Patlas taxonomies that mean the same thing. */
export interface CsetCounterpart {
  cset: string;
  ours: { taxonomy: string; category: string }[];
}

/**
 * CSET's columns compared: the WIPO-2019 techniques and functional applications that text can show, with
 * the same category in wipo2019 (whose functional applications are code-only) and the text-based
 * counterparts in techstack and aipd.
 */
export const CSET_COUNTERPARTS: CsetCounterpart[] = [
  {
    cset: 'Machine_Learning',
    ours: [
      { taxonomy: 'wipo2019', category: 'machine-learning' },
      { taxonomy: 'aipd', category: 'ml' },
      { taxonomy: 'techstack', category: 'deep-learning' },
    ],
  },
  {
    cset: 'Computer_Vision',
    ours: [
      { taxonomy: 'wipo2019', category: 'computer-vision' },
      { taxonomy: 'aipd', category: 'vision' },
      { taxonomy: 'techstack', category: 'computer-vision' },
    ],
  },
  {
    cset: 'Language_Processing',
    ours: [
      { taxonomy: 'wipo2019', category: 'language-processing' },
      { taxonomy: 'aipd', category: 'nlp' },
      { taxonomy: 'techstack', category: 'nlp' },
    ],
  },
  {
    cset: 'Speech_Processing',
    ours: [
      { taxonomy: 'wipo2019', category: 'speech-processing' },
      { taxonomy: 'aipd', category: 'speech' },
      { taxonomy: 'techstack', category: 'speech' },
    ],
  },
  {
    cset: 'Knowledge_Representation',
    ours: [
      { taxonomy: 'wipo2019', category: 'knowledge-representation' },
      { taxonomy: 'aipd', category: 'kr' },
      { taxonomy: 'techstack', category: 'knowledge-graph' },
    ],
  },
  {
    cset: 'Planning_and_Scheduling',
    ours: [
      { taxonomy: 'wipo2019', category: 'planning-and-scheduling' },
      { taxonomy: 'aipd', category: 'planning' },
    ],
  },
  {
    cset: 'Robotics',
    ours: [
      { taxonomy: 'wipo2019', category: 'robotics' },
      { taxonomy: 'techstack', category: 'robotics' },
    ],
  },
  { cset: 'Control', ours: [{ taxonomy: 'wipo2019', category: 'control' }] },
  { cset: 'Probabilistic_Reasoning', ours: [{ taxonomy: 'wipo2019', category: 'probabilistic-reasoning' }] },
  { cset: 'Fuzzy_Logic', ours: [{ taxonomy: 'wipo2019', category: 'fuzzy-logic' }] },
  { cset: 'Logic_Programming', ours: [{ taxonomy: 'wipo2019', category: 'logic-programming' }] },
  { cset: 'Ontology_Engineering', ours: [{ taxonomy: 'wipo2019', category: 'ontology-engineering' }] },
];

export interface CsetComparisonRow {
  cset: string;
  taxonomy: string;
  category: string;
  /** Publications CSET labels / Patlas labels (from title + abstract) / both. */
  csetPositive: number;
  oursPositive: number;
  both: number;
  /** Against CSET as the reference. */
  precision: number;
  recall: number;
  /** Share of publications where the two agree (both yes or both no). */
  agreement: number;
}

/**
 * Compare, on publications present in both sets (matched by country + number, `withoutKind`), the labels
 * Patlas computes from text with the CSET columns.
 */
export function compareWithCset(
  textRecords: readonly PatentRecord[],
  csetLabels: ReadonlyMap<string, ReadonlySet<string>>,
  classifiers: ReadonlyMap<string, TaxonomyClassifier>,
): CsetComparisonRow[] {
  const joined = textRecords.filter((r) => csetLabels.has(withoutKind(r)));
  const ours = new Map<string, Set<string>>();
  for (const record of joined) {
    const labels = new Set<string>();
    for (const [id, classifier] of classifiers) {
      for (const hit of classifier.classify(recordDocument(record))) labels.add(`${id}:${hit.categoryId}`);
    }
    ours.set(record.publicationNumber, labels);
  }
  const rows: CsetComparisonRow[] = [];
  for (const { cset, ours: counterparts } of CSET_COUNTERPARTS) {
    for (const { taxonomy, category } of counterparts) {
      if (!classifiers.has(taxonomy)) continue;
      let csetPositive = 0;
      let oursPositive = 0;
      let both = 0;
      for (const record of joined) {
        const theirs = csetLabels.get(withoutKind(record))?.has(`cset:${cset}`) === true;
        const mine = ours.get(record.publicationNumber)?.has(`${taxonomy}:${category}`) === true;
        if (theirs) csetPositive += 1;
        if (mine) oursPositive += 1;
        if (theirs && mine) both += 1;
      }
      const agree = joined.length - (csetPositive - both) - (oursPositive - both);
      rows.push({
        cset,
        taxonomy,
        category,
        csetPositive,
        oursPositive,
        both,
        precision: ratio(both, oursPositive),
        recall: ratio(both, csetPositive),
        agreement: ratio(agree, joined.length),
      });
    }
  }
  return rows;
}

/** The join key of the comparison: a grant and its application publication differ by number, not kind. */
export function withoutKind(record: PatentRecord): string {
  return `${record.country}${record.docNumber}`;
}
