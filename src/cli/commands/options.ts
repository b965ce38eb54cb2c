import { PatlasError } from '../../domain/patlas-error.js';

/** `--workers` as a whole number from 0 to 16. */
export function parseWorkers(raw: string | undefined): number {
  const n = Number(raw ?? '0');
  if (!Number.isInteger(n) || n < 0 || n > 16) {
    throw new PatlasError('usage', `--workers takes a whole number from 0 to 16, not "${raw}"`);
  }
  return n;
}

/** `x.duckdb` -> `x.rejects.jsonl`, beside the store. */
export function defaultRejectsFile(db: string): string {
  return `${db.replace(/\.duckdb$/i, '')}.rejects.jsonl`;
}
