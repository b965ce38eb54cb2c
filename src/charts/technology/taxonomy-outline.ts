import { resolveTaxonomy } from '../../classify/taxonomy/resolve-taxonomy.js';
import type { Bilingual } from '../../indicators/indicator-types.js';

/** What the charts need of a taxonomy: its root, each category's parent, and the names in both languages. */
export interface TaxonomyOutline {
  rootId: string;
  parentOf: ReadonlyMap<string, string>;
  /** Categories that are parents of others and have none themselves (techstack: foundation, model, application). */
  layers: readonly string[];
  names: ReadonlyMap<string, Bilingual>;
}

const outlines = new Map<string, TaxonomyOutline | null>();

/**
 * The outline of a shipped taxonomy (or one given by file path), read once; null when it cannot be read (a
 * store classified with a file no longer at hand): the charts then draw the categories flat.
 */
export function taxonomyOutline(taxonomyId: string | null): TaxonomyOutline | null {
  if (!taxonomyId) return null;
  if (outlines.has(taxonomyId)) return outlines.get(taxonomyId) ?? null;
  let outline: TaxonomyOutline | null = null;
  try {
    const { taxonomy } = resolveTaxonomy(taxonomyId);
    const parentOf = new Map<string, string>();
    const names = new Map<string, Bilingual>([
      [taxonomy.root.id, bilingual(taxonomy.root.name, taxonomy.root.id)],
    ]);
    for (const c of taxonomy.categories) {
      if (c.parent) parentOf.set(c.id, c.parent);
      names.set(c.id, bilingual(c.name, c.id));
    }
    const parents = new Set(parentOf.values());
    const layers = taxonomy.categories.filter((c) => !c.parent && parents.has(c.id)).map((c) => c.id);
    outline = { rootId: taxonomy.root.id, parentOf, layers, names };
  } catch {
    outline = null;
  }
  outlines.set(taxonomyId, outline);
  return outline;
}

function bilingual(name: { en?: string; zh?: string }, id: string): Bilingual {
  const en = name.en ?? id;
  return { en, zh: name.zh ?? en };
}
