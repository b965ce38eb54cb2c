import { taxonomyOutline } from '../charts/technology/taxonomy-outline.js';
import type { Bilingual } from '../indicators/indicator-types.js';
import type { Store } from '../store/open-store.js';

export interface TaxonomyOption {
  id: string;
  name: Bilingual;
  categories: { id: string; name: Bilingual; publications: number }[];
}

/** The taxonomies with labels in the store and their categories (largest first): the dashboard's filter choices. */
export async function readTaxonomyOptions(store: Store): Promise<TaxonomyOption[]> {
  const names = await store.all<{ id: string; en: string; zh: string }>(
    'SELECT taxonomy_id AS id, any_value(name_en) AS en, any_value(name_zh) AS zh FROM taxonomies GROUP BY 1',
  );
  const rows = await store.all<{ taxonomy: string; category: string; publications: number }>(
    `SELECT taxonomy_id AS taxonomy, category_id AS category, count(DISTINCT publication_number)::INTEGER AS publications
     FROM labels GROUP BY 1, 2 ORDER BY 1, 3 DESC, 2`,
  );
  const options = new Map<string, TaxonomyOption>();
  for (const row of rows) {
    let option = options.get(row.taxonomy);
    if (!option) {
      const name = names.find((n) => n.id === row.taxonomy);
      option = {
        id: row.taxonomy,
        name: { en: name?.en ?? row.taxonomy, zh: name?.zh ?? row.taxonomy },
        categories: [],
      };
      options.set(row.taxonomy, option);
    }
    const categoryName = taxonomyOutline(row.taxonomy)?.names.get(row.category);
    option.categories.push({
      id: row.category,
      name: categoryName ?? { en: row.category, zh: row.category },
      publications: Number(row.publications),
    });
  }
  return [...options.values()];
}
