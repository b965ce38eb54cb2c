import { describe, expect, it } from 'vitest';
import { didYouMean } from './did-you-mean.js';

describe('didYouMean', () => {
  const fields = ['codes', 'keywords', 'require_codes', 'exclude_codes', 'note'];

  it('suggests the closest field, ignoring case and - versus _', () => {
    expect(didYouMean('keyword', fields)).toBe('keywords');
    expect(didYouMean('Exclude-Codes', fields)).toBe('exclude_codes');
    expect(didYouMean('requires_codes', fields)).toBe('require_codes');
  });

  it('suggests nothing when no field is close', () => {
    expect(didYouMean('colour', fields)).toBeNull();
    expect(didYouMean('id', fields)).toBeNull();
  });
});
