// Temp tables gen_sym (the symbol pool) and gen_sym_slots (2^20 weighted slots). Weights: how often each
// CPC symbol occurs in the PATSTAT CN sample (../shared/data/cn-inventors-patstat/CN_el_cpc.parquet, read
// in place, never copied), rescaled so that each subclass carries the mean of its share there and its
// share among the CNIPA titles of cn-titles-ipc/oof_predictions.csv. Symbols are normalised with the
// product's own normaliseClassificationSymbol (`H04B   1/711` -> `H04B1/711`).
import { normaliseClassificationSymbol } from '../../dist/domain/classification-symbol.js';

const DATA = new URL('../../../shared/data/', import.meta.url).pathname;
const SYMBOL_SLOTS = 1 << 20;

export async function buildSymbols(store) {
  const raw = await store.all(`SELECT cpc_class_symbol AS s, count(*)::INTEGER AS n
    FROM read_parquet('${DATA}cn-inventors-patstat/CN_el_cpc.parquet') WHERE cpc_class_symbol IS NOT NULL GROUP BY 1`);
  const oof = await store.all(`SELECT sub, count(*)::INTEGER AS n FROM (
      SELECT unnest(string_split(true_subclasses_all, '|')) AS sub
      FROM read_csv('${DATA}cn-titles-ipc/oof_predictions.csv', header = true, all_varchar = true))
    WHERE sub <> '' GROUP BY 1`);
  const counts = new Map();
  for (const { s, n } of raw) {
    const symbol = normaliseClassificationSymbol(s);
    if (symbol?.includes('/')) counts.set(symbol, (counts.get(symbol) ?? 0) + n);
  }
  const perSub = new Map();
  let total = 0;
  for (const [symbol, n] of counts) {
    perSub.set(symbol.slice(0, 4), (perSub.get(symbol.slice(0, 4)) ?? 0) + n);
    total += n;
  }
  const oofTotal = oof.reduce((s, r) => s + r.n, 0);
  const oofShare = new Map(oof.map((r) => [r.sub, r.n / oofTotal]));
  const rows = [...counts].sort((a, b) => (a[0] < b[0] ? -1 : 1));
  await store.run(`CREATE OR REPLACE TEMP TABLE gen_sym (idx INTEGER, symbol VARCHAR, subclass VARCHAR,
    weight DOUBLE, ipc BOOLEAN, sub_lo INTEGER, sub_n INTEGER)`);
  const appender = await store.connection.createAppender('gen_sym', 'main', 'temp');
  const firstOfSub = new Map();
  rows.forEach(([symbol], i) => {
    if (!firstOfSub.has(symbol.slice(0, 4))) firstOfSub.set(symbol.slice(0, 4), i);
  });
  rows.forEach(([symbol, n], i) => {
    const sub = symbol.slice(0, 4);
    const subShare = 0.5 * (perSub.get(sub) / total) + 0.5 * (oofShare.get(sub) ?? 0);
    const mainGroup = Number(symbol.slice(4, symbol.indexOf('/')));
    appender.appendInteger(i);
    appender.appendVarchar(symbol);
    appender.appendVarchar(sub);
    appender.appendDouble((subShare * n) / perSub.get(sub));
    appender.appendBoolean(!symbol.startsWith('Y') && mainGroup < 2000);
    appender.appendInteger(firstOfSub.get(sub));
    appender.appendInteger(0);
    appender.endRow();
  });
  appender.closeSync();
  await store.run(`UPDATE gen_sym SET sub_n = c.n FROM (SELECT subclass, count(*)::INTEGER AS n FROM gen_sym GROUP BY 1) c
    WHERE c.subclass = gen_sym.subclass`);
  await store.run(`CREATE OR REPLACE TEMP TABLE gen_sym_slots AS
    WITH c AS (SELECT idx, weight, sum(weight) OVER (ORDER BY idx ROWS UNBOUNDED PRECEDING) AS hi,
      sum(weight) OVER () AS total FROM gen_sym)
    SELECT idx, unnest(range(floor((hi - weight) / total * ${SYMBOL_SLOTS})::BIGINT, floor(hi / total * ${SYMBOL_SLOTS})::BIGINT)) AS slot
    FROM c`);
  const slots = await store.one('SELECT count(*)::INTEGER AS n FROM gen_sym_slots');
  return { symbols: rows.length, subclasses: perSub.size, slots: slots.n };
}
