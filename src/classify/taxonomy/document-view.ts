import { compileChineseTerms } from '../keywords/match-chinese-terms.js';
import { type TokenizedText, tokenizeText } from '../keywords/tokenize-text.js';
import type { ClassifiableDocument } from './classifiable-document.js';
import type { CodeIndex } from './code-index.js';
import type { KeywordIndex } from './keyword-index.js';
import type { KeywordSet, TextField } from './taxonomy-schema.js';

export type EvidenceField = TextField | 'codes';
/** Why a rule held: the words, Chinese terms or symbol it found, and where. */
export interface Evidence {
  field: EvidenceField;
  text: string;
}

/** A keyword set compiled against the taxonomy's keyword index. */
export interface CompiledKeywords {
  en: number[];
  zh: ((text: string) => { matched: boolean; evidence: { term: string }[] }) | null;
}

const HAN = /\p{Script=Han}/u;

export function compileKeywords(set: KeywordSet, index: KeywordIndex): CompiledKeywords {
  const en = (set.en ?? []).map((expression) => index.add(expression));
  const zh = set.zh?.length
    ? compileChineseTerms(set.zh.map((entry) => (typeof entry === 'string' ? { term: entry } : entry)))
    : null;
  return { en, zh };
}

interface PreparedField {
  tokens: TokenizedText;
  candidates: Set<number>;
  /** The text for the Chinese terms (they normalise it); null when the field has no Han characters. */
  chinese: string | null;
}

/**
 * One publication as the rules see it. Each field is tokenised and scanned at most once, when a rule first
 * asks for it; the codes are looked up once for every code list of the taxonomy.
 */
export class DocumentView {
  private readonly fields = new Map<TextField, PreparedField | null>();
  private codeHits: Map<number, string> | null = null;

  constructor(
    readonly document: ClassifiableDocument,
    private readonly keywordIndex: KeywordIndex,
    private readonly codeIndex: CodeIndex,
  ) {}

  /** The symbol that matched the code list, or undefined. */
  code(list: number): string | undefined {
    this.codeHits ??= this.codeIndex.match(this.document.codes);
    return this.codeHits.get(list);
  }

  /** Evidence of every field where the keyword set matches; empty when it matches nowhere. */
  keywords(set: CompiledKeywords, fields: readonly TextField[]): Evidence[] {
    const evidence: Evidence[] = [];
    for (const name of fields) {
      const field = this.field(name);
      if (!field) continue;
      for (const id of set.en) {
        if (!field.candidates.has(id)) continue;
        const found = this.keywordIndex.run(id, field.tokens);
        if (found) for (const text of found) evidence.push({ field: name, text });
      }
      if (set.zh && field.chinese !== null) {
        for (const hit of set.zh(field.chinese).evidence) evidence.push({ field: name, text: hit.term });
      }
    }
    return evidence;
  }

  private field(name: TextField): PreparedField | null {
    const known = this.fields.get(name);
    if (known !== undefined) return known;
    const texts = this.document.texts[name];
    let prepared: PreparedField | null = null;
    if (texts.length > 0) {
      const joined = texts.join('\n');
      const tokens = tokenizeText(joined);
      prepared = {
        tokens,
        candidates: this.keywordIndex.candidates(tokens),
        chinese: HAN.test(joined) ? joined : null,
      };
    }
    this.fields.set(name, prepared);
    return prepared;
  }
}
