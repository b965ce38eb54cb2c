import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { bufferInput, fileInput } from '../file-input.js';
import { detectEncoding, openText } from './open-text.js';

const data = (path: string) => fileURLToPath(new URL(`../../../../shared/data/${path}`, import.meta.url));
const fixture = (path: string) => fileURLToPath(new URL(`../../../test/fixtures/${path}`, import.meta.url));

async function textOf(input: ReturnType<typeof fileInput>): Promise<{ encoding: string; text: string }> {
  const stream = await openText(input);
  let text = '';
  for await (const chunk of stream.chunks) text += chunk;
  return { encoding: stream.encoding, text };
}

// The first line of cn-titles-ipc/oof_predictions.csv after its header, as the file holds it (UTF-8).
const CHINESE =
  '0,1,CN114081026A,一种水电站高压输电线路驱鸟保护装置,A01M|G06F|H02G,A01M|G06F|H02G,A01M|G06V|H02J\n';

describe('openText', () => {
  it('reads the UTF-16LE Lens export (with BOM) and drops the BOM', async () => {
    const { encoding, text } = await textOf(fileInput(data('lens/drone_drones_tac_1695_families.csv')));
    expect(encoding).toBe('utf-16le');
    expect(text.startsWith('applicants_organisations_only, applicants_use_me')).toBe(true);
  });

  it('reads UTF-16BE and UTF-16LE without a BOM', async () => {
    const le = Buffer.from(CHINESE, 'utf16le');
    const be = Buffer.from(le).swap16();
    expect((await textOf(bufferInput('le.csv', le))).text).toBe(CHINESE);
    expect(await textOf(bufferInput('be.csv', be))).toEqual({ encoding: 'utf-16be', text: CHINESE });
  });

  it('reads the GB18030 incoPat-style export', async () => {
    const { encoding, text } = await textOf(fileInput(fixture('mapped/incopat-export.gb18030.csv')));
    expect(encoding).toBe('gb18030');
    expect(text).toContain('公开（公告）号');
  });

  it('reads the ISO-8859 PATENTSCOPE export whose first accented byte is far into the file', async () => {
    const { encoding, text } = await textOf(fileInput(data('patentscope/pizza_medium.csv')));
    expect(encoding).toBe('windows-1252');
    expect(text).not.toContain('\uFFFD');
    expect(text.startsWith('Publication Number,Publication Date,Title')).toBe(true);
  });

  it('keeps UTF-8 with a few byte-truncated characters as UTF-8 (the cn-cpc-samples abstracts)', () => {
    const sample = readFileSync(data('cn-cpc-samples/sample_train.csv'));
    expect(detectEncoding(sample).encoding).toBe('utf-8');
    const cut = Buffer.concat([
      Buffer.from(CHINESE.repeat(20)),
      Buffer.from(CHINESE).subarray(0, 20),
      Buffer.from('\n'),
    ]);
    expect(detectEncoding(cut).encoding).toBe('utf-8');
  });
});
