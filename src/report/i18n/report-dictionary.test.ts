import { describe, expect, it } from 'vitest';
import { en } from './en.js';
import { numberFormat } from './number-format.js';
import { zh } from './zh.js';

type Tree = { [key: string]: unknown };

/** Every leaf path of a dictionary with its kind ('string' or 'function'). */
function leaves(value: unknown, path = ''): Map<string, string> {
  const out = new Map<string, string>();
  if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value as Tree)) {
      for (const [p, kind] of leaves(v, path ? `${path}.${k}` : k)) out.set(p, kind);
    }
  } else out.set(path, typeof value);
  return out;
}

const HAN = /\p{Script=Han}/u;

describe('report dictionaries', () => {
  it('en and zh have the same keys, each a non-empty string or a function in both', () => {
    const a = leaves(en);
    const b = leaves(zh);
    expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
    for (const [path, kind] of a) expect(b.get(path), path).toBe(kind);
  });

  it('every zh sentence and label is written in Chinese (Han characters), none left in English', () => {
    const english = new Set(['htmlLang', 'lang', 'definition.separator', 'definition.colon']);
    for (const [path, kind] of leaves(zh)) {
      if (kind !== 'string' || english.has(path)) continue;
      const value = path.split('.').reduce<unknown>((o, k) => (o as Tree)[k], zh) as string;
      expect(value.length, path).toBeGreaterThan(0);
      if (!/^(measures\.(cr4|cr10|hhi)|columns\.rta)$/.test(path)) expect(value, path).toMatch(HAN);
    }
    expect(zh.findings.cagr(2014, 2019, '12.0%', '53', '164')).toBe(
      '2014年至2019年专利申请量年均增长率为12.0%（由每年53件增至164件，仅计完整年份）。',
    );
  });

  it('uses the analyst terms: 专利申请, 公开, 授权, 有效, 审中, 年均增长率, 申请人, 创新主体, 同族, 优先权', () => {
    const all =
      JSON.stringify(zh) +
      Object.values(zh.findings)
        .map((f) => f('A', 'B', 'C', 'D', 'E'))
        .join('');
    for (const term of [
      '专利申请',
      '公开',
      '授权',
      '有效',
      '审中',
      '年均增长率',
      '申请人',
      '创新主体',
      '同族',
      '优先权',
    ]) {
      expect(all, term).toContain(term);
    }
  });

  it('formats numbers per language', () => {
    expect(numberFormat('en').count(12345)).toBe('12,345');
    expect(numberFormat('zh').count(12345.67)).toBe('12,345.7');
    expect(numberFormat('en').share(0.1234)).toBe('12.3%');
    expect(numberFormat('zh').share(0.5)).toBe('50.0%');
  });
});
