import { seededRandom, shuffleInPlace } from './seeded-random.js';

export interface HoldoutSplit {
  train: number[];
  heldOut: number[];
}

/**
 * A stratified, seeded hold-out: `fraction` of the positives and of the negatives (rounded, at least one of
 * each class when the class has two or more examples) are held out; indices come back in ascending order.
 */
export function splitHoldout(labels: ArrayLike<0 | 1>, fraction: number, seed: number): HoldoutSplit {
  const random = seededRandom(seed);
  const heldOut: number[] = [];
  for (const label of [1, 0] as const) {
    const members: number[] = [];
    for (let i = 0; i < labels.length; i += 1) if (labels[i] === label) members.push(i);
    shuffleInPlace(members, random);
    let n = Math.round(members.length * fraction);
    if (fraction > 0 && n === 0 && members.length >= 2) n = 1;
    heldOut.push(...members.slice(0, n));
  }
  heldOut.sort((a, b) => a - b);
  const held = new Set(heldOut);
  const train: number[] = [];
  for (let i = 0; i < labels.length; i += 1) if (!held.has(i)) train.push(i);
  return { train, heldOut };
}
