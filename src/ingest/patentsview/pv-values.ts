/** A source value with whitespace collapsed; empty strings and `NULL` placeholders become null. */
export function clean(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const text = value.replace(/\s+/g, ' ').trim();
  return text === '' || text.toUpperCase() === 'NULL' ? null : text;
}

/** A non-negative integer count, or null when absent or not a whole number. */
export function count(value: string | null | undefined): number | null {
  const text = clean(value);
  if (text === null || !/^\d+(\.0+)?$/.test(text)) return null;
  return Number.parseInt(text, 10);
}

/** A two-letter country code, upper-cased; anything else is not a code and gives null. */
export function countryCode(value: string | null | undefined): string | null {
  const text = clean(value);
  return text !== null && /^[A-Za-z]{2}$/.test(text) ? text.toUpperCase() : null;
}
