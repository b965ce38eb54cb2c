import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { lastJson, REPO_ROOT, runCli } from '../helpers/run-cli.js';

interface TopApplicants {
  indicators: { 'top-applicants': { data: { applicant: string; applicantId: string; count: number }[] } };
}

const DRONES = join(REPO_ROOT, 'data/demo/lens-drones-families-2016.csv.gz');
const dir = mkdtempSync(join(tmpdir(), 'patlas-refresh-'));
const db = join(dir, 'drones.duckdb');

beforeAll(async () => {
  const ingest = await runCli(['ingest', DRONES, '--db', db, '--json']);
  expect(ingest.code, ingest.stderr).toBeLessThanOrEqual(1);
}, 120_000);

async function topApplicants(): Promise<TopApplicants['indicators']['top-applicants']['data']> {
  const result = await runCli(['indicators', 'top-applicants', '--db', db, '--json', '--top', '1000']);
  expect(result.code, result.stderr).toBe(0);
  return lastJson<TopApplicants>(result).indicators['top-applicants'].data;
}

describe('patlas refresh with an edited applicant groups file', () => {
  it('groups the entities the analyst adds and counts them as one applicant', async () => {
    const before = await topApplicants();
    const parrot = before.filter((r) => /^PARROT/i.test(r.applicant));
    expect(parrot.length).toBeGreaterThan(1);
    // The analyst copies the shipped file and adds a group for the drone maker's entities as the data spells them.
    const shipped = readFileSync(join(REPO_ROOT, 'data/applicant-groups.yaml'), 'utf8');
    const names = parrot.map((r) => `      - ${JSON.stringify(r.applicant)}`).join('\n');
    const edited = `${shipped.trimEnd()}\n  - id: parrot\n    name: { en: Parrot, zh: 派诺特 }\n    country: FR\n    entities:\n${names}\n`;
    const groups = join(dir, 'groups.yaml');
    writeFileSync(groups, edited);
    const refresh = await runCli(['refresh', '--db', db, '--groups', groups]);
    expect(refresh.code, refresh.stderr).toBe(0);
    expect(refresh.stdout).toMatch(/applicant_names: [\d,]+ distinct applicant names/);
    const after = await topApplicants();
    const grouped = after.find((r) => r.applicantId === 'parrot');
    // Whole counting: a unit with two Parrot entities counts once for the group.
    expect(grouped?.count).toBeLessThanOrEqual(parrot.reduce((s, r) => s + r.count, 0));
    expect(grouped?.count).toBeGreaterThanOrEqual(Math.max(...parrot.map((r) => r.count)));
  }, 120_000);

  it('refuses a broken groups file before touching the store', async () => {
    const bad = join(dir, 'bad.yaml');
    writeFileSync(bad, 'groups:\n  - id: x\n    name: { en: X }\n');
    const result = await runCli(['refresh', '--db', db, '--groups', bad]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/bad\.yaml/);
  }, 60_000);
});
