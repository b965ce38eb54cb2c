import { join } from 'node:path';
import type { PatentRecord } from '../../domain/patent-record.js';
import { compileTaxonomy, type TaxonomyClassifier } from '../taxonomy/compile-taxonomy.js';
import { resolveTaxonomy } from '../taxonomy/resolve-taxonomy.js';
import {
  type FalsePositiveRow,
  falsePositives,
  farFromComputing,
  type TermRecallRow,
  termRecall,
} from './chinese-negatives.js';
import { type CsetComparisonRow, compareWithCset, withoutKind } from './cset-comparison.js';
import { inRoot, type RecallRow, recallOf } from './istat-recall.js';
import { evaluateLearned, type LearnedEvaluation } from './learned-recall.js';
import { readChineseTitles } from './read-chinese-titles.js';
import { readPatentRecords } from './read-patent-records.js';

/** Where the evaluation datasets sit under `--data` (the layout of ../shared/data, see DATA.md). */
export const EVALUATION_FILES = {
  istat: 'ai-text-istat',
  cset: 'ai-labels-cset/patent_database.csv.gz',
  chineseTitles: 'cn-titles-ipc/oof_predictions.csv',
  /** Real non-AI titles: the negatives of the learned classifier's evaluation. */
  negatives: [
    'patentscope/pizza_medium.csv',
    'lens/pizza_lens_1000_raw.csv',
    'lens/drones_fulltext_families_5884_raw.csv',
  ],
} as const;

export interface ClassificationEvaluation {
  taxonomies: { id: string; version: string; file: string }[];
  istat: {
    records: number;
    distinct: number;
    rejected: number;
    recall: RecallRow[];
    /** Recall on the istat patents CSET also holds: AI under the full WIPO-2019 definition (codes, claims). */
    recallInCset: RecallRow[];
  };
  cset: { rows: number; joined: number; comparison: CsetComparisonRow[] };
  chinese: {
    titles: number;
    farFromComputing: number;
    falsePositives: FalsePositiveRow[];
    termRecall: TermRecallRow[];
  };
  learned: LearnedEvaluation | null;
}

/** The rule-based taxonomies measured against the real labels (docs/evaluation.md, issue 3 section 7). */
export async function runClassificationEvaluation(
  dataDir: string,
  taxonomyNames: readonly string[],
): Promise<{ evaluation: ClassificationEvaluation; istatRecords: PatentRecord[] }> {
  const loaded = taxonomyNames.map((name) => resolveTaxonomy(name));
  const classifiers = new Map<string, TaxonomyClassifier>(
    loaded.map((l) => [l.taxonomy.id, compileTaxonomy(l.taxonomy)]),
  );

  const istat = await readPatentRecords([join(dataDir, EVALUATION_FILES.istat)]);
  const distinct = [...new Map(istat.records.map((r) => [r.publicationNumber, r])).values()];
  const recall = [...classifiers].map(([id, classifier]) => recallOf(id, distinct, inRoot(classifier)));

  const keys = new Set(distinct.map(withoutKind));
  let csetRows = 0;
  const cset = await readPatentRecords([join(dataDir, EVALUATION_FILES.cset)], (record) => {
    csetRows += 1;
    return keys.has(withoutKind(record));
  });
  const csetLabels = new Map(cset.records.map((r) => [withoutKind(r), new Set(r.sourceLabels)]));
  const comparison = compareWithCset(distinct, csetLabels, classifiers);
  const inCset = distinct.filter((r) => csetLabels.has(withoutKind(r)));
  const recallInCset = [...classifiers].map(([id, classifier]) => recallOf(id, inCset, inRoot(classifier)));

  const titles = await readChineseTitles(join(dataDir, EVALUATION_FILES.chineseTitles));
  const negatives = await readPatentRecords(EVALUATION_FILES.negatives.map((f) => join(dataDir, f)));
  const wipo = classifiers.get('wipo2019');
  const learned = wipo ? evaluateLearned(distinct, negatives.records, wipo) : null;
  return {
    istatRecords: distinct,
    evaluation: {
      taxonomies: loaded.map((l) => ({ id: l.taxonomy.id, version: l.taxonomy.version, file: l.file })),
      istat: {
        records: istat.records.length,
        distinct: distinct.length,
        rejected: istat.rejected,
        recall,
        recallInCset,
      },
      cset: { rows: csetRows, joined: inCset.length, comparison },
      chinese: {
        titles: titles.length,
        farFromComputing: titles.filter(farFromComputing).length,
        falsePositives: [...classifiers].map(([id, c]) => falsePositives(id, c, titles)),
        termRecall: [...classifiers].flatMap(([id, c]) => termRecall(id, c, titles)),
      },
      learned,
    },
  };
}
