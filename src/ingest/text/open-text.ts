import chardet from 'chardet';
import { PatlasError } from '../../domain/patlas-error.js';
import type { InputSource } from '../input-source.js';

/** Encodings Patlas decodes (WHATWG labels understood by Node's TextDecoder). */
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'windows-1252';

export interface TextStream {
  /** The encoding decided; for a pure-ASCII head it may turn from utf-8 to windows-1252 while reading. */
  encoding: TextEncoding;
  hadBom: boolean;
  /** Decoded text, BOM removed, line ends untouched (CR, LF and CRLF all occur in real exports). */
  chunks: AsyncIterable<string>;
}

const SAMPLE_BYTES = 64 * 1024;

/**
 * Open an input as text, detecting its encoding from the first 64 KiB:
 * BOM, then UTF-16 without BOM (zero bytes), then UTF-8 (tolerating a few broken sequences, as in
 * byte-truncated exports), then GB18030 vs cp1252 by statistical detection.
 */
export async function openText(input: InputSource): Promise<TextStream> {
  const stream = input.open();
  const iterator = stream[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  const head: Buffer[] = [];
  let headLength = 0;
  let done = false;
  while (headLength < SAMPLE_BYTES) {
    const next = await iterator.next();
    if (next.done) {
      done = true;
      break;
    }
    head.push(next.value);
    headLength += next.value.length;
  }
  const sample = Buffer.concat(head);
  const { encoding, bomLength } = detectEncoding(sample);
  const result: TextStream = { encoding, hadBom: bomLength > 0, chunks: decode() };
  // A pure-ASCII head says nothing: cp1252 exports often show their first accented letter far in.
  let adaptive = encoding === 'utf-8' && bomLength === 0 && isAscii(sample);
  async function* decode(): AsyncIterable<string> {
    let decoder = new TextDecoder(result.encoding, { fatal: adaptive, ignoreBOM: true });
    const decodeChunk = (bytes: Buffer): string => {
      if (!adaptive) return decoder.decode(bytes, { stream: true });
      try {
        return decoder.decode(bytes, { stream: true });
      } catch {
        adaptive = false;
        result.encoding = 'windows-1252';
        decoder = new TextDecoder('windows-1252');
        return decoder.decode(bytes, { stream: true });
      }
    };
    try {
      let first = true;
      for (const chunk of head) {
        const text = decodeChunk(first ? chunk.subarray(Math.min(bomLength, chunk.length)) : chunk);
        first = false;
        if (text) yield text;
      }
      while (!done) {
        const next = await iterator.next();
        if (next.done) break;
        const text = decodeChunk(next.value);
        if (text) yield text;
      }
      const rest = adaptive ? decodeChunk(Buffer.alloc(0)) + decoder.decode() : decoder.decode();
      if (rest) yield rest;
    } finally {
      // A reader may stop early (a bounded read, an error): release the file or gunzip stream either way.
      stream.destroy();
    }
  }
  return result;
}

function isAscii(sample: Buffer): boolean {
  for (let i = 0; i < sample.length; i++) if (sample[i]! >= 0x80) return false;
  return true;
}

/** Decide the encoding of a byte sample; exported for detection and tests. */
export function detectEncoding(sample: Buffer): { encoding: TextEncoding; bomLength: number } {
  if (sample[0] === 0xef && sample[1] === 0xbb && sample[2] === 0xbf)
    return { encoding: 'utf-8', bomLength: 3 };
  if (sample[0] === 0xff && sample[1] === 0xfe) return { encoding: 'utf-16le', bomLength: 2 };
  if (sample[0] === 0xfe && sample[1] === 0xff) return { encoding: 'utf-16be', bomLength: 2 };
  const utf16 = utf16WithoutBom(sample);
  if (utf16) return { encoding: utf16, bomLength: 0 };
  if (looksLikeUtf8(sample)) return { encoding: 'utf-8', bomLength: 0 };
  const guesses = chardet.analyse(sample);
  const chinese = guesses.find((g) => /^(GB18030|GBK|GB2312|Big5)$/i.test(g.name));
  const top = guesses[0];
  if (chinese && top && chinese.confidence >= top.confidence - 10 && chinese.confidence >= 30) {
    return { encoding: 'gb18030', bomLength: 0 };
  }
  return { encoding: 'windows-1252', bomLength: 0 };
}

function utf16WithoutBom(sample: Buffer): TextEncoding | null {
  const n = Math.min(sample.length, 4096) & ~1;
  if (n < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (sample[i] === 0) evenZeros++;
    if (sample[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros > pairs * 0.3 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (evenZeros > pairs * 0.3 && oddZeros < pairs * 0.05) return 'utf-16be';
  return null;
}

/** Valid UTF-8 with at most 1 % broken multi-byte sequences (truncated CN abstracts). */
function looksLikeUtf8(sample: Buffer): boolean {
  let valid = 0;
  let invalid = 0;
  let i = 0;
  const end = sample.length;
  while (i < end) {
    const b = sample[i]!;
    if (b < 0x80) {
      if (b === 0 && i < end - 1) return false;
      i++;
      continue;
    }
    const need = b >= 0xf0 && b <= 0xf4 ? 3 : b >= 0xe0 ? 2 : b >= 0xc2 && b <= 0xdf ? 1 : -1;
    if (need < 0) {
      invalid++;
      i++;
      continue;
    }
    if (i + need >= end) break;
    let ok = true;
    for (let k = 1; k <= need; k++) if ((sample[i + k]! & 0xc0) !== 0x80) ok = false;
    if (ok) {
      valid++;
      i += need + 1;
    } else {
      invalid++;
      i++;
    }
  }
  return invalid === 0 || (valid > 0 && invalid / valid < 0.01);
}

/** Thrown by readers when an input is binary rather than text. */
export function notText(input: InputSource): PatlasError {
  return new PatlasError('unknown-format', `${input.name}: this is a binary file, not a text export`);
}
