import type { z } from 'zod';
import { didYouMean } from '../../domain/did-you-mean.js';
import { fieldNamesAt, schemaAtPath } from './schema-at-path.js';
import type { PathProblem, PathSegment } from './yaml-position.js';

type Issue = z.core.$ZodIssue;

/** What the explanation needs besides the issues: the schema, the parsed data and its source text. */
export type IssueContext = {
  schema: z.core.$ZodType;
  data: unknown;
  source(path: readonly PathSegment[]): string | null;
};

const EXPECTED: Record<string, string> = {
  object: 'a mapping (key: value)',
  array: 'a list',
  string: 'text',
  boolean: 'true or false',
  number: 'a number',
};

/**
 * Turn zod issues into problems a taxonomy author can act on: unknown fields with a did-you-mean, wrong
 * types with what was found, missing fields, each with the field's `describe` text from the schema.
 */
export function explainSchemaIssues(issues: readonly Issue[], context: IssueContext): PathProblem[] {
  const problems = issues.flatMap((issue) => explainIssue(issue, [], context));
  // A misspelt field also reads as the missing field it was meant to be: keep only the misspelling.
  const meant = new Set(problems.flatMap((problem) => (problem.meant ? [problem.meant] : [])));
  return problems
    .filter((problem) => !(problem.missing && meant.has(problem.missing)))
    .map(({ path, key, reason }) => (key === undefined ? { path, reason } : { path, key, reason }));
}

/** A problem with what it is about: the field it misses, the field a misspelt key was meant to be. */
type Explained = PathProblem & { missing?: string; meant?: string };

function explainIssue(issue: Issue, prefix: readonly PathSegment[], context: IssueContext): Explained[] {
  const path = [...prefix, ...issue.path.filter(isSegment)];
  const value = valueAt(context.data, path);
  const described = (reason: string): Explained[] => {
    const { description } = schemaAtPath(context.schema, path);
    return [{ path, reason: description ? `${reason} (${description})` : reason }];
  };
  switch (issue.code) {
    case 'unrecognized_keys': {
      const known = fieldNamesAt(context.schema, path);
      return issue.keys.map((key) => {
        const close = didYouMean(key, known);
        const reason = close
          ? `unknown field "${key}" (did you mean "${close}"?)`
          : `unknown field "${key}" (the fields here: ${known.join(', ')})`;
        return close ? { path, key, reason, meant: fieldKey(path, close) } : { path, key, reason };
      });
    }
    case 'invalid_union': {
      // Follow the one branch whose type fits the value (the object form of a Chinese term, say).
      const fitting = issue.errors.filter((branch) => !branch.some(isTypeMismatchHere));
      if (fitting.length === 1) return fitting[0]!.flatMap((inner) => explainIssue(inner, path, context));
      const { description } = schemaAtPath(context.schema, path);
      const found = describeValue(value);
      return [
        { path, reason: description ? `expected ${description}, found ${found}` : `unexpected ${found}` },
      ];
    }
    case 'invalid_type': {
      if (value === undefined && path.length > 0) {
        const parent = path.slice(0, -1);
        const { description } = schemaAtPath(context.schema, path);
        const field = `missing field "${String(path.at(-1))}"`;
        const reason = description ? `${field} (${description})` : field;
        return [{ path: parent, reason, missing: fieldKey(parent, String(path.at(-1))) }];
      }
      const found = `expected ${EXPECTED[issue.expected] ?? issue.expected}, found ${describeValue(value)}`;
      return described(found + quoteHint(issue.expected, value, context.source(path)));
    }
    case 'invalid_value': {
      const allowed = issue.values.map((allowedValue) => JSON.stringify(allowedValue));
      const options = issue.values.filter((option): option is string => typeof option === 'string');
      const close = typeof value === 'string' && options.length > 1 ? didYouMean(value, options) : null;
      const reason = `expected ${allowed.join(' or ')}, found ${describeValue(value)}`;
      return described(close ? `${reason}: did you mean "${close}"?` : reason);
    }
    case 'invalid_format':
      return [{ path, reason: `${describeValue(value)} is not valid: ${issue.message}` }];
    case 'too_small':
      if (issue.origin === 'array') {
        return described(`needs at least ${issue.minimum} ${issue.minimum === 1 ? 'entry' : 'entries'}`);
      }
      return described(issue.origin === 'string' ? 'must not be empty' : issue.message);
    default:
      return described(issue.message);
  }
}

function fieldKey(path: readonly PathSegment[], field: string): string {
  return JSON.stringify([...path, field]);
}

function isTypeMismatchHere(issue: Issue): boolean {
  return issue.code === 'invalid_type' && issue.path.length === 0;
}

function quoteHint(expected: string, value: unknown, source: string | null): string {
  if (expected !== 'string' || (typeof value !== 'number' && typeof value !== 'boolean')) return '';
  return `: write it in quotes, "${source ?? String(value)}"`;
}

function isSegment(segment: PropertyKey): segment is PathSegment {
  return typeof segment === 'string' || typeof segment === 'number';
}

/** The value at a data path of the parsed file, undefined where the path does not exist. */
export function valueAt(data: unknown, path: readonly PathSegment[]): unknown {
  let current = data;
  for (const segment of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<PathSegment, unknown>)[segment];
  }
  return current;
}

/** A short description of a parsed value for a message: `"abc"`, `the number 2024.1`, `a list`. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string')
    return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  if (typeof value === 'number') return `the number ${value}`;
  return String(value);
}
