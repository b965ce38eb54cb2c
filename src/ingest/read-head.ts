import type { InputSource } from './input-source.js';

/** The first `max` bytes of an input (fewer when it is shorter); the stream is closed afterwards. */
export async function readHead(input: InputSource, max = 64 * 1024): Promise<Buffer> {
  const stream = input.open();
  const parts: Buffer[] = [];
  let length = 0;
  try {
    for await (const chunk of stream) {
      const buf = chunk as Buffer;
      parts.push(buf);
      length += buf.length;
      if (length >= max) break;
    }
  } finally {
    stream.destroy();
  }
  return Buffer.concat(parts).subarray(0, max);
}
