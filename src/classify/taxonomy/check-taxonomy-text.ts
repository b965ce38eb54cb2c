import { LineCounter, parseDocument } from 'yaml';
import { checkTaxonomyRules } from './check-taxonomy-rules.js';
import { checkTaxonomyStructure } from './check-taxonomy-structure.js';
import { explainSchemaIssues } from './explain-schema-issues.js';
import { type TaxonomyFile, taxonomyFileSchema } from './taxonomy-schema.js';
import { type PathProblem, type PathSegment, yamlLocator } from './yaml-position.js';

/** One problem of a taxonomy file: its 1-based line and what is wrong, starting with the data path. */
export type TaxonomyProblem = { line: number; reason: string };

/** The taxonomy (defaults applied) when the text has no problem, else every problem found, by line. */
export type TaxonomyCheck =
  | { taxonomy: TaxonomyFile; problems: [] }
  | { taxonomy: null; problems: TaxonomyProblem[] };

/**
 * Check the text of a taxonomy file (YAML or JSON): YAML syntax first (nothing else can be trusted when
 * it fails), then the schema, the rules' codes and keywords and the category structure, all together.
 */
export function checkTaxonomyText(text: string): TaxonomyCheck {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  if (doc.errors.length > 0) {
    const problems = doc.errors.map((error) => ({
      line: Math.max(1, lineCounter.linePos(error.pos[0]).line),
      reason:
        error.code === 'DUPLICATE_KEY'
          ? `invalid YAML: the field "${keyAt(text, error.pos[0])}" appears twice in one mapping`
          : `invalid YAML: ${error.message}`,
    }));
    return { taxonomy: null, problems: sortProblems(problems) };
  }
  if (doc.contents === null) {
    const reason = 'the file is empty: a taxonomy starts with "format: patlas-taxonomy/1"';
    return { taxonomy: null, problems: [{ line: 1, reason }] };
  }
  const data: unknown = doc.toJS();
  const locator = yamlLocator(doc, lineCounter, text);
  const parsed = taxonomyFileSchema.safeParse(data);
  const found: PathProblem[] = [
    ...(parsed.success
      ? []
      : explainSchemaIssues(parsed.error.issues, {
          schema: taxonomyFileSchema,
          data,
          source: locator.source,
        })),
    ...checkTaxonomyRules(data),
    ...checkTaxonomyStructure(data, (path) => locator.line(path)),
  ];
  if (parsed.success && found.length === 0) return { taxonomy: parsed.data, problems: [] };
  const problems = found.map(({ path, key, reason }) => ({
    line: locator.line(path, key),
    reason: path.length > 0 ? `${formatPath(path)}: ${reason}` : reason,
  }));
  return { taxonomy: null, problems: sortProblems(problems) };
}

/** `categories[2].rules[0].keywords`: the data path as a user reads it. */
export function formatPath(path: readonly PathSegment[]): string {
  return path
    .map((segment, index) =>
      typeof segment === 'number' ? `[${segment}]` : index === 0 ? segment : `.${segment}`,
    )
    .join('');
}

/** The key written at an offset: up to the `:` that ends it. */
function keyAt(text: string, offset: number): string {
  return /^[^:\n]*/.exec(text.slice(offset))![0].trim();
}

function sortProblems(problems: TaxonomyProblem[]): TaxonomyProblem[] {
  const unique = new Map(problems.map((problem) => [`${problem.line}\u0000${problem.reason}`, problem]));
  return [...unique.values()].sort((a, b) => a.line - b.line);
}
