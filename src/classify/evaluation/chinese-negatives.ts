import type { TaxonomyClassifier } from '../taxonomy/compile-taxonomy.js';
import { ratio } from './istat-recall.js';

/** A Chinese title with the IPC subclasses the source gives it. */
export interface ChineseTitle {
  publicationNumber: string;
  title: string;
  subclasses: string[];
}

/**
 * IPC subclasses near computing, where an AI title is plausible: all of section G (physics: computing,
 * instruments, control, signalling), H03 and H04 (circuits, communication), H01L (semiconductors, so AI
 * chips), and the subclasses of A-F where AI is a common application: diagnosis (A61B), games (A63F),
 * robots (B25J), driving control (B60W), aircraft and drones (B64C, B64D, B64U). A title is "far from
 * computing" when every one of its subclasses is outside this list.
 */
const NEAR_COMPUTING = /^(G|H04|H03|H01L|A61B|A63F|B25J|B60W|B64C|B64D|B64U)/;

export function farFromComputing(title: ChineseTitle): boolean {
  return title.subclasses.length > 0 && title.subclasses.every((s) => !NEAR_COMPUTING.test(s));
}

export interface FalsePositiveRow {
  taxonomy: string;
  /** Far-from-computing titles, and those the taxonomy's root took in. */
  titles: number;
  falsePositives: number;
  rate: number;
  examples: { publicationNumber: string; title: string; subclasses: string; evidence: string }[];
}

export interface TermRecallRow {
  taxonomy: string;
  term: string;
  titles: number;
  found: number;
  recall: number;
}

/** Titles that say 人工智能 / 神经网络 / 深度学习 are AI by their own words: the root should take them in. */
export const AI_TITLE_TERMS = ['人工智能', '神经网络', '深度学习'] as const;

export function falsePositives(
  taxonomy: string,
  classifier: TaxonomyClassifier,
  titles: readonly ChineseTitle[],
): FalsePositiveRow {
  const far = titles.filter(farFromComputing);
  const root = classifier.taxonomy.root.id;
  const examples: FalsePositiveRow['examples'] = [];
  for (const t of far) {
    const hits = classifier.classify(document(t)).filter((h) => h.categoryId === root);
    if (hits.length === 0) continue;
    const evidence = hits.flatMap((h) => h.evidence.map((e) => e.text));
    examples.push({
      publicationNumber: t.publicationNumber,
      title: t.title,
      subclasses: t.subclasses.join('|'),
      evidence: [...new Set(evidence)].join(', ') || (hits[0]?.ruleId ?? ''),
    });
  }
  return {
    taxonomy,
    titles: far.length,
    falsePositives: examples.length,
    rate: ratio(examples.length, far.length),
    examples,
  };
}

export function termRecall(
  taxonomy: string,
  classifier: TaxonomyClassifier,
  titles: readonly ChineseTitle[],
): TermRecallRow[] {
  const root = classifier.taxonomy.root.id;
  return AI_TITLE_TERMS.map((term) => {
    const having = titles.filter((t) => t.title.includes(term));
    const found = having.filter((t) =>
      classifier.classify(document(t)).some((h) => h.categoryId === root),
    ).length;
    return { taxonomy, term, titles: having.length, found, recall: ratio(found, having.length) };
  });
}

/** Title only, and no codes: the rate measures the Chinese keyword rules, not the IPC ones. */
function document(title: ChineseTitle) {
  return {
    publicationNumber: title.publicationNumber,
    texts: { title: [title.title], abstract: [], claims: [] },
    codes: [],
  };
}
