// SQL text helpers: literals from JS values, and the seeded pseudo-random macros every generator uses.

/** A SQL string literal (or NULL). */
export function lit(value) {
  if (value === null || value === undefined) return 'NULL';
  if (typeof value === 'number') return String(value);
  return `'${String(value).replace(/'/g, "''")}'`;
}

/** A SQL list literal of strings. */
export function list(values) {
  return `[${values.map(lit).join(', ')}]`;
}

/** `list[1 + h mod len]`: a uniform pick from a literal list, keyed by a hash expression. */
export function pick(values, hashExpr) {
  return `${list(values)}[1 + (${hashExpr} % ${values.length})::INTEGER]`;
}

/**
 * Temp macros: `h(a, b)` a seeded 64-bit hash of two keys, `u(a, b)` a uniform double in [0, 1) from it.
 * DuckDB's `hash` is deterministic for a given DuckDB version, so a seed gives the same store every time.
 */
export function randomMacros(seed) {
  return `
    CREATE OR REPLACE TEMP MACRO h(a, b) AS hash(a, b, ${Number(seed)});
    CREATE OR REPLACE TEMP MACRO u(a, b) AS (hash(a, b, ${Number(seed)}) >> 11)::DOUBLE / 9007199254740992.0;`;
}

/** A weighted choice among (value, weight) pairs from a uniform expression, as a CASE. */
export function weighted(pairs, uExpr) {
  const total = pairs.reduce((s, [, w]) => s + w, 0);
  let acc = 0;
  const whens = pairs.slice(0, -1).map(([v, w]) => {
    acc += w / total;
    return `WHEN ${uExpr} < ${acc.toFixed(9)} THEN ${typeof v === 'string' ? lit(v) : v}`;
  });
  const last = pairs[pairs.length - 1][0];
  return `CASE ${whens.join(' ')} ELSE ${typeof last === 'string' ? lit(last) : last} END`;
}
