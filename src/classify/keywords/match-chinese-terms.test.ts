import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { compileChineseTerms, normaliseChineseText } from './match-chinese-terms.js';

const TITLES = new URL('../../../../shared/data/cn-titles-ipc/oof_predictions.csv', import.meta.url);
const AI_TERMS = [
  '神经网络',
  '深度学习',
  '大模型',
  '大语言模型',
  '自然语言处理',
  '计算机视觉',
  '语音识别',
  '知识图谱',
];

describe('compileChineseTerms on titles from cn-titles-ipc/oof_predictions.csv', () => {
  const match = compileChineseTerms(AI_TERMS.map((term) => ({ term })));

  it('finds each term with its span (CN114186256A, CN114092760A, CN114118382A, CN113919322A)', () => {
    expect(match('神经网络模型的训练方法、装置、设备和存储介质')).toEqual({
      matched: true,
      evidence: [{ term: '神经网络', start: 0, end: 4 }],
    });
    expect(match('卷积神经网络中自适应特征融合方法及系统').evidence).toEqual([
      { term: '神经网络', start: 2, end: 6 },
    ]);
    expect(match('一种基于量子计算的故障诊断深度学习方法').evidence).toEqual([
      { term: '深度学习', start: 13, end: 17 },
    ]);
    expect(match('自然语言处理方法及系统').evidence).toEqual([{ term: '自然语言处理', start: 0, end: 6 }]);
  });

  it('reports every occurrence (CN113889086A) and misses unrelated titles (CN114075079A)', () => {
    expect(match('语音识别模型的训练方法、语音识别方法及相关装置').evidence).toEqual([
      { term: '语音识别', start: 0, end: 4 },
      { term: '语音识别', start: 12, end: 16 },
    ]);
    expect(match('Si 3 N 4 /BAS基陶瓷材料的制备方法')).toEqual({ matched: false, evidence: [] });
  });

  it('counts the titles holding each term over the whole file', () => {
    const rows = parse(readFileSync(TITLES), { columns: true, bom: true }) as Array<{ patent_title: string }>;
    expect(rows).toHaveLength(9740);
    const counts = Object.fromEntries(AI_TERMS.map((term) => [term, 0]));
    for (const row of rows) {
      for (const term of new Set(match(row.patent_title).evidence.map((hit) => hit.term))) counts[term]! += 1;
    }
    // counted in the file with a plain substring search
    expect(counts).toEqual({
      神经网络: 12,
      深度学习: 15,
      大模型: 0,
      大语言模型: 0,
      自然语言处理: 2,
      计算机视觉: 0,
      语音识别: 7,
      知识图谱: 5,
    });
  });
});

describe('compileChineseTerms: Latin letters, width, whitespace and exclusions', () => {
  it('does not match a Latin term inside a longer Latin word (CN114219420A, CN114184740A, CN114139747A)', () => {
    const match = compileChineseTerms([{ term: 'AI' }, { term: '人工智能' }]);
    expect(match('基于AI和RPA的保障性住房办理的处理方法及其装置').evidence).toEqual([
      { term: 'AI', start: 2, end: 4 },
    ]);
    expect(match('一种融合AIS技术的船舶尾气数据分析方法及测量系统').matched).toBe(false);
    expect(match('基于人工智能技术的AIOps智能运维系统').evidence).toEqual([
      { term: '人工智能', start: 2, end: 6 },
    ]);
    expect(compileChineseTerms([{ term: 'Ops' }])('基于人工智能技术的AIOps智能运维系统').matched).toBe(false);
    expect(
      compileChineseTerms([{ term: 'RPA' }])('基于AI和RPA的保障性住房办理的处理方法及其装置').matched,
    ).toBe(true);
  });

  it('folds full-width forms and drops whitespace in terms and texts (CN114219420A, CN114075079A)', () => {
    expect(
      compileChineseTerms([{ term: 'ＡＩ' }])('基于AI和RPA的保障性住房办理的处理方法及其装置').matched,
    ).toBe(true);
    expect(compileChineseTerms([{ term: 'Si3N4' }])('Si 3 N 4 /BAS基陶瓷材料的制备方法').evidence).toEqual([
      { term: 'Si3N4', start: 0, end: 5 },
    ]);
    expect(normaliseChineseText('一种合成乙酰乙酸（N-苄基-N-甲基）氨基乙酯的方法')).toBe(
      '一种合成乙酰乙酸(n-苄基-n-甲基)氨基乙酯的方法',
    );
  });

  it('skips a hit inside an exclusion context only (CN114154224A, CN114186256A)', () => {
    const match = compileChineseTerms([{ term: '模型', exclude: ['BIM模型'] }]);
    expect(match('一种用于BIM模型的预处理方法、系统、装置及存储介质').matched).toBe(false);
    expect(match('神经网络模型的训练方法、装置、设备和存储介质').evidence).toEqual([
      { term: '模型', start: 4, end: 6 },
    ]);
  });

  it('keeps a hit outside the exclusion in the same text (constructed: 推荐使用 is not in the sample)', () => {
    const match = compileChineseTerms([{ term: '推荐', exclude: ['推荐使用'] }]);
    expect(match('推荐使用本装置')).toEqual({ matched: false, evidence: [] });
    expect(match('推荐使用的推荐系统').evidence).toEqual([{ term: '推荐', start: 5, end: 7 }]);
    // CN114240567A: a recommender title
    expect(match('推荐方法、装置、设备及存储介质').evidence).toEqual([{ term: '推荐', start: 0, end: 2 }]);
  });

  it('lists overlapping terms by position, longer first (constructed)', () => {
    const match = compileChineseTerms([{ term: '语言模型' }, { term: '大语言模型' }, { term: '大模型' }]);
    expect(match('基于大语言模型的问答').evidence).toEqual([
      { term: '大语言模型', start: 2, end: 7 },
      { term: '语言模型', start: 3, end: 7 },
    ]);
  });

  it('rejects an empty term and an exclusion that does not contain its term', () => {
    expect(() => compileChineseTerms([{ term: ' ' }])).toThrow(
      expect.objectContaining({ code: 'bad-mapping' }),
    );
    expect(() => compileChineseTerms([{ term: '推荐', exclude: ['使用'] }])).toThrow(/"使用".*"推荐"/);
  });
});
