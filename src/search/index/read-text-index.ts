import { PatlasError } from '../../domain/patlas-error.js';
import type { Store } from '../../store/open-store.js';
import { TOKENIZER_VERSION } from '../tokenize/tokenize.js';
import { storeFingerprint } from './store-fingerprint.js';
import { TEXT_INDEX_FORMAT } from './text-index-tables.js';

/** What the store's text index was built with, and whether the store has changed since. */
export interface TextIndexInfo {
  k1: number;
  b: number;
  avgdl: number;
  documents: number;
  terms: number;
  postings: number;
  fieldWeights: Record<string, number>;
  tokenizerVersion: string;
  builtAt: string;
  patlasVersion: string;
  /** True when the store changed (ingest, or a refresh of applicant names or origins) after the index was built. */
  stale: boolean;
}

interface MetaRow extends Record<string, unknown> {
  k1: number;
  b: number;
  avgdl: number;
  doc_count: number;
  term_count: number;
  posting_count: number;
  field_weights: string;
  tokenizer_version: string;
  index_format?: number;
  built_at: string;
  store_fingerprint: string;
  patlas_version: string;
}

/**
 * A store opened read-only cannot change while it is open (DuckDB's file lock keeps writers out), so its
 * index facts are read once per store handle: a server answering many queries, or a benchmark, does not
 * re-read the meta row and re-hash the fingerprint's tables for each one.
 */
const readOnlyInfo = new WeakMap<Store, TextIndexInfo>();

/**
 * The index's parameters; a store without an index (or with one from another tokenizer or format) is a clear
 * error.
 */
export async function readTextIndex(store: Store): Promise<TextIndexInfo> {
  const cached = readOnlyInfo.get(store);
  if (cached) return cached;
  const info = await readTextIndexNow(store);
  const mode = await store.one<{ mode: string }>(`SELECT current_setting('access_mode') AS mode`);
  if (mode?.mode === 'read_only') readOnlyInfo.set(store, info);
  return info;
}

async function readTextIndexNow(store: Store): Promise<TextIndexInfo> {
  const hint = `build it with \`patlas index --db ${store.path}\``;
  const table = await store.one(
    `SELECT 1 AS present FROM information_schema.tables WHERE table_name = 'text_index_meta'`,
  );
  const meta = table
    ? await store.one<MetaRow>(
        `SELECT * EXCLUDE (built_at), strftime(built_at, '%Y-%m-%dT%H:%M:%SZ') AS built_at FROM text_index_meta`,
      )
    : null;
  if (!meta) throw new PatlasError('store-error', `${store.path}: the store has no text index`, { hint });
  if (meta.tokenizer_version !== TOKENIZER_VERSION) {
    throw new PatlasError(
      'store-error',
      `${store.path}: the text index was built by another tokenizer (${meta.tokenizer_version})`,
      { hint: `rebuild it with \`patlas index --db ${store.path}\`` },
    );
  }
  if (meta.index_format !== TEXT_INDEX_FORMAT) {
    throw new PatlasError(
      'store-error',
      `${store.path}: the text index was built by an older Patlas (format ${meta.index_format ?? 1}, ` +
        `this one reads format ${TEXT_INDEX_FORMAT})`,
      { hint: `rebuild it with \`patlas index --db ${store.path}\`` },
    );
  }
  return {
    k1: meta.k1,
    b: meta.b,
    avgdl: meta.avgdl,
    documents: meta.doc_count,
    terms: meta.term_count,
    postings: meta.posting_count,
    fieldWeights: JSON.parse(meta.field_weights) as Record<string, number>,
    tokenizerVersion: meta.tokenizer_version,
    builtAt: meta.built_at,
    patlasVersion: meta.patlas_version,
    stale: meta.store_fingerprint !== (await storeFingerprint(store)),
  };
}
