import { describe, expect, it } from 'vitest';
import { applicantMatchKey } from './applicant-match-key.js';

// Names from ../shared/data (reference/Top_100_Compviz_*.csv, cn-inventors-patstat HAN names) and the
// method documents; expected keys worked out by hand from the Magerman rules (legal form at the end,
// common words, spelling variants, condense to A-Z 0-9).
describe('applicantMatchKey: Latin names (Magerman 2006)', () => {
  it('removes the legal form and the common word it leaves', () => {
    // " CO., LTD." -> " COMPANY" (legal-form table), then COMPANY at the end goes (common words).
    expect(applicantMatchKey('Baidu Online Network Technology (Beijing) Co., Ltd.')).toBe(
      'BAIDUONLINENETWORKTECHNOLOGYBEIJING',
    );
    expect(applicantMatchKey('BAIDU ONLINE NETWORK TECHNOLOGY (BEIJING) CO LTD')).toBe(
      'BAIDUONLINENETWORKTECHNOLOGYBEIJING',
    );
    expect(applicantMatchKey('SIEMENS AKTIENGESELLSCHAFT')).toBe('SIEMENS');
    expect(applicantMatchKey('SIEMENS AG')).toBe('SIEMENS');
    expect(applicantMatchKey('KONINKLIJKE PHILIPS NV')).toBe('KONINKLIJKEPHILIPS');
    expect(applicantMatchKey('ROBERT BOSCH GMBH')).toBe('ROBERTBOSCH');
  });

  it('harmonises spelling variants (TECHNOLOGIES -> TECHNOLOGY) but not abbreviations (TECH)', () => {
    expect(applicantMatchKey('HUAWEI TECHNOLOGIES COMPANY LTD')).toBe('HUAWEITECHNOLOGY');
    expect(applicantMatchKey('HUAWEI TECHNOLOGIES CO., LTD.')).toBe('HUAWEITECHNOLOGY');
    expect(applicantMatchKey('HUAWEI TECH CO LTD')).toBe('HUAWEITECH');
  });

  it('removes KABUSHIKI KAISHA at the start, SGML entities and accents', () => {
    expect(applicantMatchKey('KABUSHIKI KAISHA TOSHIBA')).toBe('TOSHIBA');
    expect(applicantMatchKey('TOSHIBA CORP')).toBe('TOSHIBA');
    expect(applicantMatchKey('AT&AMP;T CORP')).toBe('ATT');
    expect(applicantMatchKey("L'Oréal")).toBe('LOREAL');
    expect(applicantMatchKey('L OREAL SA')).toBe('LOREAL');
  });

  it('applies the PatentsView split rules before the Magerman steps', () => {
    expect(applicantMatchKey('ARIZONA BOARD OF REGENTS ON BEHALF OF ARIZONA STATE UNIVERSITY')).toBe(
      'ARIZONASTATEUNIVERSITY',
    );
    expect(applicantMatchKey('Board of Regents of the University of Texas System')).toBe(
      'THEUNIVERSITYOFTEXASSYSTEM',
    );
    expect(
      applicantMatchKey('The United States of America as represented by the Secretary of the Navy'),
    ).toBe('THENAVY');
    // "as" inside a word never splits.
    expect(applicantMatchKey('Texas Instruments Incorporated')).toBe('TEXASINSTRUMENT');
  });

  it('keeps firms with different distinctive words apart', () => {
    expect(applicantMatchKey('ZHEJIANG UNIVERSITY')).not.toBe(
      applicantMatchKey('ZHEJIANG UNIVERSITY OF TECHNOLOGY'),
    );
    expect(applicantMatchKey('APPLIED GENERICS LTD')).not.toBe(applicantMatchKey('APPLIED GENETICS LTD'));
  });
});

describe('applicantMatchKey: CJK names', () => {
  it('strips the legal form and a bracketed or leading place', () => {
    expect(applicantMatchKey('百度在线网络技术(北京)有限公司')).toBe('百度在线网络技术');
    expect(applicantMatchKey('百度在线网络技术（北京）有限公司')).toBe('百度在线网络技术');
    expect(applicantMatchKey('北京百度网讯科技有限公司')).toBe('百度网讯科技');
    expect(applicantMatchKey('深圳市腾讯计算机系统有限公司')).toBe('腾讯计算机系统');
    expect(applicantMatchKey('京东方科技集团股份有限公司')).toBe('京东方科技');
  });

  it('keeps the place when nothing distinctive would remain, and for universities', () => {
    expect(applicantMatchKey('北京电力有限公司')).toBe('北京电力');
    expect(applicantMatchKey('北京大学')).toBe('北京大学');
    expect(applicantMatchKey('中国科学院自动化研究所')).toBe('中国科学院自动化研究所');
  });

  it('never gives a branch its parent key', () => {
    expect(applicantMatchKey('中国电信股份有限公司北京分公司')).not.toBe(
      applicantMatchKey('中国电信股份有限公司'),
    );
  });

  it('strips Japanese and Korean company forms at either end', () => {
    expect(applicantMatchKey('株式会社日立製作所')).toBe('日立製作所');
    expect(applicantMatchKey('キヤノン株式会社')).toBe('キヤノン');
    expect(applicantMatchKey('삼성전자주식회사')).toBe('삼성전자');
  });

  it('upper-cases Latin letters inside a Chinese name', () => {
    expect(applicantMatchKey('oppo广东移动通信有限公司')).toBe('OPPO广东移动通信');
  });
});
