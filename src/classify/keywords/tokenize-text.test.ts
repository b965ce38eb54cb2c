import { describe, expect, it } from 'vitest';
import { normaliseText, tokenizeText } from './tokenize-text.js';

describe('tokenizeText', () => {
  it('splits hyphenated words and lower-cases them (US-6577700-B1 abstract)', () => {
    const doc = tokenizeText('Hopfield model dynamic neural-network computing.');
    expect(doc.words).toEqual(['hopfield', 'model', 'dynamic', 'neural', 'network', 'computing']);
    expect(doc.text.slice(doc.starts[3], doc.ends[4])).toBe('neural-network');
  });

  it('gives the same words for the hyphenated, capitalised and plain forms', () => {
    const plain = tokenizeText('neural network').words;
    expect(tokenizeText('Neural Network').words).toEqual(plain);
    expect(tokenizeText('NEURAL-NETWORK').words).toEqual(plain);
  });

  it('decodes HTML entities (DK-2201138-T3 abstract)', () => {
    const doc = tokenizeText(
      '(In Current Protocols in Molecular Biology, John Wiley &amp; Sons, New York, 1998)',
    );
    expect(doc.text).toContain('john wiley & sons');
    expect(doc.words).toEqual([
      'in',
      'current',
      'protocols',
      'in',
      'molecular',
      'biology',
      'john',
      'wiley',
      'sons',
      'new',
      'york',
      '1998',
    ]);
  });

  it('folds full-width forms to ASCII', () => {
    expect(tokenizeText('ＡＩ芯片').words).toEqual(['ai']);
    expect(tokenizeText('ＡＩ ｃｈｉｐ').words).toEqual(['ai', 'chip']);
    // CN114058652A title: full-width parentheses around Latin letters
    expect(normaliseText('一种合成乙酰乙酸（N-苄基-N-甲基）氨基乙酯的方法')).toBe(
      '一种合成乙酰乙酸(n-苄基-n-甲基)氨基乙酯的方法',
    );
  });

  it('reads English words inside Chinese text as words of their own', () => {
    const doc = tokenizeText('一种基于LSTM和卷积神经网络(CNN)的语音识别方法');
    expect(doc.words).toEqual(['lstm', 'cnn']);
    expect(doc.text.slice(doc.starts[0], doc.ends[0])).toBe('lstm');
  });

  it('returns no words for empty or punctuation-only text', () => {
    expect(tokenizeText('').words).toEqual([]);
    expect(tokenizeText(' -- , ; ').words).toEqual([]);
  });
});
