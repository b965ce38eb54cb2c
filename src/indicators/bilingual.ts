import type { Bilingual, DateBasis } from './indicator-types.js';

/** A sentence in both languages; the zh is written as a Chinese patent analyst says it, not word for word. */
export function bi(en: string, zh: string): Bilingual {
  return { en, zh };
}

/** The year a date basis counts in: "priority year" / "优先权年". */
export const BASIS_YEAR: Record<DateBasis, Bilingual> = {
  priority: bi('priority year', '优先权年'),
  application: bi('application year', '申请年'),
  publication: bi('publication year', '公开年'),
};

/** "a priority year", "an application year". */
export function aYear(basis: DateBasis): string {
  const year = BASIS_YEAR[basis].en;
  return `${/^[aeiou]/.test(year) ? 'an' : 'a'} ${year}`;
}

/** Coverage field of the year-based indicators: units with a year of the date basis. */
export function unitsWithYear(basis: DateBasis): Bilingual {
  return bi(`units with ${aYear(basis)}`, `有${BASIS_YEAR[basis].zh}信息的专利`);
}

/** Why a year-based indicator has nothing to count. */
export function noUnitWithYear(basis: DateBasis): Bilingual {
  return bi(`no unit in scope has ${aYear(basis)}`, `范围内没有专利具有${BASIS_YEAR[basis].zh}信息`);
}
