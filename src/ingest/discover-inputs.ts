import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import fg from 'fast-glob';
import yauzl from 'yauzl';
import { fileInput } from './file-input.js';
import type { InputSource } from './input-source.js';

/** An input found on disk, or a path the user named that could not be used. */
export type DiscoveredInput =
  | { kind: 'input'; input: InputSource }
  | { kind: 'missing'; path: string; reason: string };

/**
 * Expand the user's files, directories (recursively, sorted; hidden files and README / LICENSE / *.md
 * documentation skipped) and globs into inputs, in a stable order.
 * A `.zip` becomes one input per file inside it (`archive.zip!inner.xml`); `.gz` is gunzipped on read.
 */
export async function* discoverInputs(paths: readonly string[]): AsyncIterable<DiscoveredInput> {
  for (const path of paths) {
    const files = expandPath(path);
    if (files === null) {
      yield { kind: 'missing', path, reason: 'no such file or directory' };
      continue;
    }
    if (files.length === 0) {
      yield { kind: 'missing', path, reason: 'no files found there' };
      continue;
    }
    for (const file of files) {
      if (file.toLowerCase().endsWith('.zip')) yield* zipInputs(file);
      else yield { kind: 'input', input: fileInput(file) };
    }
  }
}

function expandPath(path: string): string[] | null {
  if (existsSync(path)) {
    return statSync(path).isDirectory() ? walk(path) : [path];
  }
  if (fg.isDynamicPattern(path)) {
    const matches = fg.sync(path, { onlyFiles: false, dot: false }).sort();
    return matches.flatMap((m) => (statSync(m).isDirectory() ? walk(m) : [m]));
  }
  return null;
}

/** Documentation that sits beside data in folders (named explicitly, such a file is still read). */
const DOCUMENTATION = /^(readme|licen[cs]e|notice|copying|sources)(\.[a-z]+)?$|\.md$/i;

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
    a.name.localeCompare(b.name),
  )) {
    if (entry.name.startsWith('.') || DOCUMENTATION.test(entry.name)) continue;
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...walk(full));
    else if (entry.isFile()) out.push(full);
  }
  return out;
}

async function* zipInputs(path: string): AsyncIterable<DiscoveredInput> {
  let entries: yauzl.Entry[];
  try {
    entries = await listZip(path);
  } catch (error) {
    yield { kind: 'missing', path, reason: `not a readable zip archive: ${(error as Error).message}` };
    return;
  }
  const mtimeMs = statSync(path).mtimeMs;
  for (const entry of entries) {
    if (entry.fileName.endsWith('/') || entry.fileName.startsWith('__MACOSX/')) continue;
    const input: InputSource = {
      name: `${path}!${entry.fileName}`,
      size: entry.uncompressedSize,
      mtimeMs,
      open: () => openZipEntry(path, entry.fileName),
    };
    yield { kind: 'input', input };
  }
}

function listZip(path: string): Promise<yauzl.Entry[]> {
  return new Promise((resolve, reject) => {
    yauzl.open(path, { lazyEntries: true, autoClose: true }, (err, zip) => {
      if (err || !zip) return reject(err ?? new Error('cannot open'));
      const entries: yauzl.Entry[] = [];
      zip.on('entry', (e: yauzl.Entry) => {
        entries.push(e);
        zip.readEntry();
      });
      zip.on('end', () => resolve(entries));
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}

/** A stream of one entry's bytes; the archive is reopened per read so inputs stay independent. */
function openZipEntry(path: string, fileName: string): PassThrough {
  const out = new PassThrough({ highWaterMark: 1 << 20 });
  yauzl.open(path, { lazyEntries: true, autoClose: true }, (err, zip) => {
    if (err || !zip) return out.destroy(err ?? new Error('cannot open zip'));
    let found = false;
    zip.on('entry', (entry: yauzl.Entry) => {
      if (entry.fileName !== fileName) return zip.readEntry();
      found = true;
      zip.openReadStream(entry, (streamErr, stream) => {
        if (streamErr || !stream) return out.destroy(streamErr ?? new Error('cannot read zip entry'));
        stream.on('error', (e) => out.destroy(e));
        stream.pipe(out);
        stream.on('end', () => zip.close());
      });
    });
    zip.on('end', () => {
      if (!found) out.destroy(new Error(`${fileName} is no longer in ${path}`));
    });
    zip.on('error', (e) => out.destroy(e));
    zip.readEntry();
  });
  return out;
}
