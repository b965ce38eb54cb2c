import type { DuckDBAppender } from '@duckdb/node-api';
import type { Store } from '../../store/open-store.js';
import { storeError } from '../../store/open-store.js';
import type { EffectLexicon } from './effect-lexicon.js';
import { extractEffects } from './extract-effects.js';
import { loadEffectLexicon } from './load-effect-lexicon.js';

export interface TechnicalEffectCounts {
  /** Publications with at least one effect. */
  publications: number;
  /** Rows written to `technical_effects`. */
  effects: number;
  /** Rows per effect id. */
  byEffect: Record<string, number>;
}

export interface RefreshEffectsOptions {
  /** The lexicon (default: the shipped data/lexicons/technical-effects.json). */
  lexicon?: EffectLexicon;
  /** Texts read per query (default 2,000). */
  batchSize?: number;
}

/** The text types effects are read from: abstracts and first claims, and titles (`高精度`, `节能型`). */
export const EFFECT_TEXT_TYPES = ['title', 'abstract', 'first_claim'] as const;

type TextRow = { publication_number: string; text_type: string; lang: string; text: string };

/**
 * Rebuild `technical_effects` from the `texts` table, one row per effect found, with the lexicon's
 * `id@version`. Texts are read in rowid ranges of `batchSize`, never all at once; the whole rebuild is one
 * transaction: its own, or the caller's when one is open (an ingest's derive step).
 */
export async function refreshTechnicalEffects(
  store: Store,
  options: RefreshEffectsOptions = {},
): Promise<TechnicalEffectCounts> {
  const lexicon = options.lexicon ?? loadEffectLexicon();
  const batchSize = options.batchSize ?? 2000;
  const own = !(await inTransaction(store));
  if (own) await store.run('BEGIN TRANSACTION');
  try {
    await store.run('DELETE FROM technical_effects');
    const appender = await store.connection.createAppender('technical_effects');
    await appendEffects(store, appender, lexicon, batchSize);
    closeAppender(appender);
    const counts = await countEffects(store);
    if (own) await store.run('COMMIT');
    return counts;
  } catch (error) {
    if (own) await store.run('ROLLBACK').catch(() => undefined);
    throw error;
  }
}

/** Inside an explicit transaction DuckDB keeps one transaction id; in auto-commit each statement gets a new one. */
async function inTransaction(store: Store): Promise<boolean> {
  const first = await store.one<{ id: number }>('SELECT txid_current() AS id');
  const second = await store.one<{ id: number }>('SELECT txid_current() AS id');
  return first?.id === second?.id;
}

async function appendEffects(
  store: Store,
  appender: DuckDBAppender,
  lexicon: EffectLexicon,
  batchSize: number,
): Promise<void> {
  const range = await store.one<{ lo: number | null; hi: number | null }>(
    'SELECT min(rowid) AS lo, max(rowid) AS hi FROM texts',
  );
  if (range?.lo == null || range.hi == null) return;
  const types = EFFECT_TEXT_TYPES.map(() => '?').join(', ');
  for (let lo = range.lo; lo <= range.hi; lo += batchSize) {
    const rows = await store.all<TextRow>(
      `SELECT publication_number, text_type, lang, text FROM texts
       WHERE rowid >= ? AND rowid < ? AND text_type IN (${types})`,
      [lo, lo + batchSize, ...EFFECT_TEXT_TYPES],
    );
    for (const row of rows) appendRow(appender, row, lexicon);
  }
}

function appendRow(appender: DuckDBAppender, row: TextRow, lexicon: EffectLexicon): void {
  for (const hit of extractEffects(row.text, row.lang, lexicon)) {
    try {
      appender.appendVarchar(row.publication_number);
      appender.appendVarchar(hit.effectId);
      appender.appendVarchar(hit.direction);
      appender.appendVarchar(hit.polarity);
      appender.appendVarchar(row.text_type);
      appender.appendVarchar(row.lang);
      appender.appendVarchar(hit.cue);
      appender.appendVarchar(hit.attribute);
      appender.appendVarchar(hit.evidence);
      appender.appendInteger(hit.start);
      appender.appendInteger(hit.end);
      appender.appendVarchar(lexicon.versionTag);
      appender.endRow();
    } catch (error) {
      throw storeError('append to technical_effects', error);
    }
  }
}

function closeAppender(appender: DuckDBAppender): void {
  try {
    appender.closeSync();
  } catch (error) {
    throw storeError('append to technical_effects', error);
  }
}

async function countEffects(store: Store): Promise<TechnicalEffectCounts> {
  const rows = await store.all<{ effect_id: string; n: number }>(
    'SELECT effect_id, count(*) AS n FROM technical_effects GROUP BY effect_id ORDER BY effect_id',
  );
  const total = await store.one<{ publications: number }>(
    'SELECT count(DISTINCT publication_number) AS publications FROM technical_effects',
  );
  const byEffect = Object.fromEntries(rows.map((r) => [r.effect_id, Number(r.n)]));
  return {
    publications: Number(total?.publications ?? 0),
    effects: rows.reduce((sum, r) => sum + Number(r.n), 0),
    byEffect,
  };
}
