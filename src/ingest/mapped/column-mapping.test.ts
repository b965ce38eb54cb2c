import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PatlasError } from '../../domain/patlas-error.js';
import { loadColumnMapping, parseColumnMapping } from './column-mapping.js';
import { loadShippedMappings, shippedMappingsDirectory } from './shipped-mappings.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'patlas-mapping-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('column mapping files', () => {
  it('ships incoPat, PatSnap, generic English and the cn-titles-ipc demo mapping, all valid', async () => {
    const mappings = await loadShippedMappings();
    expect(mappings.map((m) => m.id)).toEqual(['cn-titles-ipc', 'generic-en', 'incopat-zh', 'patsnap-zh']);
  });

  it('fails on a misspelt key with a message naming the file and the key', async () => {
    const json = JSON.parse(await readFile(join(shippedMappingsDirectory(), 'incopat-zh.json'), 'utf8'));
    json.fields.titel = json.fields.titles;
    const path = join(dir, 'bad-key.json');
    await writeFile(path, JSON.stringify(json));
    const error = await loadColumnMapping(path).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PatlasError);
    expect(error).toMatchObject({ code: 'bad-mapping' });
    expect((error as Error).message).toBe(`${path}: unknown key "fields.titel"`);
  });

  it('names the path of a bad value and rejects a mapping without any publication number field', () => {
    const base = {
      id: 'x',
      detect: { requiredColumns: ['No'] },
      fields: { publicationNumber: { column: 'No' } },
    };
    expect(() =>
      parseColumnMapping(
        { ...base, fields: { publicationNumber: { column: 'No', separator: '/' } } },
        'm.json',
      ),
    ).toThrow(/^m\.json: "fields\.publicationNumber\.separator": /);
    expect(() => parseColumnMapping({ ...base, fields: { titles: [{ column: 'T' }] } }, 'm.json')).toThrow(
      /m\.json: "fields": fields needs "publicationNumber" or "docNumber"/,
    );
    expect(parseColumnMapping(base, 'm.json').id).toBe('x');
  });

  it('reports unreadable and non-JSON files', async () => {
    const path = join(dir, 'not-json.json');
    await writeFile(path, '{ "id": ');
    await expect(loadColumnMapping(path)).rejects.toThrow(/not-json\.json: not valid JSON/);
    await expect(loadColumnMapping(join(dir, 'missing.json'))).rejects.toMatchObject({
      code: 'file-not-found',
    });
  });
});
