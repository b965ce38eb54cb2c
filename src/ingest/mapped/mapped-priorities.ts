import type { PriorityClaim } from '../../domain/patent-record.js';
import type { RowValues } from './mapped-values.js';
import type { BoundField } from './resolve-mapping.js';

/**
 * Priority claims from a list of numbers (`JP2008-148514; CN202110123456.7`) and an optional list
 * of dates; the dates pair with the numbers only when both lists have the same length.
 */
export function mappedPriorities(
  values: RowValues,
  numbers: BoundField | undefined,
  dates: BoundField | undefined,
): { priorities: PriorityClaim[]; earliest: string | null } {
  const list = values.list(numbers);
  const parsed = values.dates(dates, 'priorityDate');
  const paired = parsed.all.length === list.length;
  const priorities = list.map((number, i) => ({
    sequence: i + 1,
    country: /^([A-Z]{2})(?=[\s\d])/.exec(number)?.[1] ?? null,
    number,
    date: paired ? (parsed.all[i] ?? null) : null,
  }));
  return { priorities, earliest: parsed.earliest };
}
