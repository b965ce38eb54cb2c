import { describe, expect, it } from 'vitest';
import type { ClassifiableDocument } from './classifiable-document.js';
import { compileTaxonomy, type LabelHit } from './compile-taxonomy.js';
import { taxonomyFileSchema } from './taxonomy-schema.js';

// A small taxonomy exercising every rule form; the documents are real records.
const taxonomy = taxonomyFileSchema.parse({
  format: 'patlas-taxonomy/1',
  id: 'test-ai',
  version: '1',
  name: { en: 'Test AI', zh: '测试人工智能' },
  sources: ['unit test'],
  root: {
    id: 'ai',
    name: { en: 'AI', zh: '人工智能' },
    generic_terms: { en: ['artificial +1w intelligen*'], zh: ['人工智能'] },
  },
  categories: [
    { id: 'model', name: { en: 'Model layer', zh: '模型层' } },
    {
      id: 'neural-networks',
      parent: 'model',
      name: { en: 'Neural networks', zh: '神经网络' },
      rules: [
        { id: 'nn-codes', codes: ['G06N3'] },
        { id: 'nn-terms', keywords: { en: ['neural +1w net*'], zh: ['神经网络'] } },
      ],
    },
    {
      id: 'recommendation',
      parent: 'model',
      name: { en: 'Recommendation', zh: '推荐' },
      rules: [
        {
          id: 'recommend-with-ai',
          keywords: { zh: [{ term: '推荐', exclude: ['推荐使用'] }] },
          require_codes: ['G06N'],
        },
      ],
    },
    { id: 'application', name: { en: 'Applications', zh: '应用层' } },
    {
      id: 'fraud',
      parent: 'application',
      scope: 'root',
      name: { en: 'Fraud detection', zh: '欺诈识别' },
      rules: [{ id: 'fraud-terms', keywords: { en: ['fraud*'], zh: ['欺诈'] }, exclude_codes: ['A01'] }],
    },
    {
      id: 'other-application',
      parent: 'application',
      scope: 'root',
      fallback: true,
      name: { en: 'Other applications', zh: '其他应用' },
    },
  ],
});

const classifier = compileTaxonomy(taxonomy);

function document(
  publicationNumber: string,
  title: string,
  codes: string[],
  abstract = '',
): ClassifiableDocument {
  return {
    publicationNumber,
    texts: { title: [title], abstract: abstract ? [abstract] : [], claims: [] },
    codes,
  };
}

function labels(hits: LabelHit[]): string[] {
  return hits.map((h) => `${h.categoryId}<-${h.method}:${h.ruleId ?? ''}`);
}

describe('compileTaxonomy', () => {
  it('puts a CN title with 神经网络 and G06N in the category, its parent and the root (CN113919493A)', () => {
    // cn-titles-ipc: 一种基于神经网络模型的欺诈行为分析系统, subclasses G06N|G06Q
    const hits = classifier.classify(
      document('CN113919493A', '一种基于神经网络模型的欺诈行为分析系统', ['G06N', 'G06Q']),
    );
    // the bare subclass G06N is not inside the main group G06N3, so only the words count
    expect(labels(hits)).toEqual([
      'neural-networks<-rule:nn-terms',
      'ai<-child:neural-networks',
      'fraud<-rule:fraud-terms',
      'model<-child:neural-networks',
      'application<-child:fraud',
    ]);
    expect(hits[0]!.evidence).toEqual([{ field: 'title', text: '神经网络' }]);
  });

  it('needs the required code: 推荐 with G06N counts, 推荐 without it does not (CN113901796A, CN114240567A)', () => {
    const withAi = classifier.classify(
      document('CN113901796A', '基于人工智能的话题推荐方法、装置、设备及存储介质', ['G06F', 'G06N']),
    );
    expect(labels(withAi)).toContain('recommendation<-rule:recommend-with-ai');
    expect(labels(withAi)).toContain('ai<-generic:generic-terms');
    // no AI anywhere: not in the root, so no fallback application either
    const plain = classifier.classify(document('CN114240567A', '推荐方法、装置、设备及存储介质', ['G06Q']));
    expect(plain).toEqual([]);
  });

  it('gives a root publication with no application the fallback (istat US-9961516-B1)', () => {
    const hits = classifier.classify(
      document(
        'US9961516B1',
        'System and method for obtaining supplemental information in group communication using artificial intelligence',
        [],
      ),
    );
    expect(labels(hits)).toEqual([
      'ai<-generic:generic-terms',
      'other-application<-fallback:',
      'application<-child:other-application',
    ]);
    expect(hits[0]!.evidence).toEqual([{ field: 'title', text: 'artificial intelligence' }]);
  });

  it('does not assign a scope-root category outside the root', () => {
    // CN114081026A (A01M|G06F|H02G) has no AI term; a made-up "fraud" title without AI stays unlabelled.
    expect(classifier.classify(document('X1', 'fraud detection system', ['G06Q40/02']))).toEqual([]);
  });

  it('reads English terms inside Chinese text and honours exclusions', () => {
    const hits = classifier.classify(document('X2', '一种基于Neural-Network的推荐使用方法', ['G06N3/08']));
    expect(labels(hits)).toContain('neural-networks<-rule:nn-terms');
    expect(hits.find((h) => h.ruleId === 'nn-codes')?.evidence).toEqual([
      { field: 'codes', text: 'G06N3/08' },
    ]);
    expect(labels(hits)).not.toContain('recommendation<-rule:recommend-with-ai');
  });
});
