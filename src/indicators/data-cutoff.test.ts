import { describe, expect, it } from 'vitest';
import { lastCompleteYear } from './data-cutoff.js';

describe('lastCompleteYear (18-month publication lag)', () => {
  it('filing bases: year Y is complete when 30 June Y+2 is covered', () => {
    // Filings of 31 Dec 2024 are published by 30 Jun 2026 at the latest.
    expect(lastCompleteYear('2026-06-30', 'priority')).toBe(2024);
    expect(lastCompleteYear('2026-06-29', 'priority')).toBe(2023);
    expect(lastCompleteYear('2026-12-31', 'application')).toBe(2024);
    expect(lastCompleteYear('2027-06-30', 'application')).toBe(2025);
    // The demo store's cut-off.
    expect(lastCompleteYear('2022-11-23', 'priority')).toBe(2020);
  });

  it('publication basis: only the cut-off year itself can be incomplete', () => {
    expect(lastCompleteYear('2022-11-23', 'publication')).toBe(2021);
    expect(lastCompleteYear('2022-12-31', 'publication')).toBe(2022);
  });

  it('no cut-off, no completeness', () => {
    expect(lastCompleteYear(null, 'priority')).toBeNull();
  });
});
