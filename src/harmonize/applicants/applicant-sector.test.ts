import { describe, expect, it } from 'vitest';
import { applicantSector } from './applicant-sector.js';

// Names from ../shared/data (cn-inventors-patstat HAN names with their PSN sector, Top_100_Compviz_*.csv).
describe('applicantSector', () => {
  it('recognises personal names', () => {
    expect(applicantSector('Ge, Kunfeng')).toBe('individual');
    expect(applicantSector('LIN XIANGYI')).toBe('individual');
    expect(applicantSector('Pittman, Jr., Charles U.')).toBe('individual');
    expect(applicantSector('张伟')).toBe('individual');
  });

  it('finds universities in several languages', () => {
    expect(applicantSector('TSINGHUA UNIVERSITY')).toBe('university');
    expect(applicantSector('清华大学')).toBe('university');
    expect(applicantSector('HARBIN INSTITUTE OF TECHNOLOGY')).toBe('university');
    expect(applicantSector('Technische Universität München')).toBe('university');
    expect(applicantSector('서울대학교산학협력단')).toBe('university');
  });

  it('finds research institutes, with a legal form making a company', () => {
    expect(applicantSector('中国科学院自动化研究所')).toBe('research-institute');
    expect(applicantSector('DALIAN INSTITUTE OF CHEMICAL PHYSICS CHINESE ACADEMY OF SCIENCES')).toBe(
      'research-institute',
    );
    expect(applicantSector('FRAUNHOFER-GESELLSCHAFT ZUR FÖRDERUNG DER ANGEWANDTEN FORSCHUNG E.V.')).toBe(
      'research-institute',
    );
    expect(applicantSector('HONG KONG APPLIED SCIENCE & TECH RESEARCH INSTITUTE CO LTD')).toBe('company');
  });

  it('treats State Grid as a company and a university hospital as a hospital', () => {
    expect(applicantSector('STATE GRID CORP OF CHINA')).toBe('company');
    expect(applicantSector('国家电网有限公司')).toBe('company');
    expect(applicantSector('Seoul National University Hospital')).toBe('hospital');
    expect(applicantSector('北京协和医院')).toBe('hospital');
  });

  it('finds government bodies', () => {
    expect(applicantSector('The United States of America as represented by the Secretary of the Navy')).toBe(
      'government',
    );
    expect(applicantSector('MINISTRY OF DEFENCE')).toBe('government');
  });

  it('lets the source party type decide between person and organisation', () => {
    expect(applicantSector('BBK ELECTRONICS')).toBe('company');
    expect(applicantSector('Apple', 'organization')).toBe('company');
    expect(applicantSector('Acme', 'individual')).toBe('individual');
    expect(applicantSector('Tim Cook', 'organization')).toBe('company');
    expect(applicantSector('UNASSIGNED')).toBe('unknown');
  });
});
