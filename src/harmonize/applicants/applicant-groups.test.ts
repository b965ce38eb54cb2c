import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PatlasError } from '../../domain/patlas-error.js';
import { loadApplicantGroups } from './applicant-groups.js';
import { applicantMatchKey } from './applicant-match-key.js';

const groups = loadApplicantGroups();
const groupOf = (name: string): string | undefined => groups.groupOf(applicantMatchKey(name))?.id;

describe('the shipped applicant groups', () => {
  it('loads with its version and the groups the issue asks for', () => {
    expect(groups.version).toBe('1.0.0');
    const ids = groups.groups.map((group) => group.id);
    for (const id of [
      'baidu',
      'tencent',
      'huawei',
      'alibaba',
      'state-grid',
      'cas',
      'tsinghua',
      'ibm',
      'alphabet',
    ]) {
      expect(ids).toContain(id);
    }
  });

  it('puts every Baidu entity in baidu, in Chinese and English spellings', () => {
    for (const name of [
      '百度在线网络技术(北京)有限公司',
      '北京百度网讯科技有限公司',
      'BAIDU ONLINE NETWORK TECHNOLOGY (BEIJING) CO LTD',
      'BEIJING BAIDU NETCOM SCIENCE TECHNOLOGY CO LTD',
      'Baidu Online Network Technology (Beijing) Co., Ltd.',
      'BAIDU INC', // Top_100_Compviz_China.csv
    ]) {
      expect(groupOf(name), name).toBe('baidu');
    }
  });

  it('matches universities, academies and their institutes', () => {
    expect(groupOf('TSINGHUA UNIVERSITY')).toBe('tsinghua');
    expect(groupOf('清华大学')).toBe('tsinghua');
    expect(groupOf('中国科学院自动化研究所')).toBe('cas');
    // HAN name in cn-inventors-patstat, matched by the key suffix.
    expect(groupOf('DALIAN INSTITUTE OF CHEMICAL PHYSICS CHINESE ACADEMY OF SCIENCES')).toBe('cas');
    expect(groupOf('国网浙江省电力有限公司')).toBe('state-grid');
  });

  it('keeps look-alike names out', () => {
    expect(groupOf('京东方科技集团股份有限公司')).toBe('boe');
    expect(groupOf('BOEHRINGER INGELHEIM INT GMBH')).toBeUndefined();
    expect(groupOf('ZHEJIANG UNIVERSITY OF TECHNOLOGY')).toBeUndefined();
    expect(groupOf('广东省科学院')).toBeUndefined();
  });
});

describe('loadApplicantGroups on a user file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'patlas-groups-'));
  const write = (text: string): string => {
    const file = join(dir, `groups-${Math.random().toString(36).slice(2)}.yaml`);
    writeFileSync(file, text);
    return file;
  };
  const failure = (file: string): PatlasError => {
    try {
      loadApplicantGroups(file);
    } catch (error) {
      if (error instanceof PatlasError) return error;
    }
    throw new Error('expected a PatlasError');
  };

  it('reports every schema problem as file: path: reason', () => {
    const file = write(
      'version: "1"\ngroups:\n  - id: Bad Id\n    name: { en: X }\n    country: CHN\n    entities: [X CO LTD]\n',
    );
    const error = failure(file);
    expect(error.code).toBe('bad-mapping');
    expect(error.message).toContain(`${file}: groups.0.id:`);
    expect(error.message).toContain(`${file}: groups.0.name.zh:`);
    expect(error.message).toContain(`${file}: groups.0.country:`);
  });

  it('refuses one entity in two groups', () => {
    const file = write(
      [
        'version: "1"',
        'groups:',
        '  - { id: a, name: { en: A, zh: A }, country: CN, entities: [ACME CO LTD] }',
        '  - { id: b, name: { en: B, zh: B }, country: CN, entities: [ACME LIMITED] }',
      ].join('\n'),
    );
    expect(failure(file).message).toContain(
      'groups.1.entities.0: "ACME LIMITED" (key ACME) is already in group a',
    );
  });
});
