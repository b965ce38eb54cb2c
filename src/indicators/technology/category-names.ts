import { z } from 'zod';
import type { Store } from '../../store/open-store.js';
import { bi } from '../bilingual.js';
import type { Bilingual } from '../indicator-types.js';

const named = z.object({
  id: z.string(),
  name: z.object({ en: z.string(), zh: z.string().optional() }).partial(),
});
const definitionSchema = z.object({ root: named.optional(), categories: z.array(named).optional() });

export interface CategoryName {
  en: string;
  zh: string;
}

/**
 * Category display names from the taxonomy definition stored with its labels (root included); an id missing
 * there, or a definition that does not parse, falls back to the id itself.
 */
export async function readCategoryNames(
  store: Store,
  taxonomy: string,
): Promise<(id: string) => CategoryName> {
  const row = await store.one<{ definition: string }>(
    'SELECT definition FROM taxonomies WHERE taxonomy_id = ? ORDER BY classified_at DESC LIMIT 1',
    [taxonomy],
  );
  const names = new Map<string, CategoryName>();
  if (row) {
    let json: unknown = null;
    try {
      json = JSON.parse(row.definition);
    } catch {
      json = null;
    }
    const parsed = definitionSchema.safeParse(json);
    if (parsed.success) {
      for (const c of [...(parsed.data.root ? [parsed.data.root] : []), ...(parsed.data.categories ?? [])]) {
        const en = c.name.en ?? c.id;
        names.set(c.id, { en, zh: c.name.zh ?? en });
      }
    }
  }
  return (id) => names.get(id) ?? { en: id, zh: id };
}

/** The taxonomies labelled in the store, for the message of an indicator that needs --taxonomy. */
export async function needsTaxonomyMessage(store: Store): Promise<Bilingual> {
  const rows = await store.all<{ id: string }>('SELECT DISTINCT taxonomy_id AS id FROM labels ORDER BY 1');
  const ids = rows.map((r) => r.id);
  return bi(
    `needs --taxonomy; taxonomies in this store: ${ids.length ? ids.join(', ') : 'none (run `patlas classify` first)'}`,
    `需要指定 --taxonomy；本数据库已有的分类体系：${ids.length ? ids.join('、') : '无（请先运行 `patlas classify`）'}`,
  );
}
