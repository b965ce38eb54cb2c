import { describe, expect, it } from 'vitest';
import { documentTokens, readableToken } from './document-tokens.js';
import { singular } from './english-terms.js';
import { DEFAULT_FEATURE_RECIPE as RECIPE } from './feature-recipe.js';

describe('documentTokens', () => {
  it('counts English words and bigrams after stop words (title of US-6587739-B1, istat sample part 1)', () => {
    const tokens = documentTokens(
      { title: 'Appliance communication and control system and appliances for use in same ' },
      RECIPE,
    );
    expect(Object.fromEntries(tokens)).toEqual({
      'w:appliance': 2,
      'w:communication': 1,
      'w:control': 1,
      'w:system': 1,
      'w:use': 1,
      'w:appliance communication': 1,
      'w:communication control': 1,
      'w:control system': 1,
      'w:system appliance': 1,
      'w:appliance use': 1,
    });
  });

  it('counts Chinese characters and pairs inside Han runs only (CN111504366B, CN114220277A titles)', () => {
    const tokens = documentTokens({ title: '基于人工智能的流体输送系统精确计量方法及计量装置' }, RECIPE);
    expect(tokens.get('z:计量')).toBe(2);
    expect(tokens.get('z:计')).toBe(2);
    expect(tokens.get('z:人工')).toBe(1);
    expect(tokens.get('z:智能')).toBe(1);
    // 24 characters in one run: 24 unigram and 23 bigram occurrences.
    const total = (prefixLength: number) =>
      [...tokens].filter(([t]) => [...t].length === prefixLength).reduce((n, [, c]) => n + c, 0);
    expect(total(3)).toBe(24);
    expect(total(4)).toBe(23);

    const mixed = documentTokens({ title: '基于物联网的太阳能LED交通信号灯及其智能联动系统' }, RECIPE);
    expect(mixed.get('w:led')).toBe(1);
    expect(mixed.get('z:太阳')).toBe(1);
    expect(mixed.has('z:能交')).toBe(false);
  });

  it('reads codes at subclass and main-group level, once per document', () => {
    const tokens = documentTokens({ codes: ['G06N 3/08', 'G06N3/04', 'H04L', 'not a code'] }, RECIPE);
    expect(Object.fromEntries(tokens)).toEqual({ 'c:G06N': 1, 'c:G06N3': 1, 'c:H04L': 1 });
  });

  it('reads every language of a field and only the recipe’s fields', () => {
    const doc = { title: ['Neural network', '神经网络'], claims: 'A robot' };
    expect(documentTokens(doc, RECIPE).get('w:robot')).toBe(1);
    expect(documentTokens(doc, RECIPE).get('z:神经')).toBe(1);
    expect(documentTokens(doc, { ...RECIPE, fields: ['title'] }).has('w:robot')).toBe(false);
  });

  it('strips plurals lightly and shows tokens without their prefix', () => {
    expect(['networks', 'technologies', 'process', 'bus', 'analysis', 'gas'].map(singular)).toEqual([
      'network',
      'technology',
      'process',
      'bus',
      'analysis',
      'gas',
    ]);
    expect(readableToken('w:neural network')).toBe('neural network');
    expect(readableToken('c:G06N3')).toBe('G06N3');
  });
});
