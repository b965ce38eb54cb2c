export type { Direction, EffectLexicon, Polarity } from './effect-lexicon.js';
export { type EffectHit, type ExtractOptions, effectLanguage, extractEffects } from './extract-effects.js';
export { EFFECT_IDS, type EffectId, LEXICON_FORMAT } from './lexicon-schema.js';
export { defaultLexiconPath, loadEffectLexicon, parseEffectLexicon } from './load-effect-lexicon.js';
export {
  EFFECT_TEXT_TYPES,
  type RefreshEffectsOptions,
  refreshTechnicalEffects,
  type TechnicalEffectCounts,
} from './refresh-technical-effects.js';
