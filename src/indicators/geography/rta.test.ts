import { describe, expect, it } from 'vitest';
import { revealedAdvantage } from './rta.js';

describe('revealedAdvantage', () => {
  // Two countries, two fields, 100 units in all: A has 30 in f1 and 10 in f2, B has 20 in f1 and 40 in f2.
  // By hand: field shares f1 = 50/100, f2 = 50/100; A's shares 30/40 = 0.75 and 0.25 -> RTA 1.5 and 0.5;
  // B's shares 20/60 and 40/60 -> RTA 2/3 and 4/3. RSTA(1.5) = 0.5/2.5 = 0.2.
  const cells = [
    { country: 'A', field: 'f1', count: 30 },
    { country: 'A', field: 'f2', count: 10 },
    { country: 'B', field: 'f1', count: 20 },
    { country: 'B', field: 'f2', count: 40 },
  ];
  const byKey = new Map(revealedAdvantage(cells).map((r) => [`${r.country}/${r.field}`, r]));

  it('divides a country share in a field by the field share of the world', () => {
    expect(byKey.get('A/f1')?.rta).toBeCloseTo(1.5, 12);
    expect(byKey.get('A/f2')?.rta).toBeCloseTo(0.5, 12);
    expect(byKey.get('B/f1')?.rta).toBeCloseTo(2 / 3, 12);
    expect(byKey.get('B/f2')?.rta).toBeCloseTo(4 / 3, 12);
  });

  it('maps RTA to the symmetric RSTA in [-1, 1]', () => {
    expect(byKey.get('A/f1')?.rsta).toBeCloseTo(0.2, 12);
    expect(byKey.get('A/f2')?.rsta).toBeCloseTo(-1 / 3, 12);
  });

  it('fills a missing cell with zero (RTA 0, RSTA -1) and keeps the counts', () => {
    const rows = revealedAdvantage([
      { country: 'A', field: 'f1', count: 2 },
      { country: 'B', field: 'f2', count: 1 },
    ]);
    expect(rows).toHaveLength(4);
    const missing = rows.find((r) => r.country === 'A' && r.field === 'f2');
    expect(missing).toMatchObject({ count: 0, rta: 0, rsta: -1 });
    // A: 2/2 in f1, f1 is 2/3 of the world -> 1.5.
    expect(rows.find((r) => r.country === 'A' && r.field === 'f1')?.rta).toBeCloseTo(1.5, 12);
  });
});
