import type { Bilingual, IndicatorDefinition } from '../indicators/indicator-types.js';
import type { Lang } from './chart-spec.js';

/** The text of a bilingual label in the chart's language. */
export function pick(text: Bilingual, lang: Lang): string {
  return text[lang];
}

/** A category's name as the indicator rows give it (`name` in English, `nameZh` in Chinese). */
export function rowName(row: { name: string; nameZh?: string | null }, lang: Lang): string {
  return lang === 'zh' && row.nameZh ? row.nameZh : row.name;
}

/**
 * Axis name of a count: what one count is. Chinese practice counts families in 项 and documents in 件.
 * Fractional counting is said, since the numbers then have decimals.
 */
export function countAxisName(definition: IndicatorDefinition, lang: Lang): string {
  const unit =
    definition.unit === 'family'
      ? { en: 'Patent families', zh: '专利族（项）' }
      : { en: 'Publications', zh: '公开文本（件）' };
  const fractional = { en: ' (fractional count)', zh: '（分数计数）' };
  return unit[lang] + (definition.counting === 'fractional' ? fractional[lang] : '');
}

export const SHARE_AXIS: Bilingual = { en: 'Share (%)', zh: '占比（%）' };
export const YEAR_AXIS: Bilingual = { en: 'Year', zh: '年份' };

/** What the year axis counts by (the date basis). */
export function yearAxisName(definition: IndicatorDefinition, lang: Lang): string {
  const basis: Record<string, Bilingual> = {
    priority: { en: 'Priority year', zh: '最早优先权年' },
    application: { en: 'Application year', zh: '申请年' },
    publication: { en: 'Publication year', zh: '公开年' },
  };
  return definition.dateBasis ? (basis[definition.dateBasis]?.[lang] ?? YEAR_AXIS[lang]) : YEAR_AXIS[lang];
}

/** "2015–2016: incomplete (18-month publication lag)" for the years after the last complete year. */
export function incompleteNote(first: number, last: number, lang: Lang): string {
  const span = first === last ? `${first}` : `${first}–${last}`;
  return lang === 'zh'
    ? `${span}年数据不完整（公开滞后约18个月）`
    : `${span}: incomplete (18-month publication lag)`;
}

/** "Complete years" legend entry beside the hatched one. */
export const COMPLETE_YEARS: Bilingual = { en: 'Complete years', zh: '完整年份' };

/** A number for a label: integers stay integers, fractional counts and shares keep one decimal. */
export function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

/** A share (0..1) as a percentage with one decimal. */
export function percent(share: number): number {
  return round1(share * 100);
}
