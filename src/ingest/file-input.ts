import { closeSync, createReadStream, openSync, readSync, statSync } from 'node:fs';
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
    size: gzipped ? gzipUncompressedSize(path, stat.size) : stat.size,
    mtimeMs: stat.mtimeMs,
    // 1 MiB reads: bulk files are hundreds of MB, and fewer, larger chunks keep the main thread free.
    open: () => {
      const raw = createReadStream(path, { highWaterMark: READ_CHUNK });
      return gzipped ? raw.pipe(createGunzip({ chunkSize: READ_CHUNK })) : raw;
    },
    ...(gzipped ? {} : { path }),
  };
}

/** An input over bytes in memory (tests, and entries read out of an archive). */
export function bufferInput(name: string, bytes: Buffer, mtimeMs = 0): InputSource {
  return { name, size: bytes.length, mtimeMs, open: () => Readable.from([bytes]) };
}

/**
 * A gzip file's uncompressed size from its trailer (ISIZE: size mod 2^32), so that progress counts the
 * bytes the reader actually sees. Falls back to the compressed size when the trailer cannot be right.
 */
function gzipUncompressedSize(path: string, compressed: number): number {
  if (compressed < 18) return compressed;
  const fd = openSync(path, 'r');
  try {
    const trailer = Buffer.alloc(4);
    readSync(fd, trailer, 0, 4, compressed - 4);
    const isize = trailer.readUInt32LE(0);
    return Math.max(isize, compressed);
  } finally {
    closeSync(fd);
  }
}
