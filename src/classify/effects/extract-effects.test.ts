import { describe, expect, it } from 'vitest';
import { effectLanguage, extractEffects } from './extract-effects.js';
import { loadEffectLexicon } from './load-effect-lexicon.js';

const lexicon = loadEffectLexicon();

/** `effect polarity` of each hit, in text order. */
function effects(text: string, lang: string): string[] {
  return extractEffects(text, lang, lexicon).map((h) => `${h.effectId} ${h.polarity}`);
}

describe('extractEffects: cue + attribute', () => {
  it('reads the polarity from the attribute good direction', () => {
    expect(effects('提高了误报率', 'zh')).toEqual(['accuracy worsens']);
    expect(effects('降低误报率', 'zh')).toEqual(['accuracy improves']);
    expect(effects('The filter is used to reduce the error rate.', 'en')).toEqual(['accuracy improves']);
    expect(effects('This increases the error rate.', 'en')).toEqual(['accuracy worsens']);
    expect(effects('提高识别准确率，缩短训练时间', 'zh')).toEqual([
      'accuracy improves',
      'efficiency improves',
    ]);
  });

  it('keeps energy apart from cost', () => {
    expect(effects('降低了能耗和功耗，节约成本', 'zh')).toEqual([
      'energy improves',
      'energy improves',
      'cost improves',
    ]);
    expect(effects('This reduces power consumption and cost.', 'en')).toEqual([
      'energy improves',
      'cost improves',
    ]);
  });

  it('reports direction, cue, attribute, span and evidence', () => {
    const text = 'A sensor having a reduced range is used and, thereby, reduce power consumption.';
    const [hit] = extractEffects(text, 'en', lexicon);
    expect(hit).toEqual({
      effectId: 'energy',
      direction: 'decrease',
      polarity: 'improves',
      cue: 'reduce',
      attribute: 'power consumption',
      start: text.indexOf('reduce power'),
      end: text.indexOf('.', text.indexOf('reduce power')),
      evidence: 'reduce power consumption',
    });
  });

  it('pairs an attribute before its cue (passive, nominal)', () => {
    expect(effects('Accuracy is improved and latency is reduced.', 'en')).toEqual([
      'accuracy improves',
      'latency improves',
    ]);
    expect(effects('There could also be savings in labor cost.', 'en')).toEqual(['automation improves']);
    expect(effects('本申请实现了整体效率的提升和工作量的降低。', 'zh')).toEqual([
      'efficiency improves',
      'automation improves',
    ]);
  });

  it('reads a nominal cue after its attribute and a passive after a prepositional phrase', () => {
    expect(effects('It achieves a 37.5% accuracy improvement with 2x computational cost.', 'en')).toEqual([
      'accuracy improves',
    ]);
    expect(effects('The manufacturing costs of the package can be decreased.', 'en')).toEqual([
      'cost improves',
    ]);
    expect(effects('Computing resources are scheduled to mitigate bottlenecks.', 'en')).toEqual([]);
    expect(effects('Techniques enable the reduction of bandwidth requirements.', 'en')).toEqual([
      'cost improves',
    ]);
    expect(effects('They minimize the difference of study efficiency.', 'en')).toEqual([]);
  });

  it('gives one cue to coordinated attributes', () => {
    expect(effects('以提高银行客服会话问答处理的及时性和准确性', 'zh')).toEqual([
      'latency improves',
      'accuracy improves',
    ]);
    expect(effects('to reduce latency, power consumption and cost', 'en')).toEqual([
      'latency improves',
      'energy improves',
      'cost improves',
    ]);
  });

  it('takes the head of a compound (提高能耗预测精度 raises accuracy, not energy use)', () => {
    expect(effects('提高能耗预测精度', 'zh')).toEqual(['accuracy improves']);
    expect(effects('to reduce the power consumption prediction error', 'en')).toEqual(['accuracy improves']);
  });

  it('stays inside the window of the lexicon (8 tokens, 12 Han characters)', () => {
    expect(effects('提高了一二三四五六七八九十的精度', 'zh')).toEqual(['accuracy improves']);
    expect(effects('提高了一二三四五六七八九十一的精度', 'zh')).toEqual([]);
    expect(effects('improve one two three four five six seven eight accuracy', 'en')).toEqual([
      'accuracy improves',
    ]);
    expect(effects('improve one two three four five six seven eight nine accuracy', 'en')).toEqual([]);
  });

  it('does not pair across clauses', () => {
    expect(effects('本发明提高了处理，成本', 'zh')).toEqual([]);
    expect(effects('The method improves; the accuracy.', 'en')).toEqual([]);
  });
});

describe('extractEffects: degree words and phrases', () => {
  it('reads English comparatives and degree words', () => {
    expect(effects('It gives higher accuracy and is more efficient.', 'en')).toEqual([
      'accuracy improves',
      'efficiency improves',
    ]);
    expect(effects('Training is faster with reduced latency at low-cost.', 'en')).toEqual([
      'efficiency improves',
      'latency improves',
      'cost improves',
    ]);
    expect(effects('It speeds up decoding and needs less memory.', 'en')).toEqual([
      'efficiency improves',
      'cost improves',
    ]);
  });

  it('reads Chinese degree words after and before the attribute', () => {
    expect(effects('准确率高，效率更高，成本低', 'zh')).toEqual([
      'accuracy improves',
      'efficiency improves',
      'cost improves',
    ]);
    expect(effects('一种高精度低功耗的传感器', 'zh')).toEqual(['accuracy improves', 'energy improves']);
    expect(effects('具有成像效果好、训练时间短和泛化能力强的特点', 'zh')).toEqual([
      'efficiency improves',
      'reliability improves',
    ]);
  });

  it('does not read 降低 as 低 + attribute or 提高 as 高 + attribute', () => {
    expect(extractEffects('降低成本', 'zh', lexicon).map((h) => h.cue)).toEqual(['降低']);
    expect(extractEffects('提高精度', 'zh', lexicon).map((h) => h.cue)).toEqual(['提高']);
  });

  it('does not count `one or more` or `less than` as degrees', () => {
    expect(effects('one or more errors are stored', 'en')).toEqual([]);
    expect(effects('when the latency is less than a threshold', 'en')).toEqual([]);
    expect(effects('one or more secure computations', 'en')).toEqual([]);
  });

  it('does not read a superlative (a selection criterion) as an effect', () => {
    expect(effects('The appliance with the lowest latency is selected.', 'en')).toEqual([]);
    expect(effects('选择时延最低的节点', 'zh')).toEqual([]);
  });

  it('does not carry a degree word over a list comma', () => {
    expect(effects('a low cost, uncertain durability', 'en')).toEqual(['cost improves']);
  });

  it('does not report a worsening stated by a degree word alone (a state, not a change)', () => {
    expect(effects('speakers with a low recognition rate', 'en')).toEqual([]);
    expect(effects('一种成本高的装置', 'zh')).toEqual([]);
  });
});

describe('extractEffects: negation, kept levels, problems', () => {
  it('drops a negated cue', () => {
    expect(effects('不能提高效率', 'zh')).toEqual([]);
    expect(effects('It does not improve accuracy.', 'en')).toEqual([]);
    expect(effects('The step cannot reduce latency.', 'en')).toEqual([]);
    expect(effects('不仅提高了效率', 'zh')).toEqual(['efficiency improves']);
    expect(effects('It not only improves accuracy.', 'en')).toEqual(['accuracy improves']);
  });

  it('reads a kept level as no effect', () => {
    expect(effects('It improves speed without reducing accuracy.', 'en')).toEqual(['efficiency improves']);
    expect(effects('while avoiding reductions in accuracy', 'en')).toEqual([]);
    expect(effects('防止精度下降', 'zh')).toEqual([]);
    expect(effects('避免降低精度', 'zh')).toEqual([]);
  });

  it('reads without / 无需 + a manual step as more automation', () => {
    expect(effects('The model is trained without manual annotation.', 'en')).toEqual(['automation improves']);
    expect(effects('无需人工干预', 'zh')).toEqual(['automation improves']);
  });

  it('turns a solved problem into an improvement', () => {
    expect(effects('解决了隐私协议的执行效率问题。', 'zh')).toEqual(['efficiency improves']);
    expect(effects('解决了现有技术中成本高、算法不准确的问题', 'zh')).toEqual([
      'cost improves',
      'accuracy improves',
    ]);
    expect(effects('The invention overcomes the high latency problem.', 'en')).toEqual(['latency improves']);
  });

  it('drops a worsening in a prior-art sentence', () => {
    expect(
      effects('Conventional systems increase the latency. The new system reduces latency.', 'en'),
    ).toEqual(['latency improves']);
    expect(effects('现有技术增加了功耗。', 'zh')).toEqual([]);
  });
});

describe('extractEffects: text as given', () => {
  it('maps offsets back through HTML entities and full-width characters', () => {
    const text = 'Ｔｈｅ method &amp; system reduces ＬＡＴＥＮＣＹ &amp; cost.';
    const hits = extractEffects(text, 'en', lexicon);
    expect(hits.map((h) => text.slice(h.start, h.end))).toEqual([
      'reduces ＬＡＴＥＮＣＹ',
      'reduces ＬＡＴＥＮＣＹ &amp; cost',
    ]);
    expect(hits.map((h) => h.attribute)).toEqual(['ＬＡＴＥＮＣＹ', 'cost']);
  });

  it('reads full-width Chinese punctuation and Latin words inside Chinese', () => {
    const text = '本发明提高了ＹＯＬＯｖ5模型的检测精度；降低了AI芯片功耗。';
    const hits = extractEffects(text, 'zh', lexicon);
    expect(hits.map((h) => `${h.effectId} ${text.slice(h.start, h.end)}`)).toEqual([
      'accuracy 提高了ＹＯＬＯｖ5模型的检测精度',
      'energy 降低了AI芯片功耗',
    ]);
    expect(hits[0]!.evidence).toBe('本发明提高了ＹＯＬＯｖ5模型的检测精度');
  });

  it('survives a byte-truncated text ending in U+FFFD', () => {
    expect(effects('本发明提高了检测效率，涉及海洋工程\uFFFD', 'zh')).toEqual(['efficiency improves']);
  });

  it('prefers an advantageous-effects passage when it states effects', () => {
    const text = '现有方法降低了成本。本发明的有益效果：提高了识别准确率。附图说明：图1降低了功耗。';
    expect(effects(text, 'zh')).toEqual(['accuracy improves']);
    expect(extractEffects(text, 'zh', lexicon, { preferPassage: false })).toHaveLength(3);
  });
});

describe('effectLanguage', () => {
  it('follows the script for en, zh and untagged text, and skips other languages', () => {
    expect(effectLanguage('en', '一种提高效率的方法')).toBe('zh');
    expect(effectLanguage('zh', 'A method to improve efficiency')).toBe('en');
    expect(effectLanguage('en', 'A method')).toBe('en');
    expect(effectLanguage('', '降低成本')).toBe('zh');
    expect(effectLanguage('de', 'Ein Verfahren zur Verbesserung der Effizienz')).toBeNull();
    expect(effectLanguage('ja', '精度を向上させる')).toBeNull();
    expect(effects('Ein Verfahren zur Verbesserung der Effizienz', 'de')).toEqual([]);
  });
});
