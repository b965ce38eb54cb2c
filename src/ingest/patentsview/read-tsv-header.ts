import { PatlasError } from '../../domain/patlas-error.js';
import { fileInput } from '../file-input.js';
import { normaliseHeaderCell } from './patentsview-tables.js';

const MAX_HEADER_BYTES = 64 * 1024;

/** The column names on the first line of a (possibly gzipped) TSV file, unquoted and lower-cased. */
export async function readTsvHeader(path: string): Promise<string[]> {
  let input: ReturnType<typeof fileInput>;
  try {
    input = fileInput(path);
  } catch (cause) {
    throw new PatlasError('file-not-found', `${path}: file not found`, { cause });
  }
  const stream = input.open();
  const parts: Buffer[] = [];
  let length = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      parts.push(chunk);
      length += chunk.length;
      if (chunk.includes(0x0a) || length >= MAX_HEADER_BYTES) break;
    }
  } catch (cause) {
    throw new PatlasError('unreadable-file', `${path}: cannot read the header line`, { cause });
  } finally {
    stream.destroy();
  }
  const text = Buffer.concat(parts).toString('utf8');
  const line = text.split(/\r?\n/, 1)[0] ?? '';
  return line.split('\t').map(normaliseHeaderCell);
}
