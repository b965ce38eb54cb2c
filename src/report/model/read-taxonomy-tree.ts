import { z } from 'zod';
import type { Bilingual } from '../../indicators/indicator-types.js';
import type { Store } from '../../store/open-store.js';

export interface TaxonomyCategory {
  id: string;
  parent: string | null;
  name: Bilingual;
}

/** The category tree of a taxonomy as the store keeps it (the definition written by `patlas classify`). */
export interface TaxonomyTree {
  id: string;
  version: string;
  name: Bilingual;
  root: string;
  categories: Map<string, TaxonomyCategory>;
}

const storedDefinition = z.object({
  categories: z.array(
    z.object({
      id: z.string(),
      parent: z.string().optional(),
      name: z.object({ en: z.string(), zh: z.string() }),
    }),
  ),
});

/** The latest classified version of a taxonomy in the store, or null when the store has none by that id. */
export async function readTaxonomyTree(store: Store, taxonomyId: string): Promise<TaxonomyTree | null> {
  const row = await store.one<{
    version: string;
    name_en: string;
    name_zh: string;
    root_id: string;
    definition: string;
  }>(
    `SELECT version, name_en, name_zh, root_id, definition FROM taxonomies
     WHERE taxonomy_id = ? ORDER BY classified_at DESC LIMIT 1`,
    [taxonomyId],
  );
  if (!row) return null;
  const parsed = storedDefinition.safeParse(JSON.parse(row.definition));
  const categories = new Map<string, TaxonomyCategory>();
  if (parsed.success) {
    for (const c of parsed.data.categories) {
      categories.set(c.id, { id: c.id, parent: c.parent ?? null, name: c.name });
    }
  }
  return {
    id: taxonomyId,
    version: row.version,
    name: { en: row.name_en, zh: row.name_zh },
    root: row.root_id,
    categories,
  };
}

/** Whether the store holds labels of this taxonomy (the report's default --taxonomy techstack needs them). */
export async function hasTaxonomy(store: Store, taxonomyId: string): Promise<boolean> {
  const row = await store.one<{ n: number }>('SELECT count(*) AS n FROM taxonomies WHERE taxonomy_id = ?', [
    taxonomyId,
  ]);
  return Number(row?.n ?? 0) > 0;
}
