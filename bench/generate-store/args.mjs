// Command-line arguments of generate-store.mjs, checked up front so a typo fails before any work is done.
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';

export const USAGE = `usage: node bench/generate-store.mjs --publications <n> --out <file.duckdb> [--seed <int>] [--force]
  [--chunk <publications per statement, default 1000000>] [--memory <DuckDB memory_limit, default 3GB>]
  [--threads <n, default 2>]`;

/** Parsed and validated options; throws an Error whose message starts with the usage line's reason. */
export function readArgs(argv) {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        publications: { type: 'string' },
        out: { type: 'string' },
        seed: { type: 'string', default: '7' },
        force: { type: 'boolean', default: false },
        chunk: { type: 'string', default: '1000000' },
        memory: { type: 'string', default: '3GB' },
        threads: { type: 'string', default: '2' },
        help: { type: 'boolean', default: false },
      },
    }));
  } catch (error) {
    throw new Error(error.message);
  }
  if (values.help) return { help: true };
  const publications = positiveInt(values.publications, '--publications', 1, 200_000_000);
  const seed = positiveInt(values.seed, '--seed', 0, 2 ** 31 - 1);
  const chunk = positiveInt(values.chunk, '--chunk', 1000, 50_000_000);
  const threads = positiveInt(values.threads, '--threads', 1, 256);
  if (!values.out) throw new Error('--out <file.duckdb> is required');
  const out = resolve(values.out);
  if (!out.endsWith('.duckdb')) throw new Error(`--out must name a .duckdb file, got ${values.out}`);
  if (!existsSync(dirname(out))) throw new Error(`--out: directory ${dirname(out)} does not exist`);
  if (existsSync(out) && !values.force) throw new Error(`--out: ${out} exists (add --force to replace it)`);
  if (!/^\d+(\.\d+)?\s*(KB|MB|GB|KiB|MiB|GiB)$/i.test(values.memory))
    throw new Error(`--memory must look like 3GB or 512MB, got ${values.memory}`);
  return { help: false, publications, out, seed, force: values.force, chunk, threads, memory: values.memory };
}

function positiveInt(text, name, min, max) {
  if (text === undefined) throw new Error(`${name} <n> is required`);
  if (!/^\d+$/.test(text.replace(/_/g, ''))) throw new Error(`${name} must be a whole number, got "${text}"`);
  const n = Number(text.replace(/_/g, ''));
  if (n < min || n > max) throw new Error(`${name} must be between ${min} and ${max}, got ${n}`);
  return n;
}
