import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { type MatchResult, matchNeed } from '../../src/search/match/match-need.js';
import { openStore } from '../../src/store/open-store.js';
import { lastJson, runCli, SHARED_DATA } from '../helpers/run-cli.js';

// A small real store: the first 400 Chinese titles of cn-titles-ipc and the 8 English Lens records (with
// abstracts, applicants, CPC and legal status); the expectations are read from those files below.
const CN_SOURCE = join(SHARED_DATA, 'cn-titles-ipc/oof_predictions.csv');
const LENS_SOURCE = join(SHARED_DATA, 'lens/lens_current_layout_8_records.csv');
const dir = mkdtempSync(join(tmpdir(), 'patlas-match-'));
const db = join(dir, 'match.duckdb');
const cnFile = join(dir, 'cn-titles-400.csv');

interface CnRow {
  publication_numbers: string;
  patent_title: string;
}
interface LensRow {
  Title: string;
  Applicants: string;
  'Legal Status': string;
}
let cnRows: CnRow[] = [];
let lensRows: LensRow[] = [];
let inserted = 0;

beforeAll(async () => {
  const lines = readFileSync(CN_SOURCE, 'utf8').split('\n');
  writeFileSync(cnFile, `${lines.slice(0, 401).join('\n')}\n`);
  cnRows = parse(readFileSync(cnFile), { columns: true, bom: true }) as CnRow[];
  lensRows = parse(readFileSync(LENS_SOURCE), { columns: true, bom: true }) as LensRow[];
  const ingest = await runCli(['ingest', cnFile, LENS_SOURCE, '--db', db, '--json']);
  inserted = lastJson<{ inserted: number }>(ingest).inserted;
  expect(inserted).toBeGreaterThan(400);
});

const match = async (need: string, top = 20) => {
  const result = await runCli(['match', '--db', db, need, '--top', String(top), '--json']);
  expect(result.code, result.stderr).toBe(0);
  return { result, json: lastJson<MatchResult>(result) };
};

describe('patlas index and patlas match', () => {
  it('refuses to match before the index exists, saying how to build it', async () => {
    const result = await runCli(['match', '--db', db, '无人机', '--json']);
    expect(result.code).toBe(1);
    const { error } = JSON.parse(result.stderr.trim()) as { error: { code: string; hint: string } };
    expect(error.code).toBe('store-error');
    expect(error.hint).toContain('patlas index');
  });

  it('indexes every stored publication (each has a title in these sources)', async () => {
    const result = await runCli(['index', '--db', db, '--json']);
    expect(result.code, result.stderr).toBe(0);
    const summary = lastJson<{ documents: number; postings: number }>(result);
    expect(summary.documents).toBe(inserted);
    expect(summary.postings).toBeGreaterThan(summary.documents);
  });

  it('finds the Chinese titles of a need phrased in Chinese, ranked above partial matches', async () => {
    const drones = cnRows.filter((r) => r.patent_title.includes('无人机')).map((r) => r.publication_numbers);
    expect(drones.length).toBeGreaterThan(2);
    const { json } = await match('无人机', 20);
    expect(
      json.patents
        .slice(0, drones.length)
        .map((p) => p.publicationNumber)
        .sort(),
    ).toEqual([...drones].sort());
    expect(json.patents[0]?.matchedTerms.map((t) => t.word)).toContain('无人机');
    expect(json.patents[0]?.matchedTerms[0]?.fields).toEqual(['title']);
  });

  it('puts first the title holding every word of a longer Chinese need', async () => {
    // 锂电池 (lithium battery) and 安全阀 (safety valve): one title in the sample holds both.
    const both = cnRows.filter((r) => r.patent_title.includes('锂电池') && r.patent_title.includes('安全阀'));
    expect(both).toHaveLength(1);
    const { json } = await match('用于锂电池的安全阀', 5);
    expect(json.patents[0]?.publicationNumber).toBe(both[0]?.publication_numbers);
    expect(json.patents[0]?.title).toBe(both[0]?.patent_title);
  });

  it('finds the English record of an English need, with its applicant, legal status and explanation', async () => {
    const karaoke = lensRows.find((r) => /karaoke/i.test(r.Title))!;
    const { result, json } = await match('karaoke for hearing impaired users', 5);
    const best = json.patents[0]!;
    expect(best.title).toBe(karaoke.Title);
    expect(best.legalStatus).toBe(karaoke['Legal Status']);
    expect(best.applicants.map((a) => a.name).join(' ')).toMatch(/LISTEN AND BE HEARD/i);
    expect(best.matchedTerms.map((t) => t.word)).toEqual(
      expect.arrayContaining(['karaoke', 'hearing', 'users']),
    );
    expect(json.terms.find((t) => t.word === 'impaired')?.documents).toBe(0);
    expect(json.applicants[0]?.bestPatents).toContain(best.publicationNumber);
    expect(json.method.zh).toContain('BM25');
    const text = await runCli(['match', '--db', db, 'karaoke for hearing impaired users', '--top', '3']);
    expect(text.stdout).toContain(karaoke.Title);
    expect(text.stdout).toMatch(/terms: .*karaoke \(title\)/);
    expect(result.stderr).toBe('');
  });

  it('says a need with no searchable word is a usage error', async () => {
    const result = await runCli(['match', '--db', db, 'the method and a system of 2024', '--json']);
    expect(result.code).toBe(2);
    expect(JSON.parse(result.stderr.trim()).error.code).toBe('usage');
  });

  it('shows regrouped applicants once rebuilt after a refresh, and says the index is stale until then', async () => {
    const need = 'karaoke for hearing impaired users';
    // Read in-process between the commands (each CLI start loads jieba's dictionary).
    const readMatch = async () => {
      const store = await openStore(db, { readOnly: true });
      try {
        return await matchNeed(store, need, { top: 3 });
      } finally {
        store.close();
      }
    };
    const before = await readMatch();
    expect(before.index.stale).toBe(false);
    // A groups file that puts the karaoke record's applicant (as the Lens file spells it) in a group.
    const karaoke = lensRows.find((r) => /karaoke/i.test(r.Title))!;
    const groups = join(dir, 'groups.yaml');
    writeFileSync(
      groups,
      `version: "1"\ngroups:\n  - id: hearing-group\n    name: { en: Hearing Group, zh: 听力集团 }\n` +
        `    country: US\n    entities:\n      - ${karaoke.Applicants}\n`,
    );
    expect((await runCli(['refresh', '--db', db, '--groups', groups, '--json'])).code).toBe(0);
    // Until rebuilt, the index answers with the names it stored, and says it is stale.
    const stale = await readMatch();
    expect(stale.index.stale).toBe(true);
    expect(stale.patents[0]?.applicants).toEqual(before.patents[0]?.applicants);
    expect(stale.patents[0]?.applicants[0]?.id).not.toBe('hearing-group');
    expect((await runCli(['index', '--db', db, '--json'])).code).toBe(0);
    const { result, json } = await match(need, 3);
    expect(json.index.stale).toBe(false);
    expect(result.stderr).toBe('');
    expect(json.patents[0]?.applicants).toEqual([{ id: 'hearing-group', name: 'Hearing Group' }]);
    expect(json.applicants[0]).toMatchObject({ id: 'hearing-group', name: 'Hearing Group' });
  });

  it('warns that the index is stale after another ingest', async () => {
    const grant = join(SHARED_DATA, 'uspto-xml/xml2014/US08926509.xml');
    await runCli(['ingest', grant, '--db', db, '--json']);
    const { result, json } = await match('无人机', 3);
    expect(json.index.stale).toBe(true);
    expect(result.stderr).toMatch(
      /store changed \(ingest or refresh\) after the text index was built[\s\S]*patlas index/,
    );
  });
});
