import { describe, expect, it } from 'vitest';
import { binaryMetrics } from './binary-metrics.js';
import { splitHoldout } from './split-holdout.js';

describe('splitHoldout', () => {
  const labels = [...Array<0 | 1>(30).fill(1), ...Array<0 | 1>(70).fill(0)];

  it('holds out the same share of each class, disjoint from training, the same for the same seed', () => {
    const split = splitHoldout(labels, 0.2, 1);
    expect(split.heldOut.filter((i) => labels[i] === 1)).toHaveLength(6);
    expect(split.heldOut.filter((i) => labels[i] === 0)).toHaveLength(14);
    expect(new Set([...split.train, ...split.heldOut]).size).toBe(100);
    expect(splitHoldout(labels, 0.2, 1)).toEqual(split);
    expect(splitHoldout(labels, 0.2, 2).heldOut).not.toEqual(split.heldOut);
  });

  it('holds out nothing at 0 and at least one of a class of two or more', () => {
    expect(splitHoldout(labels, 0, 1).heldOut).toEqual([]);
    expect(splitHoldout([1, 1, 0, 0, 0], 0.1, 1).heldOut).toHaveLength(2);
  });
});

describe('binaryMetrics', () => {
  it('counts the confusion matrix at the threshold and derives precision, recall and F1', () => {
    const scores = [0.9, 0.8, 0.4, 0.6, 0.1, 0.5];
    const labels = [1, 1, 1, 0, 0, 0] as const;
    const m = binaryMetrics(scores, labels, 0.5);
    expect(m.confusion).toEqual({ tp: 2, fn: 1, fp: 2, tn: 1 });
    expect(m.precision).toBeCloseTo(0.5);
    expect(m.recall).toBeCloseTo(2 / 3);
    expect(m.f1).toBeCloseTo((2 * 0.5 * (2 / 3)) / (0.5 + 2 / 3));
    expect(binaryMetrics([0.1], [1], 0.5)).toMatchObject({ precision: 0, recall: 0, f1: 0 });
  });
});
