import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../store/open-store.js';
import { parseIndicatorParams } from '../indicator-params.js';
import { createIndicatorScope } from '../indicator-scope.js';
import { createQualityTable } from './create-quality-table.js';

/**
 * A hand-made citation graph (no shipped fixture has citations between documents of one store). US1 is cited by
 * US2 (2016, IPC G06N x2 + H04L x1), US3 (2017, G06N x1) and US4 (2025, G06T x1), US2 cites US1 without kind code.
 */
const PUBLICATIONS: [string, string, string, string][] = [
  // number, publication date, family, IPC symbols
  ['US1A1', '2015-01-01', 'F1', 'G06F17/00'],
  ['US2A1', '2016-01-01', 'F2', 'G06N3/04 G06N3/08 H04L9/00'],
  ['US3B2', '2017-01-01', 'F3', 'G06N5/00'],
  ['US4A1', '2025-06-01', 'F4', 'G06T7/00'],
];
const CITATIONS: [string, string][] = [
  ['US2A1', 'US1'],
  ['US3B2', 'US1A1'],
  ['US4A1', 'US1A1'],
];

let store: Store;
beforeAll(async () => {
  store = await openStore(':memory:', { create: true });
  for (const [number, date, family, symbols] of PUBLICATIONS) {
    await store.run(
      `INSERT INTO publications (publication_number, country, doc_number, kind, application_date, publication_date,
         priority_date, family_id, source_file, source_format, richness, content_hash, ingest_run_id)
       VALUES (?, 'US', ?, ?, CAST(? AS DATE) - INTERVAL 1 YEAR, CAST(? AS DATE), CAST(? AS DATE) - INTERVAL 1 YEAR,
         ?, 'hand', 'hand', 1, ?, 1)`,
      [number, number.slice(2, -2), number.slice(-2), date, date, date, family, number],
    );
    for (const [seq, symbol] of symbols.split(' ').entries()) {
      await store.run(
        `INSERT INTO classifications (publication_number, scheme, seq, symbol, section, class, subclass, is_first)
         VALUES (?, 'ipc', ?, ?, ?, ?, ?, ?)`,
        [number, seq, symbol, symbol.slice(0, 1), symbol.slice(0, 3), symbol.slice(0, 4), seq === 0],
      );
    }
  }
  for (const [seq, [citing, cited]] of CITATIONS.entries()) {
    await store.run(
      `INSERT INTO citations (publication_number, seq, kind, cited_publication_number) VALUES (?, ?, 'patent', ?)`,
      [citing, seq, cited],
    );
  }
});
afterAll(() => store?.close());

describe('quality components from citations inside the store', () => {
  it('forward citations in 5 years, generality and originality (OECD) by hand', async () => {
    const params = parseIndicatorParams({ cutoff: '2026-01-01' });
    const scope = await createIndicatorScope(store, params);
    try {
      const { table } = await createQualityTable({ store, params, scope });
      const rows = await store.all<{ unit_id: string; fwd: number; gen: number | null; orig: number | null }>(
        `SELECT unit_id, fwd_cits5 AS fwd, generality AS gen, originality AS orig FROM ${table} ORDER BY unit_id`,
      );
      const byUnit = new Map(rows.map((r) => [r.unit_id, r]));
      // US1: citing families F2 (2016) and F3 (2017) are within 5 years of 2015-01-01; F4 (2025) is not.
      expect(byUnit.get('F1')?.fwd).toBe(2);
      // Generality of US1 over its citing documents: G06N (2/3 + 1 + 0) / 3 = 5/9, H04L (1/3) / 3 = 1/9,
      // G06T 1/3 = 3/9; 1 - (25 + 1 + 9) / 81 = 46/81.
      expect(byUnit.get('F1')?.gen).toBeCloseTo(46 / 81, 12);
      // US1 cites nothing: originality unknown, not zero. US2 cites only US1 (G06F): originality 0.
      expect(byUnit.get('F1')?.orig).toBeNull();
      expect(byUnit.get('F2')?.orig).toBe(0);
      // Nobody cites US2: generality unknown, and zero forward citations.
      expect(byUnit.get('F2')?.gen).toBeNull();
      expect(byUnit.get('F2')?.fwd).toBe(0);
    } finally {
      await scope.release();
    }
  });
});
