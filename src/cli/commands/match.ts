import type { Command } from 'commander';
import { PatlasError } from '../../domain/patlas-error.js';
import { matchNeed } from '../../search/match/match-need.js';
import { matchText } from '../../search/match/match-text.js';
import { parseMatchParams } from '../../search/search-params.js';
import { openStore } from '../../store/open-store.js';
import { EXIT, type ExitCode } from '../exit-codes.js';

interface MatchOptions {
  db?: string;
  top?: string;
  json?: boolean;
}

export function registerMatch(program: Command, setExit: (code: ExitCode) => void): void {
  program
    .command('match')
    .argument('<need>', 'the technology need, in Chinese or English (quote it)')
    .description(
      'rank the patents and applicants (potential licensors or partners) that answer a technology need, ' +
        'each with why (needs `patlas index` first)',
    )
    .option('--db <file>', 'the store')
    .option('--top <n>', 'patents and applicants to list (1 to 100)', '20')
    .option('--json', 'print one JSON document (what GET /api/match returns)')
    .action(async (need: string, options: MatchOptions) => {
      setExit(await runMatchCommand(need, options));
    });
}

export async function runMatchCommand(need: string, options: MatchOptions): Promise<ExitCode> {
  if (!options.db) throw new PatlasError('usage', "required option '--db <file>' not specified");
  const params = parseMatchParams({ q: need, top: options.top });
  const store = await openStore(options.db, { readOnly: true });
  try {
    const result = await matchNeed(store, params.q, { top: params.top });
    if (result.index.stale) {
      process.stderr.write(
        `patlas: warning: the store changed (ingest or refresh) after the text index was built (${result.index.builtAt}); ` +
          `new texts are not searched and applicant names may be out of date\n  hint: rebuild it with \`patlas index --db ${options.db}\`\n`,
      );
    }
    process.stdout.write(options.json ? `${JSON.stringify(result)}\n` : matchText(result));
    return EXIT.ok;
  } finally {
    store.close();
  }
}
