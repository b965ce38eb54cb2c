import { createReadStream, statSync } from 'node:fs';
import { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import type { InputSource } from './input-source.js';

const READ_CHUNK = 1024 * 1024;

/** An input for a plain file on disk; `.gz` files are gunzipped on the fly. */
export function fileInput(path: string): InputSource {
  const stat = statSync(path);
  const gzipped = path.toLowerCase().endsWith('.gz');
  return {
    name: path,
    size: stat.size,
    mtimeMs: stat.mtimeMs,
    // 1 MiB reads: bulk files are hundreds of MB, and fewer, larger chunks keep the main thread free.
    open: () => {
      const raw = createReadStream(path, { highWaterMark: READ_CHUNK });
      return gzipped ? raw.pipe(createGunzip({ chunkSize: READ_CHUNK })) : raw;
    },
  };
}

/** An input over bytes in memory (tests, and entries read out of an archive). */
export function bufferInput(name: string, bytes: Buffer, mtimeMs = 0): InputSource {
  return { name, size: bytes.length, mtimeMs, open: () => Readable.from([bytes]) };
}
