import type { Lang } from '../../charts/chart-spec.js';

/** Numbers as the report prints them in one language (zh-CN and en-US both group thousands with commas). */
export interface NumberFormat {
  /** Counts: whole numbers as they are, fractional counts with one decimal. */
  count(n: number): string;
  /** A share 0-1 as a percentage with one decimal. */
  share(share: number): string;
  /** Any other value with up to `digits` decimals. */
  decimal(n: number, digits?: number): string;
  date(date: Date): string;
}

export function numberFormat(lang: Lang): NumberFormat {
  const locale = lang === 'zh' ? 'zh-CN' : 'en-US';
  const whole = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const oneDecimal = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const percent = new Intl.NumberFormat(locale, {
    style: 'percent',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
  return {
    count: (n) => (Number.isInteger(n) ? whole.format(n) : oneDecimal.format(n)),
    share: (share) => percent.format(share),
    decimal: (n, digits = 2) => new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(n),
    date: (date) => date.toISOString().slice(0, 10),
  };
}
