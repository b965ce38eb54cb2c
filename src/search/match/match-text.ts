import type { MatchResult, PatentMatch } from './match-need.js';

const FIELD_LABEL: Record<string, string> = { title: 'title', abstract: 'abstract', claim: 'first claim' };
const num = (n: number): string => n.toFixed(2);

/** A match result as an IP analyst reads it on a terminal (English; the JSON carries both languages). */
export function matchText(result: MatchResult): string {
  const lines: string[] = [];
  lines.push(`Need: ${result.need}`);
  const known = result.terms.filter((t) => t.documents > 0);
  const unknown = result.terms.filter((t) => t.documents === 0).map((t) => t.word);
  lines.push(`Searched words: ${known.map((t) => `${t.word} (${t.documents})`).join(', ') || 'none'}`);
  if (unknown.length) lines.push(`In no indexed text: ${unknown.join(', ')}`);
  lines.push(
    `${result.totalMatching.toLocaleString('en-US')} of ${result.index.documents.toLocaleString('en-US')} ` +
      `indexed publications match at least one term (index built ${result.index.builtAt}).`,
  );
  if (result.cpcProfile.length) {
    const groups = result.cpcProfile.slice(0, 8).map((g) => `${g.group} (${g.hits})`);
    lines.push(`Classes of the best ${result.parameters.bestHits} hits (boosted): ${groups.join(', ')}`);
  }
  lines.push('', `Patents (${result.patents.length} best)`);
  result.patents.forEach((p, i) => {
    lines.push(...patentLines(p, i + 1));
  });
  if (result.patents.length === 0) lines.push('  none: no indexed publication holds a term of the need');
  lines.push('', 'Applicants: potential licensors or partners');
  result.applicants.forEach((a, i) => {
    const where = a.countries.length ? ` (${a.countries.slice(0, 3).join(', ')})` : '';
    lines.push(
      `${String(i + 1).padStart(3)}. ${a.name}${where}  score ${num(a.score)}, ${a.matchingPatents} matching ` +
        `patent${a.matchingPatents === 1 ? '' : 's'}; best: ${a.bestPatents.join(', ')}`,
    );
  });
  if (result.applicants.length === 0) lines.push('  none: the matching patents name no applicant');
  lines.push('', `How: ${result.method.en}`);
  return `${lines.join('\n')}\n`;
}

function patentLines(p: PatentMatch, rank: number): string[] {
  const year = p.priorityYear ?? p.publicationYear;
  const facts = [year ? String(year) : null, p.country, p.legalStatus].filter(Boolean).join(', ');
  const boost = p.cpcOverlap > 0 ? ` = BM25 ${num(p.bm25)} x CPC boost ${num(p.score / p.bm25)}` : '';
  const lines = [
    `${String(rank).padStart(3)}. ${p.publicationNumber}  score ${num(p.score)}${boost}  (${facts})`,
    `     ${p.title ?? '(no title)'}`,
  ];
  if (p.applicants.length) {
    const origin = p.originCountries.length ? ` [${p.originCountries.join(', ')}]` : '';
    lines.push(`     applicant: ${p.applicants.map((a) => a.name).join('; ')}${origin}`);
  }
  const terms = p.matchedTerms.map(
    (t) => `${t.word} (${t.fields.map((f) => FIELD_LABEL[f] ?? f).join(', ')})`,
  );
  lines.push(`     terms: ${terms.join(', ')}`);
  if (p.sharedCpc.length) lines.push(`     shared classes: ${p.sharedCpc.join(', ')}`);
  if (p.effects.length) {
    const effects = p.effects.slice(0, 3).map((e) => `${e.effect} ${e.direction} ("${e.evidence}")`);
    lines.push(`     effects: ${effects.join('; ')}`);
  }
  return lines;
}
