import { PatlasError } from '../domain/patlas-error.js';
import type { Store } from '../store/open-store.js';

/** The taxonomy must have labels in the store, and the category must be one of its categories. */
export async function validateTaxonomyFilter(
  store: Store,
  taxonomy: string | undefined,
  category: string | undefined,
): Promise<void> {
  if (!taxonomy) return;
  const taxonomies = (
    await store.all<{ id: string }>('SELECT DISTINCT taxonomy_id AS id FROM labels ORDER BY 1')
  ).map((r) => r.id);
  if (!taxonomies.includes(taxonomy)) throw unknownValueError('taxonomy', taxonomy, taxonomies);
  if (!category) return;
  const categories = (
    await store.all<{ id: string }>(
      'SELECT DISTINCT category_id AS id FROM labels WHERE taxonomy_id = ? ORDER BY 1',
      [taxonomy],
    )
  ).map((r) => r.id);
  if (!categories.includes(category))
    throw unknownValueError(`category of ${taxonomy}`, category, categories);
}

/**
 * An applicant filter names a harmonised applicant: its group id, its display name or one of its raw names
 * (case-insensitive). Returns the applicant id the store uses.
 */
export async function resolveApplicantFilter(store: Store, value: string): Promise<string> {
  const hit = await store.one<{ id: string }>(
    `SELECT applicant_id AS id FROM applicant_names
     WHERE applicant_id = ? OR lower(display_name) = lower(?) OR lower(name) = lower(?)
     GROUP BY applicant_id ORDER BY (applicant_id = ?) DESC, count(*) DESC LIMIT 1`,
    [value, value, value, value],
  );
  if (hit) return hit.id;
  const similar = await store.all<{ id: string }>(
    `SELECT DISTINCT applicant_id AS id FROM applicant_names
     WHERE contains(lower(display_name), lower(?)) OR contains(lower(applicant_id), lower(?)) ORDER BY 1 LIMIT 10`,
    [value, value],
  );
  throw unknownValueError(
    'applicant',
    value,
    similar.map((r) => r.id),
  );
}

/** A usage error listing the valid values. */
export function unknownValueError(what: string, value: string, valid: readonly string[]): PatlasError {
  const list = valid.length ? valid.join(', ') : '(none in this store)';
  return new PatlasError('usage', `unknown ${what} "${value}"; valid: ${list}`);
}
