import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PatlasError } from '../../domain/patlas-error.js';
import { EFFECT_IDS } from './lexicon-schema.js';
import { defaultLexiconPath, loadEffectLexicon, parseEffectLexicon } from './load-effect-lexicon.js';

const shipped = JSON.parse(readFileSync(defaultLexiconPath(), 'utf8'));

/** The shipped lexicon with one change, as JSON text. */
function variant(change: (file: typeof shipped) => void): string {
  const copy = structuredClone(shipped);
  change(copy);
  return JSON.stringify(copy);
}

function problem(text: string): PatlasError {
  try {
    parseEffectLexicon(text, 'my-lexicon.json');
  } catch (error) {
    if (error instanceof PatlasError) return error;
    throw error;
  }
  throw new Error('the lexicon was accepted');
}

describe('loadEffectLexicon', () => {
  it('loads the shipped lexicon with its version and all nine effects', () => {
    const lexicon = loadEffectLexicon();
    expect(lexicon.versionTag).toBe(`${shipped.id}@${shipped.version}`);
    expect(Object.keys(lexicon.labels)).toEqual([...EFFECT_IDS]);
    expect(shipped.effects.energy.attributes[0].zh).toContain('能耗');
    expect(shipped.effects.cost.attributes[0].zh).not.toContain('能耗');
  });

  it('names the file and the place of a schema problem', () => {
    const error = problem(variant((f) => delete f.effects.cost.attributes[0].good));
    expect(error.code).toBe('bad-mapping');
    expect(error.message).toContain('my-lexicon.json: invalid effect lexicon');
    expect(error.message).toContain('effects.cost.attributes.0.good');
    expect(error.hint).toContain('SOURCES.md');
  });

  it('rejects an unknown effect and a wrong format tag', () => {
    expect(problem(variant((f) => (f.effects.speed = f.effects.efficiency))).message).toContain('speed');
    expect(problem(variant((f) => (f.format = 'patlas-effect-lexicon/9'))).message).toContain('format');
  });

  it('rejects a term listed twice, naming both places', () => {
    const error = problem(variant((f) => f.effects.energy.attributes[0].zh.push('成本')));
    expect(error.message).toMatch(
      /effects\.energy\.attributes\[0\]\.zh\[\d+\]: "成本" is already listed at effects\.cost/,
    );
  });

  it('rejects an exclusion that does not contain its term', () => {
    const error = problem(
      variant((f) => f.effects.cost.attributes[0].zh.push({ term: '造价表', exclude: ['价格'] })),
    );
    expect(error.message).toContain('exclusion "价格" does not contain the term "造价表"');
  });

  it('rejects a * inside a term and text that is not JSON', () => {
    expect(problem(variant((f) => f.cues.increase.en.push('in*crease'))).message).toContain('trailing *');
    expect(problem('{"format":').message).toContain('not valid JSON');
  });

  it('reports an unreadable file', () => {
    expect(() => loadEffectLexicon('/no/such/lexicon.json')).toThrow(/cannot read the effect lexicon/);
  });
});
