import { beforeAll, describe, expect, it } from 'vitest';
import type { ColumnMapping } from './column-mapping.js';
import { headerKey } from './header-key.js';
import { matchMapping } from './match-mapping.js';
import { loadShippedMappings } from './shipped-mappings.js';

let mappings: ColumnMapping[];
beforeAll(async () => {
  mappings = await loadShippedMappings();
});
const id = (header: string[]) => matchMapping(header, mappings)?.id ?? null;

describe('matchMapping', () => {
  it('recognises incoPat headers with ASCII or full-width parentheses', () => {
    expect(id(['序号', '标题', '公开(公告)号', '申请人', 'IPC主分类'])).toBe('incopat-zh');
    expect(id(['标题 (中文)', '公开（公告）号', '申请人', '发明人'])).toBe('incopat-zh');
  });

  it('recognises PatSnap headers by their applicant column', () => {
    expect(id(['公开(公告)号', '标题', '[标]当前申请(专利权)人', '简单法律状态'])).toBe('patsnap-zh');
    expect(id(['公开(公告)号', '申请(专利权)人', 'IPC分类号'])).toBe('patsnap-zh');
  });

  it('recognises the generic English header regardless of case and spacing', () => {
    expect(id(['publication number', 'TITLE', 'Abstract'])).toBe('generic-en');
  });

  it('returns null when no mapping has all its required columns', () => {
    expect(id(['公开(公告)号', '标题'])).toBe(null);
    expect(id(['patent_id', 'patent_title'])).toBe(null);
  });

  it('prefers the mapping with more required columns when several match', () => {
    const loose = { ...mappings[0]!, id: 'loose', detect: { requiredColumns: ['Title'] } };
    expect(matchMapping(['Publication Number', 'Title'], [loose, ...mappings])?.id).toBe('generic-en');
  });
});

describe('headerKey', () => {
  it('folds full-width forms, spaces and Latin case', () => {
    expect(headerKey('公开（公告）号')).toBe(headerKey('公开(公告)号'));
    expect(headerKey('\uFEFF Publication  Number ')).toBe('publicationnumber');
  });
});
