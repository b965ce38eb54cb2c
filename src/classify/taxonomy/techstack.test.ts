import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { parseSymbolPattern } from '../ipc/symbol-pattern.js';
import { compileChineseTerms } from '../keywords/match-chinese-terms.js';
import { parseKeywordExpression } from '../keywords/parse-keyword-expression.js';
import type { ClassifiableDocument } from './classifiable-document.js';
import { compileTaxonomy } from './compile-taxonomy.js';
import { loadTaxonomy } from './load-taxonomy.js';
import type { KeywordSet, TaxonomyRule } from './taxonomy-schema.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const { taxonomy } = loadTaxonomy(path.join(repoRoot, 'data/taxonomies/techstack.yaml'));
const classifier = compileTaxonomy(taxonomy);
const rules: TaxonomyRule[] = [...taxonomy.root.rules, ...taxonomy.categories.flatMap((c) => c.rules)];

function doc(id: string, title: string, codes: string[], abstract = ''): ClassifiableDocument {
  return {
    publicationNumber: id,
    texts: { title: [title], abstract: abstract ? [abstract] : [], claims: [] },
    codes,
  };
}

/** The categories a document gets, sorted. */
function categories(document: ClassifiableDocument): string[] {
  return [...new Set(classifier.classify(document).map((hit) => hit.categoryId))].sort();
}

const sets = (rule: TaxonomyRule): KeywordSet[] =>
  [rule.keywords, rule.require_keywords, rule.exclude_keywords].filter((set) => set !== undefined);

describe('techstack.yaml', () => {
  it('has the CIC layer model: foundation, model and application layers under the root ai', () => {
    expect(taxonomy.id).toBe('techstack');
    expect(taxonomy.version).toBe('2024.1');
    expect(taxonomy.root.id).toBe('ai');
    const childrenOf = (parent: string) =>
      taxonomy.categories.filter((c) => c.parent === parent).map((c) => c.id);
    expect(childrenOf('foundation')).toEqual(['ai-chips', 'ai-frameworks']);
    expect(childrenOf('model')).toEqual([
      'large-models',
      'deep-learning',
      'nlp',
      'computer-vision',
      'speech',
      'knowledge-graph',
      'recommendation',
      'multimodal-generative',
    ]);
    const scenarios = taxonomy.categories.filter((c) => c.parent === 'application');
    expect(scenarios.every((c) => c.scope === 'root')).toBe(true);
    expect(scenarios.filter((c) => c.fallback).map((c) => c.id)).toEqual(['other-application']);
    expect(
      taxonomy.categories.filter((c) => c.parent !== 'application').every((c) => c.scope === 'any'),
    ).toBe(true);
  });

  it('has only valid code patterns, English expressions and Chinese terms', () => {
    // loadTaxonomy has checked them already; checking again here names the failing entry in the test output.
    const codes = rules.flatMap((r) => [
      ...(r.codes ?? []),
      ...(r.require_codes ?? []),
      ...(r.exclude_codes ?? []),
    ]);
    for (const code of codes) expect(() => parseSymbolPattern(code), code).not.toThrow();
    const keywordSets = [taxonomy.root.generic_terms!, ...rules.flatMap(sets)];
    for (const set of keywordSets) {
      for (const expression of set.en ?? [])
        expect(() => parseKeywordExpression(expression), expression).not.toThrow();
      const terms = (set.zh ?? []).map((entry) => (typeof entry === 'string' ? { term: entry } : entry));
      expect(() => compileChineseTerms(terms)).not.toThrow();
    }
    expect(codes.length).toBeGreaterThan(100);
  });

  it('never lets a word that is mostly not AI stand alone in a rule that makes a publication AI', () => {
    // A rule of the root or of a scope-any category puts a publication in the root; scenario rules
    // (scope root) and rules with require_keywords only add to an AI publication.
    const standalone = [
      ...taxonomy.root.rules,
      ...taxonomy.categories.filter((c) => c.scope === 'any').flatMap((c) => c.rules),
    ].filter((r) => r.require_keywords === undefined);
    const terms = [taxonomy.root.generic_terms, ...standalone.map((r) => r.keywords)]
      .flatMap((set) => set?.zh ?? [])
      .map((entry) => (typeof entry === 'string' ? entry : entry.term));
    for (const weak of [
      '芯片',
      '处理器',
      '框架',
      '推荐',
      '本体',
      '图谱',
      '模糊',
      '学习机',
      '生成模型',
      '多模态',
      '扩散模型',
    ])
      expect(terms, weak).not.toContain(weak);
    // GaN (gallium nitride), TPU (thermoplastic polyurethane), LoRa (radio), GPT (an enzyme, a partition table)
    for (const latin of ['GAN', 'TPU', 'LoRA', 'GPT']) expect(terms, latin).not.toContain(latin);
  });
});

// Titles and IPC subclasses copied from ../shared/data/cn-titles-ipc/oof_predictions.csv; the expected
// categories were decided by reading the title, before running the classifier.
describe('techstack on real Chinese titles', () => {
  it.each([
    [
      'CN113919493A',
      '一种基于神经网络模型的欺诈行为分析系统',
      ['G06N', 'G06Q'],
      ['deep-learning', 'model', 'smart-finance'],
    ],
    [
      'CN114254323A',
      '基于PCODE和Bert的软件脆弱性分析方法及系统',
      ['G06F', 'G06N'],
      ['large-models', 'model', 'other-application'],
    ],
    [
      'CN114092838A',
      '一种基于深度学习目标检测的光伏缺陷检测方法',
      ['G06K', 'G06N', 'G06V'],
      ['computer-vision', 'deep-learning', 'model', 'smart-industry'],
    ],
    [
      'CN113963360A',
      '车牌识别方法、装置、电子设备和可读存储介质',
      ['G06N', 'G06V'],
      ['computer-vision', 'model', 'smart-transport'],
    ],
    [
      'CN114203298A',
      '基于深度神经网络的辅助诊断方法及系统',
      ['G06N', 'G16H'],
      ['deep-learning', 'model', 'smart-healthcare'],
    ],
    [
      'CN113919375A',
      '一种基于人工智能的语音翻译系统',
      ['G06F', 'G10L'],
      ['model', 'other-application', 'speech'],
    ],
    // cybersecurity is not 智能安防 (physical security), so the attack detector has no scenario of its own
    [
      'CN114172701A',
      '基于知识图谱的APT攻击检测方法及装置',
      ['G06F', 'G06N', 'H04L'],
      ['knowledge-graph', 'model', 'other-application'],
    ],
    [
      'CN113987162A',
      '文本摘要的生成方法、装置及计算机设备',
      ['G06F', 'G06N'],
      ['model', 'nlp', 'other-application'],
    ],
    ['CN215471170U', '一种早教用人工智能机器人', ['B25J'], ['robotics', 'smart-education']],
    // machine vision in the title counts as computer vision (CIC), the sorting machine as industry only by its words
    [
      'CN216126127U',
      '基于机器视觉的瓶盖分拣装置',
      ['B07C'],
      ['computer-vision', 'model', 'other-application'],
    ],
  ])('%s %s', (id, title, codes, expected) => {
    expect(categories(doc(id, title, codes))).toEqual(['ai', 'application', ...expected].sort());
  });

  it('keeps "…存储介质和芯片" of a software title out of AI chips (CN114145006A)', () => {
    const found = categories(
      doc('CN114145006A', '人工智能资源的调度方法、装置、存储介质和芯片', ['G06F', 'H04L']),
    );
    expect(found).toContain('ai');
    expect(found).not.toContain('ai-chips');
  });

  it.each([
    ['CN114081026A', '一种水电站高压输电线路驱鸟保护装置', ['A01M', 'G06F', 'H02G']],
    // a gimbal's attitude from its sensors is not human pose estimation
    ['CN110873563B', '一种云台姿态估计方法及装置', ['G01C']],
    // accessories of a vision station are mechanical utility models
    ['CN215951056U', '一种机器视觉定位摄像头固定组件', ['F16M']],
    ['CN215951353U', '一种用于机器视觉的条形光源新型散热结构', ['F21V']],
  ])('%s %s is not AI', (id, title, codes) => {
    expect(categories(doc(id, title, codes))).toEqual([]);
  });

  it('puts well under 2 % of the titles far from computing in the root', () => {
    const file = path.resolve(repoRoot, '../shared/data/cn-titles-ipc/oof_predictions.csv');
    const rows = parse(readFileSync(file), { columns: true, bom: true }) as Record<string, string>[];
    expect(rows).toHaveLength(9740);
    const near = /^(G06|G10L|H04|G05|G08|G09|G16|B25J|B60W|A61B)/;
    const far = rows.filter((r) => r.true_subclasses_all!.split('|').every((s) => !near.test(s)));
    const inRoot = far.filter((r) =>
      classifier
        .classify(doc(r.publication_numbers!, r.patent_title!, r.true_subclasses_all!.split('|')))
        .some((hit) => hit.categoryId === 'ai'),
    );
    expect(far.length).toBeGreaterThan(6000);
    expect(inRoot.length / far.length).toBeLessThan(0.01);
  });
});

// Titles (and the first abstract sentence where the title alone does not name the domain) copied from
// ../shared/data/ai-text-istat.
describe('techstack on real English AI patents', () => {
  it.each([
    [
      'US-11610100-B2',
      'Accelerator for deep neural networks',
      '',
      ['ai-chips', 'deep-learning', 'foundation', 'model', 'other-application'],
    ],
    [
      'US-11688182-B2',
      'Lane violation detection using convolutional neural networks',
      'Disclosed herein are systems, methods, and devices for detecting traffic lane violations.',
      ['deep-learning', 'model', 'smart-transport'],
    ],
    [
      'US-11966845-B1',
      'Service document generation using large language models',
      '',
      ['intelligent-documents', 'large-models', 'model', 'nlp'],
    ],
    [
      'LU-506201-B1',
      'Fire detection method and system based on deep learning',
      '',
      ['deep-learning', 'model', 'security'],
    ],
    [
      'US-8285619-B2',
      'Stock market prediction using natural language processing',
      '',
      ['model', 'nlp', 'smart-finance'],
    ],
  ])('%s %s', (id, title, abstract, expected) => {
    expect(categories(doc(id, title, [], abstract))).toEqual(['ai', 'application', ...expected].sort());
  });
});
