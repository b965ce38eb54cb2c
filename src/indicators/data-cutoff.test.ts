import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openFixtureStore } from '../../test/helpers/fixture-store.js';
import type { Store } from '../store/open-store.js';
import { lastCompleteYear } from './data-cutoff.js';
import { parseIndicatorParams } from './indicator-params.js';
import { createIndicatorScope } from './indicator-scope.js';

const ISTAT = 'ai-text-istat/sample_update_split/patents_sample_update_part_1.csv';
const DRONES = 'lens/drones_fulltext_families_5884_raw.csv';
let istatOnly: Store;
let mixed: Store;
beforeAll(async () => {
  [istatOnly, mixed] = await Promise.all([openFixtureStore([ISTAT]), openFixtureStore([ISTAT, DRONES])]);
});
afterAll(() => {
  istatOnly?.close();
  mixed?.close();
});

async function cutoffOf(store: Store) {
  const scope = await createIndicatorScope(store, parseIndicatorParams({}));
  try {
    return scope.cutoff;
  } finally {
    await scope.release();
  }
}

describe('the data cut-off read from the store', () => {
  it('a source without publication dates alone: a lower bound from its latest priority year, and the advice', async () => {
    // The istat sample's `year` column (its priority year) runs 2000-2001: the extract was made in 2001 or later.
    const cutoff = await cutoffOf(istatOnly);
    expect(cutoff.date).toBe('2001-01-01');
    expect(cutoff.explanation.en).toMatch(/lower bound from its latest priority year.*set --cutoff/);
    expect(cutoff.explanation.zh).toMatch(/优先权年估计的下限.*--cutoff/);
    expect(lastCompleteYear(cutoff.date, 'priority')).toBe(1998);
  });

  it('sources with publication dates decide when there are any: an old sample without them does not', async () => {
    // The Lens drones export's latest Publication Date is 2016-12-31.
    const cutoff = await cutoffOf(mixed);
    expect(cutoff.date).toBe('2016-12-31');
    expect(cutoff.explanation.en).not.toMatch(/lower bound/);
  });
});

describe('lastCompleteYear (18-month publication lag)', () => {
  it('filing bases: year Y is complete when 30 June Y+2 is covered', () => {
    // Filings of 31 Dec 2024 are published by 30 Jun 2026 at the latest.
    expect(lastCompleteYear('2026-06-30', 'priority')).toBe(2024);
    expect(lastCompleteYear('2026-06-29', 'priority')).toBe(2023);
    expect(lastCompleteYear('2026-12-31', 'application')).toBe(2024);
    expect(lastCompleteYear('2027-06-30', 'application')).toBe(2025);
    // The demo store's cut-off.
    expect(lastCompleteYear('2022-11-23', 'priority')).toBe(2020);
  });

  it('publication basis: only the cut-off year itself can be incomplete', () => {
    expect(lastCompleteYear('2022-11-23', 'publication')).toBe(2021);
    expect(lastCompleteYear('2022-12-31', 'publication')).toBe(2022);
  });

  it('no cut-off, no completeness', () => {
    expect(lastCompleteYear(null, 'priority')).toBeNull();
  });
});
