import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { z } from 'zod';
import { PatlasError } from './patlas-error.js';

/** What a user-editable YAML configuration is, for its error messages. */
export interface ConfigKind {
  /** e.g. "applicant groups file" */
  name: string;
  /** how to fix it, printed as the hint */
  hint: string;
}

/**
 * Read a user-editable YAML file and check it against its schema: a missing or unreadable file, invalid YAML and
 * every schema problem become one `bad-mapping` error with `file: path: reason` lines.
 */
export function readConfigFile<S extends z.ZodType>(file: string, schema: S, kind: ConfigKind): z.output<S> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    if (code === 'ENOENT')
      throw new PatlasError('file-not-found', `${file}: ${kind.name} not found`, { cause });
    throw new PatlasError('unreadable-file', `${file}: cannot read the ${kind.name} (${code})`, { cause });
  }
  let data: unknown;
  try {
    data = parse(text);
  } catch (cause) {
    const message = cause instanceof Error ? cause.message.split('\n')[0] : String(cause);
    throw configProblems(file, kind, [`(file): not valid YAML: ${message}`]);
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    throw configProblems(
      file,
      kind,
      parsed.error.issues.map((issue) => `${issue.path.join('.') || '(file)'}: ${issue.message}`),
    );
  }
  return parsed.data;
}

/** Problems found after the schema check (duplicates, sums ...), reported the same way. */
export function configProblems(file: string, kind: ConfigKind, problems: readonly string[]): PatlasError {
  const lines = problems.map((problem) => `${file}: ${problem}`);
  const message =
    lines.length === 1
      ? (lines[0] ?? file)
      : [`${file}: ${lines.length} problems in the ${kind.name}`, ...lines].join('\n');
  return new PatlasError('bad-mapping', message, { hint: kind.hint });
}
