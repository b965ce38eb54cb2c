import { describe, expect, it } from 'vitest';
import { cagr, logLinearGrowth } from './growth-rates.js';

describe('cagr', () => {
  it('is (N_end / N_start)^(1 / (end - start)) - 1', () => {
    // Doubling every year for 3 years: 100 -> 800.
    expect(cagr(2017, 2020, 100, 800)).toBeCloseTo(1, 12);
    // CIC 2024 style: 2017-2023 (exponent 1/6), 1,000 -> 8,600 is about 43.1 % a year.
    expect(cagr(2017, 2023, 1000, 8600)).toBeCloseTo(8.6 ** (1 / 6) - 1, 12);
    expect(cagr(2017, 2023, 1000, 8600)).toBeGreaterThan(0.43);
  });

  it('is null for a zero start or an empty window', () => {
    expect(cagr(2017, 2020, 0, 10)).toBeNull();
    expect(cagr(2020, 2020, 5, 5)).toBeNull();
  });
});

describe('logLinearGrowth', () => {
  it('recovers a constant growth rate exactly', () => {
    const points = [0, 1, 2, 3, 4].map((i) => ({ year: 2010 + i, count: 50 * 1.25 ** i }));
    expect(logLinearGrowth(points)).toBeCloseTo(0.25, 12);
  });

  it('leaves out years without units and needs two years', () => {
    expect(
      logLinearGrowth([
        { year: 2010, count: 0 },
        { year: 2011, count: 10 },
      ]),
    ).toBeNull();
    expect(
      logLinearGrowth([
        { year: 2010, count: 10 },
        { year: 2011, count: 0 },
        { year: 2012, count: 40 },
      ]),
    ).toBeCloseTo(1, 12);
  });
});
