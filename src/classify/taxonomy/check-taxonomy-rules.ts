import { didYouMean } from '../../domain/did-you-mean.js';
import { PatlasError } from '../../domain/patlas-error.js';
import { parseSymbolPattern } from '../ipc/symbol-pattern.js';
import { compileChineseTerms } from '../keywords/match-chinese-terms.js';
import { parseKeywordExpression } from '../keywords/parse-keyword-expression.js';
import type { PathProblem, PathSegment } from './yaml-position.js';

type Path = readonly PathSegment[];

const CODE_LISTS = ['codes', 'require_codes', 'exclude_codes'] as const;
const KEYWORD_SETS = ['keywords', 'require_keywords', 'exclude_keywords'] as const;
const MATCHERS = ['codes', 'keywords'];

/**
 * Check what the schema cannot: every code pattern, English expression and Chinese term parses, no rule
 * is empty, no keyword set is empty. Works on the raw parsed data so that these problems are reported
 * together with the schema's; values of the wrong type are left to the schema.
 */
export function checkTaxonomyRules(data: unknown): PathProblem[] {
  const problems: PathProblem[] = [];
  const root = asRecord(asRecord(data)?.root);
  if (root?.generic_terms !== undefined) {
    checkKeywordSet(root.generic_terms, ['root', 'generic_terms'], problems);
  }
  asList(root?.rules).forEach((rule, r) => {
    checkRule(rule, ['root', 'rules', r], problems);
  });
  asList(asRecord(data)?.categories).forEach((category, c) => {
    asList(asRecord(category)?.rules).forEach((rule, r) => {
      checkRule(rule, ['categories', c, 'rules', r], problems);
    });
  });
  return problems;
}

function checkRule(value: unknown, path: Path, problems: PathProblem[]): void {
  const rule = asRecord(value);
  if (!rule) return;
  for (const field of CODE_LISTS) {
    asList(rule[field]).forEach((pattern, index) => {
      if (typeof pattern === 'string')
        attempt(() => parseSymbolPattern(pattern), [...path, field, index], problems);
    });
  }
  if (Array.isArray(rule.require_codes) && rule.require_codes.length === 0) {
    problems.push({ path: [...path, 'require_codes'], reason: 'is empty: the rule could never hold' });
  }
  for (const field of KEYWORD_SETS) {
    if (rule[field] !== undefined) checkKeywordSet(rule[field], [...path, field], problems);
  }
  const noCodes = rule.codes === undefined || (Array.isArray(rule.codes) && rule.codes.length === 0);
  if (noCodes && rule.keywords === undefined && !hasMisspeltMatcher(rule)) {
    problems.push({ path, reason: 'the rule is empty: it needs codes or keywords' });
  }
}

/** `keyword:` or `code:` is reported as an unknown field already; calling the rule empty would only confuse. */
function hasMisspeltMatcher(rule: Record<string, unknown>): boolean {
  return Object.keys(rule).some((key) => !MATCHERS.includes(key) && didYouMean(key, MATCHERS) !== null);
}

function checkKeywordSet(value: unknown, path: Path, problems: PathProblem[]): void {
  const set = asRecord(value);
  if (!set) return;
  const english = asList(set.en);
  const chinese = asList(set.zh);
  if (english.length === 0 && chinese.length === 0) {
    problems.push({ path, reason: 'has neither en nor zh terms: give at least one' });
  }
  english.forEach((expression, index) => {
    if (typeof expression === 'string') {
      attempt(() => parseKeywordExpression(expression), [...path, 'en', index], problems);
    }
  });
  chinese.forEach((entry, index) => {
    checkChineseTerm(entry, [...path, 'zh', index], problems);
  });
}

function checkChineseTerm(entry: unknown, path: Path, problems: PathProblem[]): void {
  const object = asRecord(entry);
  const term = typeof entry === 'string' ? entry : object?.term;
  if (typeof term !== 'string') return;
  if (!attempt(() => compileChineseTerms([{ term }]), path, problems)) return;
  asList(object?.exclude).forEach((context, index) => {
    if (typeof context === 'string') {
      attempt(
        () => compileChineseTerms([{ term, exclude: [context] }]),
        [...path, 'exclude', index],
        problems,
      );
    }
  });
}

/** Run a parser; a PatlasError it throws becomes a problem at the path. True when it parsed. */
function attempt(parse: () => unknown, path: Path, problems: PathProblem[]): boolean {
  try {
    parse();
    return true;
  } catch (error) {
    if (!(error instanceof PatlasError)) throw error;
    problems.push({ path, reason: error.message });
    return false;
  }
}

/** A mapping of the parsed file, or null for anything else. */
export function asRecord(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null;
}

/** A list of the parsed file, or empty for anything else. */
export function asList(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}
