import { describe, expect, it } from 'vitest';
import { rankApplicants } from './rank-applicants.js';

const patent = (publicationNumber: string, score: number, ids: string[], origin = 'CN') => ({
  publicationNumber,
  score,
  applicants: ids.map((id) => ({ id, name: id.toUpperCase() })),
  country: 'CN',
  originCountries: [origin],
});

describe('rankApplicants', () => {
  it('sums the best three patents of each applicant; co-owners each get the patent', () => {
    const ranked = rankApplicants([
      patent('P1', 10, ['a']),
      patent('P2', 9, ['b', 'a']),
      patent('P3', 1, ['a']),
      patent('P4', 0.5, ['a'], 'US'),
      patent('P5', 12, ['c']),
    ]);
    // a: 10 + 9 + 1 (P4 is its 4th) = 20; b: 9; c: 12.
    expect(ranked.map((r) => [r.id, r.score, r.matchingPatents])).toEqual([
      ['a', 20, 4],
      ['c', 12, 1],
      ['b', 9, 1],
    ]);
    expect(ranked[0]?.bestPatents).toEqual(['P1', 'P2', 'P3']);
    expect(ranked[0]?.countries).toEqual(['CN', 'US']);
  });
});
