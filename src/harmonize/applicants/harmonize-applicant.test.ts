import { describe, expect, it } from 'vitest';
import { loadApplicantGroups } from './applicant-groups.js';
import { createApplicantHarmonizer } from './harmonize-applicant.js';

const harmonize = createApplicantHarmonizer(loadApplicantGroups());

describe('createApplicantHarmonizer', () => {
  it('gives grouped names the group id and English name', () => {
    expect(harmonize('北京百度网讯科技有限公司')).toEqual({
      matchKey: '百度网讯科技',
      groupId: 'baidu',
      displayName: 'Baidu',
      sector: 'company',
    });
  });

  it('falls back to the match key and the readable name without its legal form', () => {
    // HAN name in cn-inventors-patstat.
    expect(harmonize('Generon (Shanghai) Corporation, LTD.')).toEqual({
      matchKey: 'GENERONSHANGHAI',
      groupId: null,
      displayName: 'Generon (Shanghai)',
      sector: 'company',
    });
    expect(harmonize('上海联影医疗科技股份有限公司').displayName).toBe('上海联影医疗科技');
  });

  it('passes the party type to the sector', () => {
    expect(harmonize('Ge, Kunfeng').sector).toBe('individual');
    expect(harmonize('Ge, Kunfeng', 'organization').sector).toBe('company');
  });
});
