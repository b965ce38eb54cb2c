import type { Command } from 'commander';
import { findPublication, requirePublicationNumber } from '../../store/find-publication.js';
import { openStore } from '../../store/open-store.js';
import type { PublicationView } from '../../store/read-publication.js';
import { EXIT, type ExitCode } from '../exit-codes.js';

export function registerShow(program: Command, setExit: (code: ExitCode) => void): void {
  program
    .command('show')
    .description('one publication with everything the store holds about it')
    .argument(
      '<publication-number>',
      'any usual spelling: EP3782854A1, "US 8,926,509 B2", US-7849036-B2, us8926509',
    )
    .requiredOption('--db <file>', 'the store')
    .option('--json', 'print JSON')
    .action(async (number: string, options: { db: string; json?: boolean }) => {
      setExit(await runShowCommand(number, options));
    });
}

export async function runShowCommand(
  number: string,
  options: { db: string; json?: boolean },
): Promise<ExitCode> {
  requirePublicationNumber(number);
  const store = await openStore(options.db, { readOnly: true });
  try {
    const view = await findPublication(store, number, options.db);
    process.stdout.write(options.json ? `${JSON.stringify(view)}\n` : showText(view));
    return EXIT.ok;
  } finally {
    store.close();
  }
}

function showText(v: PublicationView): string {
  const party = (p: PublicationView['applicants'][number]) =>
    [p.name, [p.city, p.state, p.country].filter(Boolean).join(', ')].filter(Boolean).join(' — ');
  const lines = [
    `${v.publicationNumber}  (${v.documentType ?? 'document type unknown'})`,
    ...Object.entries(v.titles).map(([lang, t]) => `  title [${lang}]: ${t}`),
    `  application ${v.applicationNumber ?? '—'} filed ${v.applicationDate ?? '—'}; published ${v.publicationDate ?? '—'}${v.grantDate ? `; granted ${v.grantDate}` : ''}`,
    `  earliest priority ${v.priorityDate ?? '—'}${v.priorities.length ? ` (${v.priorities.map((p) => `${p.country ?? ''} ${p.number} ${p.date ?? ''}`.trim()).join('; ')})` : ''}`,
    `  family ${v.familyId ?? '—'}${v.familySize !== null ? `, size ${v.familySize}` : ''}${v.familyJurisdictions.length ? ` (${v.familyJurisdictions.join(' ')})` : ''}`,
    `  applicants: ${v.applicants.map(party).join('; ') || '—'}`,
    `  inventors: ${v.inventors.map(party).join('; ') || '—'}`,
    `  IPC: ${v.ipc.join(' ') || '—'}`,
    `  CPC: ${v.cpc.join(' ') || '—'}`,
    `  WIPO fields (fractional weight, from ${v.technologyFields[0]?.basis.toUpperCase() ?? 'IPC'}): ${
      v.technologyFields
        .map((f) => `${f.fieldNr} ${f.fieldName} ${f.fractionalWeight.toFixed(2)}`)
        .join('; ') || '—'
    }`,
    `  claims: ${v.claimsCount ?? '—'}${v.independentClaimsCount !== null ? ` (${v.independentClaimsCount} independent)` : ''}; citations: ${v.citations.length}; cited by: ${v.citedByCount ?? '—'}; legal status: ${v.legalStatus ?? '—'}`,
    ...Object.entries(v.abstracts).map(
      ([lang, t]) => `  abstract [${lang}]: ${t.length > 400 ? `${t.slice(0, 400)}…` : t}`,
    ),
    ...labelLines(v.labels),
    ...(v.technicalEffects.length
      ? [
          '  technical effects:',
          ...v.technicalEffects.map(
            (e) => `    ${e.effect} ${e.polarity} (${e.direction}) [${e.textType}]: ${e.evidence}`,
          ),
        ]
      : []),
    `  source: ${v.source.file}${v.source.line !== null ? ` line ${v.source.line}` : ''}${v.source.byteOffset !== null ? ` byte ${v.source.byteOffset}` : ''} (${v.source.format}${v.source.formatVersion ? ` ${v.source.formatVersion}` : ''})`,
  ];
  return `${lines.join('\n')}\n`;
}

/** Labels grouped by taxonomy: each category with the rules (or model) that put the publication there. */
function labelLines(labels: PublicationView['labels']): string[] {
  if (labels.length === 0) return ['  labels: — (run `patlas classify` to add them)'];
  const lines = ['  labels (category <- rule: evidence):'];
  let taxonomy = '';
  for (const l of labels) {
    if (l.taxonomy !== taxonomy) {
      taxonomy = l.taxonomy;
      lines.push(`    ${l.taxonomy} ${l.version}`);
    }
    const why =
      l.method === 'child'
        ? `via ${l.rule}`
        : l.method === 'fallback'
          ? 'no sibling category matched'
          : l.method === 'model'
            ? `model ${l.rule} score ${l.score?.toFixed(2) ?? '?'}${l.evidence ? `: ${l.evidence}` : ''}`
            : `${l.rule}${l.evidence ? `: ${l.evidence}` : ''}`;
    lines.push(`      ${l.category} <- ${why}`);
  }
  return lines;
}
