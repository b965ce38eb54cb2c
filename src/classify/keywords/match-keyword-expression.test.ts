import { describe, expect, it } from 'vitest';
import { compileExpression } from './match-keyword-expression.js';
import { parseKeywordExpression } from './parse-keyword-expression.js';
import { tokenizeText } from './tokenize-text.js';

const match = (expression: string, text: string) =>
  compileExpression(parseKeywordExpression(expression))(tokenizeText(text));

// Titles and abstract sentences quoted from /work/shared/data/ai-text-istat/sample_update_split.
const US_11900267 =
  'Methods and systems for configuring communication decision trees based on connected positionable elements on canvas. ' +
  'Embodiments relate to configuring artificial-intelligence (AI) decision nodes throughout a communication decision tree.';
const US_7849036 =
  'Method for monitoring a decision-making process when pursuing an objective in economic, technical, and organizational fields';
const US_8543519 =
  'The image analysis server includes a trained learning machine for classification of the images.';
const US_10313352 = 'Phishing detection with machine learning';
const US_7236626 =
  'Systems and methods for object or pattern detection that use a nonlinear support vector (SV) machine are described.';
const US_8489524 =
  'A first support vector machine is learned from the plurality of data batches by a processor.';
const US_6805099 = 'Wavelet-based artificial neural net combustion sensing';
const US_10133938 =
  'a labeler configured to label the first pixel using deep neural network-based model based on probability density function value of the neighboring pixel pairs';
const US_11100292 =
  'Systems and methods for disambiguating a term based on static and temporal knowledge graphs';
const US_10970837 =
  'used to estimate voxel level measures of uncertainty by performing Monte-Carlo (MC) dropout.';

describe('compileExpression: WIPO 2019 universe expressions on istat abstracts', () => {
  it('matches hyphenated and spaced adjacency, with the text as evidence (US-11900267-B2)', () => {
    expect(match('artificial +1w intelligen*', US_11900267)).toEqual({
      matched: true,
      evidence: ['artificial-intelligence'],
    });
    expect(match('decision +1w tree*', US_11900267)).toEqual({
      matched: true,
      evidence: ['decision trees', 'decision tree'],
    });
    expect(match('neural +1w net*', US_11900267)).toEqual({ matched: false, evidence: [] });
  });

  it('does not take decision-making for a decision tree (US-7849036-B2)', () => {
    expect(match('decision +1w tree*', US_7849036).matched).toBe(false);
  });

  it('reads /1w in either order and +1w in one order only (US-8543519-B2, US-10313352-B2)', () => {
    expect(match('machine* /1w learn*', US_8543519)).toEqual({
      matched: true,
      evidence: ['learning machine'],
    });
    expect(match('machine* +1w learn*', US_8543519).matched).toBe(false);
    expect(match('machine* /1w learn*', US_10313352)).toEqual({
      matched: true,
      evidence: ['machine learning'],
    });
  });

  it('treats 1w as adjacent words: a word in between breaks it (US-7236626-B2, US-8489524-B2)', () => {
    expect(match('support +1w vector +1w machine*', US_7236626).matched).toBe(false);
    expect(match('support +1w vector +2w machine*', US_7236626)).toEqual({
      matched: true,
      evidence: ['support vector (sv) machine'],
    });
    expect(match('support +1w vector +1w machine*', US_8489524)).toEqual({
      matched: true,
      evidence: ['support vector machine'],
    });
    expect(match('machine* /1w learn*', US_8489524).matched).toBe(false);
    expect(match('machine* /2w learn*', US_8489524)).toEqual({
      matched: true,
      evidence: ['machine is learned'],
    });
  });

  it('truncates on the right only (US-6805099-B2, US-10133938-B2)', () => {
    expect(match('neural +1w net*', US_6805099)).toEqual({ matched: true, evidence: ['neural net'] });
    expect(match('artificial +1w intelligen*', US_6805099).matched).toBe(false);
    expect(match('neural +1w net*', US_10133938)).toEqual({ matched: true, evidence: ['neural network'] });
    expect(match('deep +1w learn*', US_10133938).matched).toBe(false);
    expect(match('neural +1w network', US_10133938).matched).toBe(true);
    expect(match('neural +1w net', US_10133938).matched).toBe(false);
  });
});

describe('compileExpression: category keywords and boolean operators', () => {
  it('matches (?) and (-) compounds as separate or hyphenated words (US-11100292-B2, US-10970837-B2)', () => {
    expect(match('Knowledge(-)graph*', US_11100292)).toEqual({
      matched: true,
      evidence: ['knowledge graphs'],
    });
    expect(match('Monte(?)Carlo', US_10970837)).toEqual({ matched: true, evidence: ['monte-carlo'] });
    expect(match('Support(?)Vector(?)Machin*', US_7236626).matched).toBe(false);
    expect(match('SVM', US_7236626).matched).toBe(false);
    expect(match('Support(?)Vector(?)Machin*', US_8489524).matched).toBe(true);
  });

  it('matches compound parts written together (constructed text: none occurs in the istat sample)', () => {
    expect(match('Neural(?)Net*', 'a neuralnetwork accelerator').evidence).toEqual(['neuralnetwork']);
    expect(match('Support(?)Vector(?)Machin*', 'a supportvector machine').evidence).toEqual([
      'supportvector machine',
    ]);
    expect(match('Support(?)Vector(?)Machin*', 'a support vectormachines').evidence).toEqual([
      'support vectormachines',
    ]);
    expect(match('Neural(?)Net*', 'a neural-ish network').matched).toBe(false);
  });

  it('combines with AND, OR and NOT; NOT gives no evidence (US-10133938-B2)', () => {
    expect(match('neural +1w net* AND NOT deep', US_10133938).matched).toBe(false);
    expect(match('neural +1w net* NOT quantum', US_10133938)).toEqual({
      matched: true,
      evidence: ['neural network'],
    });
    expect(match('(deep +1w learn*) OR "probability density"', US_10133938)).toEqual({
      matched: true,
      evidence: ['probability density'],
    });
    expect(match('pixel AND (deep +1w learn*)', US_10133938)).toEqual({ matched: false, evidence: [] });
    expect(match('(deep OR labeler) +1w neural', US_10133938).evidence).toEqual(['deep neural']);
  });

  it('collects evidence from every matching branch of an OR (US-11900267-B2)', () => {
    const universe = 'artificial +1w intelligen* OR decision +1w tree* OR neural +1w net*';
    expect(match(universe, US_11900267)).toEqual({
      matched: true,
      evidence: ['artificial-intelligence', 'decision trees', 'decision tree'],
    });
  });
});
