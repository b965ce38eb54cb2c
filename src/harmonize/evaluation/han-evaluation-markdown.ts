import type { HanEvaluation, MergedNames } from './han-evaluation.js';
import { APPLICANT_SECTORS, PSN_SECTOR_AGREES } from './sector-agreement.js';

/** The evaluation as a markdown section for docs/evaluation.md. */
export function hanEvaluationMarkdown(e: HanEvaluation): string {
  const lines = [
    '## Applicant harmonisation against OECD HAN',
    '',
    `Data: \`${e.file}\` (${count(e.persons)} PATSTAT applicant persons, ${count(e.hanNames)} distinct HAN names, ` +
      `${count(e.matchKeys)} match keys), patents per person from \`${e.linkFile}\`; groups: \`${e.groupsFile}\` ` +
      `v${e.groupsVersion}.`,
    '',
    'The extract holds the OECD HAN name of each person, not the raw applicant name, so the match key is applied to ' +
      'HAN names. Two persons form a *pair*; the reference says a pair is the same applicant when both carry the same ' +
      'HAN name (`han`), or the same HAN name after upper-casing and dropping everything but letters and digits ' +
      '(`han-normalised`: HAN keeps "ZTE CORP" and "ZTE Corporation", "Li, Wei" and "LI WEI" apart).',
    '',
    '- **Precision** = pairs with the same key and the same reference name / pairs with the same key.',
    '- **Recall** = pairs with the same key and the same reference name / pairs with the same reference name. Since ' +
      'the inputs are already HAN names, equal HAN names always get equal keys, so recall is 1 by construction: it ' +
      'says nothing about how well raw spelling variants are brought together, only precision is informative here.',
    '- *patents*: each person counted once per application it holds (CN_el_applt), so large applicants weigh more.',
    '- *organisations*: persons whose PSN sector is not INDIVIDUAL; *group*: a group id where the groups file has ' +
      'one, else the match key. Groups merge legal entities HAN keeps apart on purpose, so their precision against ' +
      'HAN is lower by design. Groups hold no individuals, so their rows for individuals are left out.',
    '',
    '| level | persons | weighting | reference | precision | recall | pairs (same key) | pairs (same reference) |',
    '|---|---|---|---|---:|---:|---:|---:|',
    ...e.rows.map(
      (r) =>
        `| ${r.level} | ${r.subset} | ${r.weighting} | ${r.reference} | ${fixed(r.precision)} | ${fixed(r.recall)} | ` +
        `${count(r.predictedPairs)} | ${count(r.referencePairs)} |`,
    ),
    '',
    'Target: precision >= 0.98.',
    '',
    '### HAN names merged by one match key (most false pairs first)',
    '',
    ...mergedList(e.mergedByKey),
    '',
    '### HAN names merged by a group (most false pairs first)',
    '',
    ...mergedList(e.mergedByGroup),
    '',
    '### Sector against PATSTAT PSN sector',
    '',
    `Agreement: ${fixed(e.sector.agreement)} (${count(e.sector.agreeing)} of ${count(e.sector.compared)} persons). ` +
      'A PSN sector agrees with: ' +
      Object.entries(PSN_SECTOR_AGREES)
        .map(([psn, sectors]) => `${psn} -> ${sectors.join(' or ')}`)
        .join('; ') +
      '. Other PSN sectors (UNKNOWN) are shown but not compared. Sectors come from the name alone here.',
    '',
    `| PSN sector | ${APPLICANT_SECTORS.join(' | ')} |`,
    `|---|${APPLICANT_SECTORS.map(() => '---:').join('|')}|`,
    ...Object.entries(e.sector.matrix)
      .sort((a, b) => total(b[1]) - total(a[1]))
      .map(([psn, row]) => `| ${psn} | ${APPLICANT_SECTORS.map((s) => count(row[s])).join(' | ')} |`),
    '',
  ];
  return lines.join('\n');
}

function mergedList(merged: readonly MergedNames[]): string[] {
  if (merged.length === 0) return ['(none)'];
  return merged.map(
    (m) =>
      `- \`${m.cluster}\` (${count(m.falsePairs)} false pairs): ` +
      m.names.map((n) => `${n.name} (${n.persons})`).join('; '),
  );
}

function total(row: Record<string, number>): number {
  return Object.values(row).reduce((sum, n) => sum + n, 0);
}

function fixed(value: number): string {
  return value.toFixed(4);
}

function count(value: number): string {
  return value.toLocaleString('en-US');
}
