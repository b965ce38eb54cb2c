import { z } from 'zod';
import type { IndicatorContext } from '../indicator-types.js';
import { unitFieldsSql } from './unit-fields.js';
import { unitOriginsTable } from './unit-origins.js';

export interface SpecialisationCell {
  country: string;
  field: string;
  fieldName: string;
  count: number;
}

/**
 * Country x WIPO field counts: Σ_u w_(u,c) · v_(u,f), where v_(u,f) is the mean over u's publications with fields
 * of their fractional field weights (each publication's weights sum to 1), so every unit adds 1 in all.
 */
export async function wipoFieldCells(context: IndicatorContext): Promise<SpecialisationCell[]> {
  const rows = await context.store.all<{
    country_code: string;
    field_nr: number;
    field_name: string;
    n: number;
  }>(
    `SELECT o.country_code, uf.field_nr, any_value(uf.field_name) AS field_name, sum(o.weight * uf.weight) AS n
     FROM ${await unitOriginsTable(context)} o JOIN ${unitFieldsSql(context.scope.pubs)} uf USING (unit_id)
     GROUP BY o.country_code, uf.field_nr`,
  );
  return rows.map((r) => ({
    country: r.country_code,
    field: String(r.field_nr),
    fieldName: r.field_name,
    count: Number(r.n),
  }));
}

const definitionSchema = z.object({
  root: z.object({ id: z.string() }),
  categories: z.array(
    z.object({ id: z.string(), name: z.object({ en: z.string(), zh: z.string().optional() }) }),
  ),
});

/**
 * Country x taxonomy category counts: Σ_u w_(u,c) · [u has the category] (whole per category: a unit in two
 * categories counts in both; the root category, which holds every labelled unit, is left out).
 */
export async function taxonomyCells(
  context: IndicatorContext,
  taxonomy: string,
): Promise<SpecialisationCell[]> {
  const { store, scope } = context;
  const stored = await store.one<{ definition: string }>(
    'SELECT definition FROM taxonomies WHERE taxonomy_id = ? ORDER BY classified_at DESC LIMIT 1',
    [taxonomy],
  );
  const definition = definitionSchema.parse(
    JSON.parse(stored?.definition ?? '{"root":{"id":""},"categories":[]}'),
  );
  const names = new Map(definition.categories.map((c) => [c.id, c.name.en]));
  const rows = await store.all<{ country_code: string; category_id: string; n: number }>(
    `WITH uc AS (
       SELECT DISTINCT s.unit_id, l.category_id FROM ${scope.pubs} s JOIN labels l USING (publication_number)
       WHERE l.taxonomy_id = ? AND l.category_id <> ?)
     SELECT o.country_code, uc.category_id, sum(o.weight) AS n
     FROM ${await unitOriginsTable(context)} o JOIN uc USING (unit_id) GROUP BY o.country_code, uc.category_id`,
    [taxonomy, definition.root.id],
  );
  return rows.map((r) => ({
    country: r.country_code,
    field: r.category_id,
    fieldName: names.get(r.category_id) ?? r.category_id,
    count: Number(r.n),
  }));
}
