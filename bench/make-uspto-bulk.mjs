// Builds a USPTO weekly-bulk-style file (concatenated <?xml ...?> documents, each with its DOCTYPE) of at
// least `targetBytes`, from the real v4.x grants in ../shared/data, each copy with a distinct number.
import { createWriteStream, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const SHARED = new URL('../../shared/data/uspto-xml/', import.meta.url).pathname;
const SOURCES = ['xml2004', 'xml2006', 'xml2014', 'go-uspto/grant'].flatMap((dir) =>
  readdirSync(join(SHARED, dir))
    .filter((f) => f.endsWith('.xml') && !f.startsWith('v2-5'))
    .map((f) => join(SHARED, dir, f)),
);

/** The real grant documents, as strings (ready to be renumbered). */
export function sourceDocuments() {
  return SOURCES.map((path) => readFileSync(path, 'utf8').trim());
}

/** Write the bulk file unless it already exists with at least the wanted size; returns its stats. */
export async function makeUsptoBulk(path, targetBytes) {
  if (existsSync(path) && statSync(path).size >= targetBytes)
    return { path, bytes: statSync(path).size, reused: true };
  const docs = sourceDocuments();
  const out = createWriteStream(path);
  let bytes = 0;
  let serial = 0;
  while (bytes < targetBytes) {
    for (const doc of docs) {
      serial += 1;
      const number = `9${String(serial).padStart(7, '0')}`;
      // Renumber the publication (the first <doc-number> inside <publication-reference>).
      const renumbered = doc.replace(
        /(<publication-reference[^>]*>[\s\S]*?<doc-number>)[^<]*(<\/doc-number>)/,
        `$1${number}$2`,
      );
      const text = `${renumbered}\n`;
      bytes += Buffer.byteLength(text);
      if (!out.write(text)) await new Promise((resolve) => out.once('drain', resolve));
    }
  }
  await new Promise((resolve) => out.end(resolve));
  return { path, bytes, documents: serial, sources: SOURCES.length, reused: false };
}
