import { describe, expect, it } from 'vitest';
import { lifeCyclePhases } from './life-cycle-phase.js';

const series = (counts: number[], applicants: number[]) =>
  counts.map((count, i) => ({ year: 2000 + i, count, applicants: applicants[i] ?? 0 }));

describe('lifeCyclePhases', () => {
  it('inception while cumulative units are under 10%, then growth, maturity and decline', () => {
    // Cumulative 1, 2, 4 of 200 (< 20) -> inception; rising averages -> growth; flat -> maturity; falling -> decline.
    const counts = [1, 1, 2, 20, 40, 60, 60, 60, 60, 40, 20, 10];
    const applicants = [1, 1, 2, 10, 20, 30, 30, 30, 30, 20, 10, 5];
    expect(counts.reduce((a, b) => a + b)).toBe(374);
    const phases = lifeCyclePhases(series(counts, applicants));
    expect(phases.slice(0, 3)).toEqual(['inception', 'inception', 'inception']);
    expect(phases.slice(4, 6)).toEqual(['growth', 'growth']);
    expect(phases[8]).toBe('maturity');
    expect(phases.slice(10)).toEqual(['decline', 'decline']);
  });

  it('applicants falling while units still grow is maturity (EPO consolidation), not decline', () => {
    const phases = lifeCyclePhases(series([50, 50, 50, 60, 70, 80], [40, 40, 40, 30, 20, 10]));
    expect(phases.slice(3)).toEqual(['maturity', 'maturity', 'maturity']);
  });
});
