import { describe, expect, it } from 'vitest';
import { dateField, parsePatentDate } from './patent-date.js';

describe('parsePatentDate', () => {
  it.each([
    ['20180420', 'ymd', '2018-04-20'],
    ['2018-04-20', 'ymd', '2018-04-20'],
    ['1995-8-25', 'ymd', '1995-08-25'],
    ['2004-10-01T23:59:59.000Z', 'ymd', '2004-10-01'],
    ['21.08.2009', 'dmy', '2009-08-21'],
    ['25/04/13', 'dmy', '2013-04-25'],
    ['04/25/2013', 'mdy', '2013-04-25'],
    ['2020-02-29', 'ymd', '2020-02-29'],
  ] as const)('%s (%s) -> %s', (raw, order, expected) => {
    expect(parsePatentDate(raw, order)).toEqual({ ok: true, date: expected });
  });

  it.each(['00000000', '2019-02-30', '2019-13-01', '2019-02-29', '0001-01-01', 'yesterday'])(
    'explains why %s is not a date',
    (raw) => {
      const result = parsePatentDate(raw);
      expect(result?.ok).toBe(false);
      expect(result && !result.ok && result.reason).toContain(raw);
    },
  );

  it('treats empty and NA as missing, not wrong', () => {
    expect(parsePatentDate('')).toBeNull();
    expect(parsePatentDate('NA')).toBeNull();
  });

  it('records a warning for an impossible field and keeps going', () => {
    const warnings: { field: string; reason: string }[] = [];
    expect(dateField('2019-02-30', 'applicationDate', warnings)).toBeNull();
    expect(warnings).toEqual([{ field: 'applicationDate', reason: 'impossible date "2019-02-30": day 30' }]);
  });
});
