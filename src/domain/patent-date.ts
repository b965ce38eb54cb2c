/**
 * Dates as the sources spell them, validated against the calendar.
 * `order` says how to read ambiguous day/month forms (`01/02/03`): PATENTSCOPE and Lens 2015 use dmy.
 */
export type DateOrder = 'ymd' | 'dmy' | 'mdy';
export type DateResult = { ok: true; date: string } | { ok: false; reason: string };

const MIN_YEAR = 1790;
const MAX_YEAR = 2100;

/** Parse a date; empty input gives `{ ok: true, date: '' }`-free `null`, impossible dates an explained failure. */
export function parsePatentDate(raw: string | null | undefined, order: DateOrder = 'ymd'): DateResult | null {
  const text = (raw ?? '').trim();
  if (text === '' || /^(NA|N\/A|NULL|-)$/i.test(text)) return null;
  let m = /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  if (m) return checked(text, +m[1]!, +m[2]!, +m[3]!);
  m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ].*)?$/.exec(text);
  if (m) return checked(text, +m[1]!, +m[2]!, +m[3]!);
  m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})$/.exec(text);
  if (m) {
    const year = m[3]!.length === 2 ? widenYear(+m[3]!) : +m[3]!;
    const [day, month] = order === 'mdy' ? [+m[2]!, +m[1]!] : [+m[1]!, +m[2]!];
    return checked(text, year, month, day);
  }
  return { ok: false, reason: `not a date: "${text}"` };
}

function widenYear(yy: number): number {
  const pivot = (new Date().getUTCFullYear() % 100) + 1;
  return yy <= pivot ? 2000 + yy : 1900 + yy;
}

function checked(text: string, year: number, month: number, day: number): DateResult {
  if (year < MIN_YEAR || year > MAX_YEAR)
    return { ok: false, reason: `impossible date "${text}": year ${year}` };
  if (month < 1 || month > 12) return { ok: false, reason: `impossible date "${text}": month ${month}` };
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > last) return { ok: false, reason: `impossible date "${text}": day ${day}` };
  return { ok: true, date: `${year}-${pad(month)}-${pad(day)}` };
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** Parse a date field for a record: the ISO date, or null with a warning naming the field when impossible. */
export function dateField(
  raw: string | null | undefined,
  field: string,
  warnings: { field: string; reason: string }[],
  order: DateOrder = 'ymd',
): string | null {
  const result = parsePatentDate(raw, order);
  if (result === null) return null;
  if (result.ok) return result.date;
  warnings.push({ field, reason: result.reason });
  return null;
}
