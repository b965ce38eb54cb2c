import { PatlasError } from '../../domain/patlas-error.js';

/** Where the positives come from: the labels of a taxonomy (one category or all), or a list of numbers. */
export type SeedDefinition =
  | { kind: 'taxonomy'; taxonomyId: string; categoryId: string | null }
  | { kind: 'file'; file: string };

/** `wipo2019` or `wipo2019:ml` -> a taxonomy seed. */
export function parseSeedTaxonomy(text: string): SeedDefinition {
  const match = /^([^:\s]+)(?::([^:\s]+))?$/.exec(text.trim());
  if (!match) {
    throw new PatlasError(
      'usage',
      `--seed-taxonomy takes <taxonomy> or <taxonomy>:<category>, not "${text}"`,
      {
        hint: 'e.g. --seed-taxonomy wipo2019:ai',
      },
    );
  }
  return { kind: 'taxonomy', taxonomyId: match[1]!, categoryId: match[2] ?? null };
}

/** `wipo2019:ai`, `wipo2019 (every category)`, `file seeds.txt`. */
export function describeSeed(seed: SeedDefinition): string {
  if (seed.kind === 'file') return `publication numbers listed in ${seed.file}`;
  return seed.categoryId === null
    ? `publications with any label of taxonomy ${seed.taxonomyId}`
    : `publications labelled ${seed.taxonomyId}:${seed.categoryId}`;
}
