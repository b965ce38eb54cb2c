import { describe, expect, it } from 'vitest';
import { documentTokens } from './document-tokens.js';
import { extractFeatures, hashTokens } from './extract-features.js';
import { DEFAULT_FEATURE_RECIPE as RECIPE } from './feature-recipe.js';

// Title and abstract of US-7849036-B2, istat sample_update_split part 1, row 1 (abstract shortened).
const DOC = {
  title:
    'Method for monitoring a decision-making process when pursuing an objective in economic, technical, and organizational fields ',
  abstract:
    'A method for controlling a decisional process when pursuing an aim in a specific application domain, such as economic, technical, and organizational fields. In the process, a system of agents is created, including creator cognitive agents of portable knowledge objects and constructor agents of knowledge objects by adding supplementary knowledge elements to the knowledge objects created.',
  codes: ['G06N 5/04'],
};

describe('extractFeatures', () => {
  it('gives a unit-length vector with distinct buckets', () => {
    const v = extractFeatures(DOC, RECIPE);
    let norm = 0;
    for (const x of v.values) norm += x * x;
    expect(norm).toBeCloseTo(1, 5);
    expect(new Set(v.indices).size).toBe(v.indices.length);
    for (const i of v.indices) expect(i).toBeLessThan(2 ** RECIPE.bits);
  });

  it('weighs a token by log(1 + count) before normalising', () => {
    const counts = documentTokens(DOC, RECIPE);
    // "knowledge" occurs 4 times in the abstract, "cognitive" once.
    expect(counts.get('w:knowledge')).toBe(4);
    expect(counts.get('w:cognitive')).toBe(1);
    const hashed = hashTokens(counts, RECIPE);
    const knowledge = hashed.find((t) => t.token === 'w:knowledge')!;
    const cognitive = hashed.find((t) => t.token === 'w:cognitive')!;
    expect(Math.abs(knowledge.value) / Math.abs(cognitive.value)).toBeCloseTo(Math.log(5) / Math.log(2), 6);
  });

  it('is the same vector every time, and empty for a document without text or codes', () => {
    const a = extractFeatures(DOC, RECIPE);
    const b = extractFeatures({ ...DOC }, RECIPE);
    expect([...a.indices]).toEqual([...b.indices]);
    expect([...a.values]).toEqual([...b.values]);
    expect(extractFeatures({ title: ' -- ', codes: [] }, RECIPE).indices).toHaveLength(0);
  });

  it('keeps code features apart from words', () => {
    const withCode = extractFeatures(DOC, RECIPE);
    const withoutCode = extractFeatures({ ...DOC, codes: [] }, RECIPE);
    expect(withCode.indices.length - withoutCode.indices.length).toBe(2);
  });
});
