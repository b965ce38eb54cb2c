import type { Store } from '../../store/open-store.js';

export interface MatchEffect {
  /** Effect class of the shipped lexicon (e.g. accuracy, efficiency, cost). */
  effect: string;
  /** increase | decrease */
  direction: string;
  polarity: string;
  textType: string;
  evidence: string;
}

/** Technical effects found in the candidates' texts (classify/effects), in text order. */
export async function readEffects(
  store: Store,
  publicationNumbers: readonly string[],
): Promise<Map<string, MatchEffect[]>> {
  const effects = new Map<string, MatchEffect[]>();
  if (publicationNumbers.length === 0) return effects;
  const rows = await store.all<{
    publication_number: string;
    effect_id: string;
    direction: string;
    polarity: string;
    text_type: string;
    evidence: string;
  }>(
    `SELECT publication_number, effect_id, direction, polarity, text_type, evidence FROM technical_effects
     WHERE publication_number IN (SELECT unnest(from_json(?, '["VARCHAR"]')))
     ORDER BY publication_number, text_type DESC, span_start`,
    [JSON.stringify(publicationNumbers)],
  );
  for (const r of rows) {
    const list = effects.get(r.publication_number) ?? [];
    list.push({
      effect: r.effect_id,
      direction: r.direction,
      polarity: r.polarity,
      textType: r.text_type,
      evidence: r.evidence,
    });
    effects.set(r.publication_number, list);
  }
  return effects;
}
