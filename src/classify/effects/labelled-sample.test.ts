import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractEffects } from './extract-effects.js';
import { EFFECT_IDS } from './lexicon-schema.js';
import { loadEffectLexicon } from './load-effect-lexicon.js';

/**
 * Precision and recall against the hand-labelled sentences of test/fixtures/effects (README there: how they
 * were drawn and labelled). A prediction or a label is one (sentence, effect, polarity).
 */
const SAMPLE = new URL('../../../test/fixtures/effects/labelled-sample.jsonl', import.meta.url);

type Labelled = {
  source: string;
  id: string;
  lang: 'en' | 'zh';
  split: 'dev' | 'holdout-1' | 'holdout-2';
  stratum: string;
  text: string;
  expected: { effect: string; polarity: string }[];
};
type Score = { tp: number; fp: number; fn: number; sentences: number };

const sample: Labelled[] = readFileSync(SAMPLE, 'utf8')
  .trim()
  .split('\n')
  .map((line) => JSON.parse(line));
const lexicon = loadEffectLexicon();

function score(rows: readonly Labelled[]): Score {
  const s: Score = { tp: 0, fp: 0, fn: 0, sentences: rows.length };
  for (const row of rows) {
    const predicted = new Set(
      extractEffects(row.text, row.lang, lexicon).map((h) => `${h.effectId}:${h.polarity}`),
    );
    const gold = new Set(row.expected.map((e) => `${e.effect}:${e.polarity}`));
    for (const p of predicted) {
      if (gold.has(p)) s.tp += 1;
      else s.fp += 1;
    }
    for (const g of gold) if (!predicted.has(g)) s.fn += 1;
  }
  return s;
}

const precision = (s: Score) => s.tp / (s.tp + s.fp);
const recall = (s: Score) => s.tp / (s.tp + s.fn);
const rowsOf = (split: string, lang: string) => sample.filter((r) => r.split === split && r.lang === lang);

describe('the labelled sample', () => {
  it('is well formed', () => {
    for (const row of sample) {
      expect(['en', 'zh']).toContain(row.lang);
      expect(['dev', 'holdout-1', 'holdout-2']).toContain(row.split);
      expect(row.text.length).toBeGreaterThan(0);
      for (const e of row.expected) {
        expect(EFFECT_IDS).toContain(e.effect);
        expect(['improves', 'worsens']).toContain(e.polarity);
      }
    }
    expect(rowsOf('dev', 'en')).toHaveLength(200);
    expect(rowsOf('dev', 'zh')).toHaveLength(122);
    expect(rowsOf('holdout-1', 'en')).toHaveLength(150);
    expect(rowsOf('holdout-1', 'zh')).toHaveLength(100);
    expect(rowsOf('holdout-2', 'en')).toHaveLength(150);
    expect(rowsOf('holdout-2', 'zh')).toHaveLength(110);
  });

  // Floors: the published CRF baseline on Chinese abstracts is P 0.79, R 0.57 (METHODS §7). A rule pass is
  // there for precision, so it must beat that precision; its recall may not fall below the baseline's. The
  // holdouts were labelled before the lexicon version they first measured (README); the measured values
  // are in data/lexicons/SOURCES.md.
  it.each(['en', 'zh'])('keeps precision >= 0.8 and recall >= 0.57 on the %s holdout sentences', (lang) => {
    const s = score([...rowsOf('holdout-1', lang), ...rowsOf('holdout-2', lang)]);
    expect(precision(s)).toBeGreaterThanOrEqual(0.8);
    expect(recall(s)).toBeGreaterThanOrEqual(0.57);
  });

  // The dev sentences were in view while the lexicon was written: a regression guard, not an estimate.
  it.each(['en', 'zh'])('keeps precision >= 0.9 and recall >= 0.85 on the %s dev sentences', (lang) => {
    const s = score(rowsOf('dev', lang));
    expect(precision(s)).toBeGreaterThanOrEqual(0.9);
    expect(recall(s)).toBeGreaterThanOrEqual(0.85);
  });
});
