import { loadEffectLexicon } from '../../classify/effects/load-effect-lexicon.js';
import type { Bilingual } from '../../indicators/indicator-types.js';
import type { Lang } from '../chart-spec.js';

let labels: Record<string, Bilingual> | null = null;

/** A technical effect's name from the shipped effect lexicon (准确性, 效率 ...); the id when it has none. */
export function effectLabel(effect: string, lang: Lang): string {
  labels ??= loadEffectLexicon().labels;
  const label = labels[effect]?.[lang] ?? effect;
  return lang === 'en' ? label.charAt(0).toUpperCase() + label.slice(1) : label;
}
