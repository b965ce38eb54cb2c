import { describe, expect, it } from 'vitest';
import { normaliseWithOffsets, rawSpan } from './normalise-with-offsets.js';
import { splitClauses } from './split-clauses.js';

describe('normaliseWithOffsets', () => {
  it('folds entities, full-width forms and case, keeping the source offsets', () => {
    const raw = 'ＡＩ &amp; Cost&#x3002;';
    const norm = normaliseWithOffsets(raw);
    expect(norm.text).toBe('ai & cost。');
    const at = norm.text.indexOf('cost');
    expect(rawSpan(norm, at, at + 4)).toEqual({ start: raw.indexOf('Cost'), end: raw.indexOf('Cost') + 4 });
    const stop = norm.text.indexOf('。');
    expect(raw.slice(norm.rawStart[stop], norm.rawEnd[stop])).toBe('&#x3002;');
  });

  it('keeps a letter and its combining mark together', () => {
    const norm = normaliseWithOffsets('cafe\u0301 x');
    expect(norm.text).toBe('café x');
    expect(norm.rawEnd[3]).toBe(5);
  });
});

describe('splitClauses', () => {
  const clauses = (raw: string, lang: 'en' | 'zh') => {
    const norm = normaliseWithOffsets(raw);
    return splitClauses(norm, lang).map((c) => [norm.text.slice(c.start, c.end), c.sentence, c.listBefore]);
  };

  it('splits Chinese at ，。；！？、：and line ends, full-width or not', () => {
    expect(clauses('提高效率，降低成本。能耗、功耗；精度0.5\n完', 'zh')).toEqual([
      ['提高效率', 0, false],
      ['降低成本', 0, false],
      ['能耗', 1, false],
      ['功耗', 1, true],
      ['精度0.5', 2, false],
      ['完', 3, false],
    ]);
  });

  it('splits English at sentence ends (not after e.g.) and at , ; :', () => {
    expect(clauses('It uses e.g. GPUs, and is fast. Costs fall; done', 'en')).toEqual([
      ['it uses e.g. gpus', 0, false],
      [' and is fast', 0, true],
      [' costs fall', 1, false],
      [' done', 1, false],
    ]);
  });
});
