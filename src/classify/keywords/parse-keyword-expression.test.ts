import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseKeywordExpression } from './parse-keyword-expression.js';

const QUERY = new URL(
  '../../../../shared/data/reference/wipo2019_ai_query_cset_adaptation.json',
  import.meta.url,
);

type CategoryRules = Record<string, { title_abstract_keywords?: string[] }>;
type Query = {
  ai_universe_keywords: string[];
  ai_techniques: CategoryRules;
  functional_applications: CategoryRules;
  application_fields: CategoryRules;
};

const query = JSON.parse(readFileSync(QUERY, 'utf8')) as Query;
const categoryKeywords = [
  query.ai_techniques,
  query.functional_applications,
  query.application_fields,
].flatMap((dimension) =>
  Object.values(dimension).flatMap((category) => category.title_abstract_keywords ?? []),
);
const term = (word: string, truncated = false) => ({ kind: 'term', word, truncated });

describe('parseKeywordExpression on the WIPO 2019 / CSET query', () => {
  it('has the 12 universe expressions and the category keywords to parse', () => {
    expect(query.ai_universe_keywords).toHaveLength(12);
    expect(categoryKeywords).toContain('Knowledge(-)graph*');
  });

  it.each(query.ai_universe_keywords)('parses universe expression %s', (expression) => {
    expect(() => parseKeywordExpression(expression)).not.toThrow();
  });

  it.each(categoryKeywords)('parses category keyword %s', (expression) => {
    expect(() => parseKeywordExpression(expression)).not.toThrow();
  });

  it('reads proximity left to right, with its direction and truncation', () => {
    expect(parseKeywordExpression('support +1w vector +1w machine*')).toEqual({
      kind: 'near',
      left: { kind: 'near', left: term('support'), right: term('vector'), distance: 1, ordered: true },
      right: term('machine', true),
      distance: 1,
      ordered: true,
    });
    expect(parseKeywordExpression('machine* /1w learn*')).toEqual({
      kind: 'near',
      left: term('machine', true),
      right: term('learn', true),
      distance: 1,
      ordered: false,
    });
  });

  it('reads (?) and (-) joiners as compounds, lower-cased', () => {
    expect(parseKeywordExpression('Support(?)Vector(?)Machin*')).toEqual({
      kind: 'compound',
      parts: [term('support'), term('vector'), term('machin', true)],
    });
    expect(parseKeywordExpression('Knowledge(-)graph*')).toEqual({
      kind: 'compound',
      parts: [term('knowledge'), term('graph', true)],
    });
    expect(parseKeywordExpression('SVM')).toEqual(term('svm'));
  });

  it('binds proximity tighter than NOT, NOT tighter than AND, AND tighter than OR', () => {
    expect(parseKeywordExpression('"neural network*" OR deep +1w learn* AND NOT quantum')).toEqual({
      kind: 'or',
      operands: [
        { kind: 'phrase', words: [term('neural'), term('network', true)] },
        {
          kind: 'and',
          operands: [
            { kind: 'near', left: term('deep'), right: term('learn', true), distance: 1, ordered: true },
            { kind: 'not', operand: term('quantum') },
          ],
        },
      ],
    });
    expect(parseKeywordExpression('fuzzy* not (fuzzy +1w search*)')).toMatchObject({
      kind: 'and',
      operands: [term('fuzzy', true), { kind: 'not', operand: { kind: 'near' } }],
    });
    expect(parseKeywordExpression('(neural OR deep) +2w net*')).toMatchObject({ kind: 'near', distance: 2 });
    expect(parseKeywordExpression('neural-net*')).toEqual({
      kind: 'phrase',
      words: [term('neural'), term('net', true)],
    });
  });

  it.each([
    ['neural network', /"neural network".*"network" follows without an operator.*character 8/],
    ['neural +1w', /ends where a word was expected at character 11/],
    ['(neural OR deep', /missing "\)" at character 16/],
    ['neural)', /unbalanced "\)" at character 7/],
    ['neural +w net', /"\+" must start a proximity operator.*character 8/],
    ['neural +0w net', /at least 1 at character 8/],
    ['ne*ural', /"ne\*ural" is not a word.*character 1/],
    ['"neural net', /quoted phrase is not closed at character 1/],
    ['(a AND b) +1w c', /AND \/ NOT cannot stand beside a proximity operator at character 1/],
    ['a OR NOT', /ends where a word was expected at character 9/],
    ['NOT neural', /only excludes/],
    ['neural & net', /unexpected character "&" at character 8/],
    ['', /ends where a word was expected at character 1/],
  ])('rejects %j with the expression and the position', (expression, message) => {
    expect(() => parseKeywordExpression(expression)).toThrow(message);
    expect(() => parseKeywordExpression(expression)).toThrow(
      expect.objectContaining({ code: 'bad-mapping' }),
    );
  });
});
