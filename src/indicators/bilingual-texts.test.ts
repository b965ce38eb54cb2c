import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openFixtureStore } from '../../test/helpers/fixture-store.js';
import { classifyStore } from '../classify/taxonomy/classify-store.js';
import { loadTaxonomy } from '../classify/taxonomy/load-taxonomy.js';
import { shippedDataFile } from '../harmonize/applicants/harmonize-data-file.js';
import type { Store } from '../store/open-store.js';
import { parseIndicatorParams } from './indicator-params.js';
import type { Bilingual, IndicatorResult } from './indicator-types.js';
import { INDICATORS } from './registry.js';
import { runIndicators } from './run-indicator.js';

const HAN = /[\u4e00-\u9fff]/;
/** Three lower-case English words in a row: an English sentence left in a Chinese text (place names are capitalised). */
const ENGLISH_RUN = /\b[a-z]{2,} [a-z]{2,} [a-z]{2,}\b/;

/** Every sentence a result states besides its title and description, labelled for the failure message. */
function texts(id: string, result: IndicatorResult): [string, Bilingual][] {
  const d = result.definition;
  return [
    ...(result.message ? [[`${id} message`, result.message] as [string, Bilingual]] : []),
    [`${id} cutoffExplanation`, d.cutoffExplanation],
    ...(d.coverage ? [[`${id} coverage.field`, d.coverage.field] as [string, Bilingual]] : []),
    ...d.notes.map((note, i) => [`${id} note ${i}`, note] as [string, Bilingual]),
  ];
}

describe('every indicator states its messages, notes, cut-off and coverage in English and Chinese', () => {
  let store: Store;
  const seen = new Map<string, Bilingual>();

  /** Runs the whole registry and checks every text; returns the results for case-specific checks. */
  async function checkRun(raw: Record<string, unknown>): Promise<Record<string, IndicatorResult>> {
    const { indicators } = await runIndicators(store, INDICATORS, parseIndicatorParams(raw));
    expect(Object.keys(indicators).sort()).toEqual(INDICATORS.map((i) => i.id).sort());
    for (const [id, result] of Object.entries(indicators)) {
      for (const [label, text] of texts(id, result)) {
        expect(text.en.trim().length, label).toBeGreaterThan(0);
        expect(text.en, label).toMatch(/[A-Za-z]{3}/);
        expect(text.zh, label).toMatch(HAN);
        expect(text.zh, label).not.toMatch(ENGLISH_RUN);
        seen.set(`${label}: ${text.en}`, text);
      }
    }
    return indicators;
  }

  beforeAll(async () => {
    // A Lens export (applicants, legal status, no inventor addresses) and EPO XML (inventor addresses, citations).
    store = await openFixtureStore(['lens/drones_fulltext_families_5884_raw.csv', 'epo-xml']);
  }, 60_000);
  afterAll(() => store.close());

  it('on the whole store, before any taxonomy is classified', async () => {
    const results = await checkRun({});
    expect(results.scenarios?.message?.zh).toMatch(/patlas classify --taxonomy techstack/);
    expect(results['category-share']?.message?.zh).toMatch(/^需要指定 --taxonomy/);
  }, 30_000);

  it('on an empty window (no unit in scope)', async () => {
    const results = await checkRun({ from: 2099, to: 2100 });
    const unsupported = Object.values(results).filter((r) => !r.supported);
    expect(unsupported.length).toBeGreaterThan(10);
    expect(results['top-applicants']?.message?.zh).toBe(
      '范围内没有专利带有申请人信息（源数据未提供申请人名称）',
    );
    expect(results['filing-trend']?.message?.zh).toBe('范围内没有专利具有优先权年信息');
  }, 30_000);

  it('with the techstack taxonomy, on the application year, with incomplete years', async () => {
    const file = shippedDataFile('taxonomies/techstack.yaml');
    const { text, taxonomy } = loadTaxonomy(file);
    await classifyStore(store, { file, text, taxonomy }, 'test');
    const results = await checkRun({
      taxonomy: 'techstack',
      dateBasis: 'application',
      includeIncomplete: true,
      cutoff: '2016-12-31',
    });
    expect(results.growth?.definition.cutoffExplanation).toEqual({ en: 'set by the user', zh: '由用户指定' });
    expect(results['filing-trend']?.definition.coverage?.field).toEqual({
      en: 'units with an application year',
      zh: '有申请年信息的专利',
    });
    // Many distinct sentences were checked, not a handful repeated.
    expect(seen.size).toBeGreaterThan(80);
  }, 30_000);
});
