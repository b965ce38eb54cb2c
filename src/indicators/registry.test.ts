import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findIndicator, INDICATORS } from './registry.js';

const DOC = readFileSync(new URL('../../docs/indicators.md', import.meta.url), 'utf8');

describe('the indicator registry', () => {
  it('has unique ids, each with a bilingual title and description, documented in docs/indicators.md', () => {
    const ids = INDICATORS.map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const indicator of INDICATORS) {
      expect(indicator.spec.title.zh, indicator.id).toMatch(/\p{Script=Han}/u);
      expect(indicator.spec.description.zh, indicator.id).toMatch(/\p{Script=Han}/u);
      expect(indicator.spec.description.en.length, indicator.id).toBeGreaterThan(20);
      expect(DOC, indicator.id).toContain(`| \`${indicator.id}\` |`);
    }
  });

  it('keeps the ids the issue fixes', () => {
    for (const id of [
      'filing-trend',
      'growth',
      'top-applicants',
      'country-share',
      'applicant-sectors',
      'clusters',
      'co-applicants',
      'innovation-potential',
    ]) {
      expect(findIndicator(id).id).toBe(id);
    }
    expect(() => findIndicator('top-aplicants')).toThrow(/did you mean top-applicants/);
  });
});
