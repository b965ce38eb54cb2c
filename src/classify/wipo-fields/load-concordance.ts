import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { z } from 'zod';
import { PatlasError } from '../../domain/patlas-error.js';
import { concordanceRowSchema, fieldExtensionsSchema } from './concordance-schema.js';
import { CONCORDANCE_FILE, EXTENSIONS_FILE, referenceDirectory } from './reference-files.js';

/** One of WIPO's 35 technology fields with its sector. */
export interface TechnologyField {
  fieldNr: number;
  fieldName: string;
  sector: string;
}

/** A lookup key (`G06N`, `H04N21`) and its field; `origin` tells WIPO's rows from local extensions. */
export interface ConcordanceEntry extends TechnologyField {
  key: string;
  origin: 'wipo' | 'extension';
}

/**
 * WIPO's table plus the local extensions whose key the table lacks, validated; the table wins on a shared
 * key so that a newer WIPO table silently supersedes an extension.
 */
export function loadConcordance(dir: string = referenceDirectory()): ConcordanceEntry[] {
  const table = readTable(join(dir, CONCORDANCE_FILE));
  const fields = fieldsByNumber(table, join(dir, CONCORDANCE_FILE));
  const keys = new Set(table.map((e) => e.key));
  const extensionsPath = join(dir, EXTENSIONS_FILE);
  const extensions = readExtensions(extensionsPath).flatMap((ext): ConcordanceEntry[] => {
    if (keys.has(ext.symbol)) return [];
    const field = fields.get(ext.fieldNr);
    if (!field) throw invalid(extensionsPath, `${ext.symbol}: field ${ext.fieldNr} has no row in the table`);
    keys.add(ext.symbol);
    return [{ key: ext.symbol, ...field, origin: 'extension' }];
  });
  return [...table, ...extensions];
}

function readTable(path: string): ConcordanceEntry[] {
  const rows: unknown[] = parse(readText(path), { delimiter: ';', columns: true, skip_empty_lines: true });
  const seen = new Set<string>();
  return rows.map((raw, index) => {
    const row = check(concordanceRowSchema, raw, path, `row ${index + 2}`);
    const key = row.ipc_maingroup_symbol.replace(/ +/g, '');
    if (seen.has(key)) throw invalid(path, `row ${index + 2}: ${key} appears twice`);
    seen.add(key);
    return { key, fieldNr: row.field_nr, fieldName: row.field_name, sector: row.sector, origin: 'wipo' };
  });
}

function fieldsByNumber(table: ConcordanceEntry[], path: string): Map<number, TechnologyField> {
  const fields = new Map<number, TechnologyField>();
  for (const { fieldNr, fieldName, sector } of table) {
    const known = fields.get(fieldNr);
    if (known && (known.fieldName !== fieldName || known.sector !== sector)) {
      throw invalid(path, `field ${fieldNr} is named both "${known.fieldName}" and "${fieldName}"`);
    }
    fields.set(fieldNr, { fieldNr, fieldName, sector });
  }
  return fields;
}

function readExtensions(path: string) {
  let json: unknown;
  try {
    json = JSON.parse(readText(path));
  } catch (cause) {
    if (cause instanceof PatlasError) throw cause;
    throw invalid(path, 'not valid JSON', cause);
  }
  return check(fieldExtensionsSchema, json, path, 'file').extensions;
}

function check<T>(schema: z.ZodType<T>, value: unknown, path: string, where: string): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const problems = result.error.issues.map((i) => `${i.path.join('.') || 'value'}: ${i.message}`);
  throw invalid(path, `${where}: ${problems.join('; ')}`);
}

function readText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (cause) {
    throw new PatlasError('unreadable-file', `${path}: cannot read the reference file`, { cause });
  }
}

function invalid(path: string, message: string, cause?: unknown): PatlasError {
  return new PatlasError('unreadable-file', `${path}: ${message}`, {
    hint: 'the shipped reference data is damaged; reinstall Patlas or restore the file from git',
    cause,
  });
}
