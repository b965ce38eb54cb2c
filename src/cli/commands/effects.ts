import type { Command } from 'commander';
import { loadEffectLexicon, refreshTechnicalEffects } from '../../classify/effects/index.js';
import { openStore } from '../../store/open-store.js';
import { EXIT, type ExitCode } from '../exit-codes.js';
import { formatCount, formatShare } from '../format-number.js';

interface EffectsOptions {
  db: string;
  json?: boolean;
}

export function registerEffects(program: Command, setExit: (code: ExitCode) => void): void {
  program
    .command('effects')
    .description(
      'find technical effects (accuracy, efficiency, cost, energy ... with polarity) in titles, abstracts and first claims',
    )
    .requiredOption('--db <file>', 'the store')
    .option('--json', 'print JSON')
    .action(async (options: EffectsOptions) => {
      setExit(await runEffectsCommand(options));
    });
}

export async function runEffectsCommand(options: EffectsOptions): Promise<ExitCode> {
  const lexicon = loadEffectLexicon();
  const store = await openStore(options.db);
  try {
    const started = Date.now();
    const counts = await refreshTechnicalEffects(store, { lexicon });
    const total = Number((await store.one<{ n: number }>('SELECT count(*) AS n FROM publications'))?.n ?? 0);
    const seconds = (Date.now() - started) / 1000;
    if (options.json) {
      process.stdout.write(
        `${JSON.stringify({ lexicon: lexicon.versionTag, storePublications: total, ...counts, seconds })}\n`,
      );
      return EXIT.ok;
    }
    const lines = [
      `Technical effects found in ${formatCount(counts.publications)} of ${formatCount(total)} publications ` +
        `(${formatShare(total ? counts.publications / total : 0)}) in ${seconds.toFixed(1)} s; stored in technical_effects.`,
      `Definition: a direction cue and an effect attribute in one clause of the title, abstract or first claim ` +
        `(lexicon ${lexicon.versionTag}, data/lexicons/technical-effects.json); unit: effect mention.`,
      '',
      ...Object.entries(counts.byEffect)
        .sort((a, b) => b[1] - a[1])
        .map(([effect, n]) => `  ${effect.padEnd(18)} ${formatCount(n).padStart(9)}`),
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
    return EXIT.ok;
  } finally {
    store.close();
  }
}
