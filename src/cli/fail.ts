import { CommanderError } from 'commander';
import { PatlasError } from '../domain/patlas-error.js';
import { EXIT, type ExitCode } from './exit-codes.js';

/** The one place errors leave the CLI: a message (and hint) on stderr, JSON with --json; returns the exit code. */
export function fail(error: unknown, json: boolean): ExitCode {
  if (error instanceof CommanderError) {
    if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version') return EXIT.ok;
    if (json) writeJsonError('usage', error.message.replace(/^error: /, ''), null);
    return EXIT.usage;
  }
  const code = error instanceof PatlasError ? error.code : 'internal';
  const message = error instanceof Error ? error.message : String(error);
  const hint = error instanceof PatlasError ? error.hint : null;
  if (json) writeJsonError(code, message, hint);
  else {
    process.stderr.write(`patlas: ${message}\n`);
    if (hint) process.stderr.write(`  hint: ${hint}\n`);
    if (!(error instanceof PatlasError) && error instanceof Error && process.env.PATLAS_DEBUG) {
      process.stderr.write(`${error.stack}\n`);
    }
  }
  if (code === 'usage' || code === 'bad-mapping' || code === 'bad-taxonomy') return EXIT.usage;
  if (code === 'interrupted') return EXIT.interrupted;
  return EXIT.problems;
}

function writeJsonError(code: string, message: string, hint: string | null): void {
  process.stderr.write(`${JSON.stringify({ error: { code, message, hint } })}\n`);
}
