// texts (one title per publication: Chinese on CN/TW documents, plus English on 40 % of CN ones, English
// elsewhere; the same invention, so the same words, across a family) and technical_effects: 20 % of
// families get an effect phrase in their titles ("with improved accuracy", 提高准确率) built from the
// shipped lexicon's terms, and a technical_effects row pointing at it (span = its position in the title).
import { readFileSync } from 'node:fs';
import { TITLE_HEAD, TITLE_TASK, TITLE_TECH } from './name-parts.mjs';
import { list, lit } from './sql.mjs';

const LEXICON = new URL('../../data/lexicons/technical-effects.json', import.meta.url);
const CUE = { increase: ['improved', '提高'], decrease: ['reduced', '降低'] };

/** One (effect id, direction, English attribute, Chinese attribute) per effect of the lexicon. */
export function effectPool() {
  const file = JSON.parse(readFileSync(LEXICON, 'utf8'));
  const term = (t) => (typeof t === 'string' ? t : t.term);
  const pool = Object.entries(file.effects).map(([id, e]) => {
    const a = e.attributes[0];
    return { id, direction: a.good, en: term(a.en[0]), zh: term(a.zh[0]) };
  });
  return { pool, version: `${file.id}@${file.version}` };
}

const at = (values, i, hashExpr) =>
  `${list(values.map((v) => v[i]))}[1 + (${hashExpr} % ${values.length})::INTEGER]`;

function titlesCte(lo, hi, pool) {
  const e = (field) => `${list(pool.map((x) => x[field]))}[1 + (h(f, 81) % ${pool.length})::INTEGER]`;
  return `p AS (SELECT idx, f, office, publication_number, u(f, 80) < 0.2 AS has_effect,
      ${e('id')} AS effect_id, ${e('direction')} AS direction, ${e('en')} AS attr_en, ${e('zh')} AS attr_zh,
      ${at(TITLE_HEAD, 0, 'h(f, 82)')} AS head_en, ${at(TITLE_HEAD, 1, 'h(f, 82)')} AS head_zh,
      ${at(TITLE_TASK, 0, 'h(f, 83)')} AS task_en, ${at(TITLE_TASK, 1, 'h(f, 83)')} AS task_zh,
      ${at(TITLE_TECH, 0, 'h(f, 84)')} AS tech_en, ${at(TITLE_TECH, 1, 'h(f, 84)')} AS tech_zh
    FROM gen_pub WHERE idx >= ${lo} AND idx < ${hi}),
  c AS (SELECT *, CASE direction WHEN 'increase' THEN ${lit(CUE.increase[0])} ELSE ${lit(CUE.decrease[0])} END AS cue_en,
      CASE direction WHEN 'increase' THEN ${lit(CUE.increase[1])} ELSE ${lit(CUE.decrease[1])} END AS cue_zh,
      head_en || ' for ' || task_en || ' based on ' || tech_en AS base_en FROM p),
  t AS (
    SELECT publication_number, 'zh' AS lang, has_effect, effect_id, direction, cue_zh AS cue, attr_zh AS attr,
      '一种' || CASE WHEN has_effect THEN cue_zh || attr_zh || '的' ELSE '' END || '基于' || tech_zh || '的' || task_zh || head_zh AS text,
      2 AS span_start
    FROM c WHERE office IN ('CN', 'TW')
    UNION ALL
    SELECT publication_number, 'en', has_effect, effect_id, direction, cue_en, attr_en,
      base_en || CASE WHEN has_effect THEN ' with ' || cue_en || ' ' || attr_en ELSE '' END,
      length(base_en) + 6
    FROM c WHERE office NOT IN ('CN', 'TW') OR (office = 'CN' AND u(f, 85) < 0.4))`;
}

export function textsSql(lo, hi, pool) {
  return `INSERT INTO texts WITH ${titlesCte(lo, hi, pool)} SELECT publication_number, 'title', lang, text FROM t`;
}

export function effectsSql(lo, hi, pool, version) {
  return `INSERT INTO technical_effects WITH ${titlesCte(lo, hi, pool)}
    SELECT publication_number, effect_id, direction, 'improves', 'title', lang, cue, attr,
      substr(text, span_start + 1, length(cue) + length(attr) + CASE lang WHEN 'en' THEN 1 ELSE 0 END),
      span_start, span_start + length(cue) + length(attr) + CASE lang WHEN 'en' THEN 1 ELSE 0 END, ${lit(version)}
    FROM t WHERE has_effect`;
}
