/**
 * SQL (a parenthesised SELECT) of each unit's WIPO fields, `unit_id, field_nr, field_name, weight`: the mean over
 * the unit's publications with fields of their fractional field weights (each publication's weights sum to 1, so
 * a unit's do too). `pubs` is any relation with `unit_id, publication_number`.
 */
export function unitFieldsSql(pubs: string): string {
  return `(WITH tf AS (
      SELECT p.unit_id, p.publication_number, t.field_nr, t.field_name, t.fractional_weight
      FROM ${pubs} p JOIN technology_fields t USING (publication_number)),
    k AS (SELECT unit_id, count(DISTINCT publication_number) AS k FROM tf GROUP BY unit_id)
    SELECT tf.unit_id, tf.field_nr, any_value(tf.field_name) AS field_name, sum(tf.fractional_weight) / any_value(k.k) AS weight
    FROM tf JOIN k USING (unit_id) GROUP BY tf.unit_id, tf.field_nr)`;
}
