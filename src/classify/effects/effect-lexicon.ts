import { EFFECT_IDS, type EffectId, type LexiconFile, type LexiconTerm } from './lexicon-schema.js';
import { LexiconTermError, TermMatcher, type TermSpec } from './term-matcher.js';
import type { EffectLang } from './text-units.js';

export type Direction = 'increase' | 'decrease';
export type Polarity = 'improves' | 'worsens';
export type CueKind = 'increase' | 'decrease' | 'better' | 'worse' | 'absence' | 'achieve';
export type DegreeKind = 'increase' | 'decrease' | 'better';

/** What a content term is: an attribute, a self-contained phrase, a direction cue or a degree word. */
export type ContentValue =
  | { kind: 'attribute'; effect: EffectId; good: Direction; window: number | null }
  | { kind: 'phrase'; effect: EffectId; direction: Direction; polarity: Polarity }
  | { kind: 'cue'; cue: CueKind }
  | { kind: 'degree'; degree: DegreeKind };

/** The matchers of one language. */
export interface LanguageMatchers {
  content: TermMatcher<ContentValue>;
  negators: TermMatcher<null>;
  preventers: TermMatcher<null>;
  problems: TermMatcher<null>;
  solveCues: TermMatcher<null>;
  solveEnds: TermMatcher<null>;
  conjunctions: TermMatcher<null>;
  passageStarts: TermMatcher<null>;
  passageEnds: TermMatcher<null>;
  /** Largest cue–attribute distance in units. */
  window: number;
}

/** A validated, compiled lexicon: build it once with `loadEffectLexicon`, use it for many texts. */
export interface EffectLexicon {
  id: string;
  version: string;
  /** `id@version`, stored in `technical_effects.lexicon_version`. */
  versionTag: string;
  achieveEffects: ReadonlySet<EffectId>;
  labels: Record<EffectId, { en: string; zh: string }>;
  en: LanguageMatchers;
  zh: LanguageMatchers;
}

const CUE_KINDS = ['increase', 'decrease', 'better', 'worse', 'absence', 'achieve'] as const;
const DEGREE_KINDS = ['increase', 'decrease', 'better'] as const;

/** Compile a schema-valid lexicon; throws `LexiconTermError` naming the place of a bad or doubled term. */
export function compileLexicon(file: LexiconFile): EffectLexicon {
  const labels = Object.fromEntries(EFFECT_IDS.map((id) => [id, file.effects[id].label])) as Record<
    EffectId,
    { en: string; zh: string }
  >;
  return {
    id: file.id,
    version: file.version,
    versionTag: `${file.id}@${file.version}`,
    achieveEffects: new Set(file.achieveEffects),
    labels,
    en: languageMatchers(file, 'en'),
    zh: languageMatchers(file, 'zh'),
  };
}

function languageMatchers(file: LexiconFile, lang: EffectLang): LanguageMatchers {
  const plain = (terms: LexiconTerm[], where: string) =>
    new TermMatcher(
      specs(terms, `${where}.${lang}`, () => null),
      lang,
    );
  return {
    content: new TermMatcher(unique(contentSpecs(file, lang)), lang),
    negators: plain(file.negators[lang], 'negators'),
    preventers: plain(file.preventers[lang], 'preventers'),
    problems: plain(file.problemMarkers[lang], 'problemMarkers'),
    solveCues: plain(file.solveFrame[lang].cues, 'solveFrame.cues'),
    solveEnds: plain(file.solveFrame[lang].ends, 'solveFrame.ends'),
    conjunctions: plain(file.conjunctions[lang], 'conjunctions'),
    passageStarts: plain(file.passages[lang].starts, 'passages.starts'),
    passageEnds: plain(file.passages[lang].ends, 'passages.ends'),
    window: file.window[lang],
  };
}

function contentSpecs(file: LexiconFile, lang: EffectLang): TermSpec<ContentValue>[] {
  const out: TermSpec<ContentValue>[] = [];
  for (const effect of EFFECT_IDS) {
    file.effects[effect].attributes.forEach((group, i) => {
      const where = `effects.${effect}.attributes[${i}].${lang}`;
      out.push(
        ...specs<ContentValue>(group[lang], where, (t) => ({
          kind: 'attribute',
          effect,
          good: group.good,
          window: typeof t === 'string' ? null : (t.window ?? null),
        })),
      );
    });
    file.effects[effect].phrases.forEach((group, i) => {
      const where = `effects.${effect}.phrases[${i}].${lang}`;
      const value = { kind: 'phrase', effect, direction: group.direction, polarity: group.polarity } as const;
      out.push(...specs(group[lang], where, () => value));
    });
  }
  for (const cue of CUE_KINDS) {
    out.push(
      ...specs<ContentValue>(file.cues[cue][lang], `cues.${cue}.${lang}`, () => ({ kind: 'cue', cue })),
    );
  }
  for (const degree of DEGREE_KINDS) {
    out.push(
      ...specs<ContentValue>(file.degrees[degree][lang], `degrees.${degree}.${lang}`, () => ({
        kind: 'degree',
        degree,
      })),
    );
  }
  return out;
}

function specs<T>(terms: LexiconTerm[], where: string, value: (t: LexiconTerm) => T): TermSpec<T>[] {
  return terms.map((t, i) => ({
    term: termText(t),
    ...(typeof t === 'string' || !t.exclude ? {} : { exclude: t.exclude }),
    value: value(t),
    where: `${where}[${i}]`,
  }));
}

/** A content term may appear once per language: twice would make its meaning depend on list order. */
function unique<T>(list: TermSpec<T>[]): TermSpec<T>[] {
  const seen = new Map<string, string>();
  for (const spec of list) {
    const key = spec.term
      .normalize('NFKC')
      .toLowerCase()
      .replace(/[\s-]+/g, ' ')
      .trim();
    const first = seen.get(key);
    if (first) throw new LexiconTermError(`${spec.where}: "${spec.term}" is already listed at ${first}`);
    seen.set(key, spec.where ?? '');
  }
  return list;
}

function termText(t: LexiconTerm): string {
  return typeof t === 'string' ? t : t.term;
}
