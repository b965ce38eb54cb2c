import { type EffectLang, toUnits } from './text-units.js';

/** A term as a sequence of units; with `prefix` its last unit matches any unit it begins (`reduc*`). */
interface Pattern {
  units: string[];
  prefix: boolean;
}

interface Exclusion {
  pattern: Pattern;
  /** Where the term sits inside the exclusion (in units). */
  offsets: number[];
}

interface CompiledTerm<T> {
  label: string;
  pattern: Pattern;
  exclusions: Exclusion[];
  value: T;
}

/** One hit: units `[start, end)`, the term as written in the lexicon and the value it carries. */
export interface TermMatch<T> {
  start: number;
  end: number;
  label: string;
  value: T;
}

export interface TermSpec<T> {
  term: string;
  exclude?: readonly string[];
  value: T;
  /** Where the term is written (`effects.cost.attributes[0].en`), for error messages. */
  where?: string;
}

/** A bad term in the lexicon; the loader adds the file and the place. */
export class LexiconTermError extends Error {}

/** Many terms compiled once, found in unit sequences (all hits, overlapping ones too). */
export class TermMatcher<T> {
  private readonly byFirst = new Map<string, CompiledTerm<T>[]>();
  private readonly prefixFirst: CompiledTerm<T>[] = [];

  constructor(specs: readonly TermSpec<T>[], lang: EffectLang) {
    for (const spec of specs) {
      const compiled = compileTerm(spec, lang);
      if (compiled.pattern.prefix && compiled.pattern.units.length === 1) this.prefixFirst.push(compiled);
      else {
        const first = compiled.pattern.units[0]!;
        const list = this.byFirst.get(first) ?? [];
        list.push(compiled);
        this.byFirst.set(first, list);
      }
    }
  }

  find(units: readonly string[]): TermMatch<T>[] {
    const found: TermMatch<T>[] = [];
    for (let at = 0; at < units.length; at += 1) {
      const exact = this.byFirst.get(units[at]!);
      if (exact) for (const term of exact) this.tryAt(units, at, term, found);
      for (const term of this.prefixFirst) this.tryAt(units, at, term, found);
    }
    return found;
  }

  private tryAt(units: readonly string[], at: number, term: CompiledTerm<T>, found: TermMatch<T>[]): void {
    if (!matchesAt(units, at, term.pattern)) return;
    const excluded = term.exclusions.some((ex) =>
      ex.offsets.some((offset) => at - offset >= 0 && matchesAt(units, at - offset, ex.pattern)),
    );
    if (!excluded) {
      found.push({ start: at, end: at + term.pattern.units.length, label: term.label, value: term.value });
    }
  }
}

function matchesAt(units: readonly string[], at: number, pattern: Pattern): boolean {
  const last = pattern.units.length - 1;
  for (let k = 0; k <= last; k += 1) {
    const unit = units[at + k];
    const want = pattern.units[k]!;
    if (unit === undefined) return false;
    if (k === last && pattern.prefix ? !unit.startsWith(want) : unit !== want) return false;
  }
  return true;
}

function compileTerm<T>(spec: TermSpec<T>, lang: EffectLang): CompiledTerm<T> {
  try {
    return compileValidTerm(spec, lang);
  } catch (error) {
    if (!(error instanceof LexiconTermError) || !spec.where) throw error;
    throw new LexiconTermError(`${spec.where}: ${error.message}`);
  }
}

function compileValidTerm<T>(spec: TermSpec<T>, lang: EffectLang): CompiledTerm<T> {
  const pattern = patternOf(spec.term, lang);
  const exclusions = (spec.exclude ?? []).map((context) => {
    const excluded = patternOf(context, lang);
    const offsets: number[] = [];
    for (let at = 0; at + pattern.units.length <= excluded.units.length; at += 1) {
      if (matchesAt(excluded.units, at, pattern)) offsets.push(at);
    }
    if (offsets.length === 0) {
      throw new LexiconTermError(`exclusion "${context}" does not contain the term "${spec.term}"`);
    }
    return { pattern: { units: excluded.units, prefix: false }, offsets };
  });
  return { label: spec.term, pattern, exclusions, value: spec.value };
}

function patternOf(term: string, lang: EffectLang): Pattern {
  const folded = term.normalize('NFKC').toLowerCase().trim();
  const prefix = folded.endsWith('*');
  const body = prefix ? folded.slice(0, -1) : folded;
  if (body.includes('*')) {
    throw new LexiconTermError(`the term "${term}" has a * before its end; only a trailing * is allowed`);
  }
  const units = toUnits(body, lang).units;
  if (units.length === 0) throw new LexiconTermError(`the term "${term}" has no letters`);
  return { units, prefix };
}
