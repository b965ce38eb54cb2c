import { Command } from 'commander';
import { registerClassify } from './commands/classify.js';
import { registerModelCommands } from './commands/classify-model.js';
import { registerDemo } from './commands/demo.js';
import { registerEffects } from './commands/effects.js';
import { registerEvaluate } from './commands/evaluate.js';
import { registerExport } from './commands/export.js';
import { registerIndicators } from './commands/indicators.js';
import { registerInfo } from './commands/info.js';
import { registerIngest } from './commands/ingest.js';
import { registerMatch } from './commands/match.js';
import { registerRefresh } from './commands/refresh.js';
import { registerReport } from './commands/report.js';
import { registerServe } from './commands/serve.js';
import { registerShow } from './commands/show.js';
import { registerTextIndex } from './commands/text-index.js';
import { EXIT, type ExitCode } from './exit-codes.js';
import { fail } from './fail.js';
import { PATLAS_VERSION } from './version.js';

let exitCode: ExitCode = EXIT.ok;
const setExit = (code: ExitCode) => {
  exitCode = code;
};

const program = new Command('patlas')
  .description('Patlas: open, reproducible patent-landscape analytics on an embedded DuckDB store')
  .version(PATLAS_VERSION)
  .exitOverride()
  .showHelpAfterError('(run `patlas --help` for the commands)');
registerDemo(program, setExit);
registerIngest(program, setExit);
registerInfo(program, setExit);
registerShow(program, setExit);
registerTextIndex(program, setExit);
registerMatch(program, setExit);
registerModelCommands(registerClassify(program, setExit), setExit);
registerEvaluate(program, setExit);
registerEffects(program, setExit);
registerIndicators(program, setExit);
registerRefresh(program, setExit);
registerReport(program, setExit);
registerExport(program, setExit);
registerServe(program, setExit);
program.addHelpText(
  'after',
  '\nExit codes: 0 all good; 1 something was rejected or failed (the rest was done); 2 usage error; 130 interrupted (store unchanged).',
);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  exitCode = fail(error, process.argv.includes('--json'));
}
process.exitCode = exitCode;
