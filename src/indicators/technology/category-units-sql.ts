import type { IndicatorContext } from '../indicator-types.js';

/** SQL (one bound parameter: the taxonomy id) of the distinct (unit_id, category_id) pairs in scope. */
export function categoryUnitsSql(context: IndicatorContext): string {
  const { scope } = context;
  return `SELECT DISTINCT s.unit_id, l.category_id
    FROM ${scope.pubs} s JOIN labels l ON l.publication_number = s.publication_number AND l.taxonomy_id = ?
    JOIN ${scope.units} u ON u.unit_id = s.unit_id`;
}
