import type { Command } from 'commander';
import { applyModel } from '../../classify/learned/apply-model.js';
import type { ModelEvaluation } from '../../classify/learned/model-record.js';
import { readModel, type StoredModel } from '../../classify/learned/model-table.js';
import {
  describeSeed,
  parseSeedTaxonomy,
  type SeedDefinition,
} from '../../classify/learned/seed-definition.js';
import { type TrainFromStoreResult, trainFromStore } from '../../classify/learned/train-from-store.js';
import { PatlasError } from '../../domain/patlas-error.js';
import { openStore } from '../../store/open-store.js';
import { EXIT, type ExitCode } from '../exit-codes.js';
import { formatCount } from '../format-number.js';
import { createCountProgressBar } from '../progress-bar.js';
import { PATLAS_VERSION } from '../version.js';

interface Common {
  db?: string;
  json?: boolean;
}
interface TrainOptions extends Common {
  name: string;
  seedTaxonomy?: string;
  seedFile?: string;
  antiSeed: string;
  holdout: string;
  minCodeShare: string;
  minCodeRatio: string;
  replace?: boolean;
}

/**
 * `patlas classify train|apply|evaluate`: the learned classifier (Abood & Feltenberger 2018 seed expansion,
 * logistic regression on hashed words, Chinese characters and codes), added to the `classify` command.
 * `--db` and `--json` may be given before or after the subcommand name.
 */
export function registerModelCommands(classify: Command, setExit: (code: ExitCode) => void = () => {}): void {
  classify
    .command('train')
    .description(
      'train a model: seed, expansion by citations and codes, anti-seed sample, held-out evaluation',
    )
    .option('--db <file>', 'the store')
    .requiredOption('--name <name>', 'the model name (labels get taxonomy model:<name>)')
    .option(
      '--seed-taxonomy <taxonomy[:category]>',
      'positives: publications with this label, e.g. wipo2019:ai',
    )
    .option('--seed-file <file>', 'positives: publication numbers, one per line')
    .option('--anti-seed <n>', 'negatives: random publications outside seed, L1 and L2', '15000')
    .option('--holdout <share>', 'share held out (stratified) for evaluation', '0.2')
    .option('--min-code-share <share>', 'CPC expansion: a code on at least this share of the seed', '0.04')
    .option(
      '--min-code-ratio <ratio>',
      'CPC expansion: ... and this many times more common than in the store',
      '50',
    )
    .option('--replace', 'replace a model of the same name')
    .option('--json', 'print JSON')
    .action(async (_options: TrainOptions, command: Command) => {
      setExit(await runTrain(command.optsWithGlobals<TrainOptions>()));
    });
  classify
    .command('apply')
    .description('score every publication with a model and store labels for those at or above the threshold')
    .option('--db <file>', 'the store')
    .requiredOption('--model <name>', 'the model')
    .option('--threshold <p>', 'label publications scoring at least this (default: the model’s, 0.5)')
    .option('--json', 'print JSON')
    .action(async (_options: unknown, command: Command) => {
      setExit(await runApply(command.optsWithGlobals<Common & { model: string; threshold?: string }>()));
    });
  classify
    .command('evaluate')
    .description('precision, recall, F1 and confusion matrix of a model on its held-out split')
    .option('--db <file>', 'the store')
    .requiredOption('--model <name>', 'the model')
    .option('--json', 'print JSON')
    .action(async (_options: unknown, command: Command) => {
      setExit(await runEvaluate(command.optsWithGlobals<Common & { model: string }>()));
    });
}

async function runTrain(options: TrainOptions): Promise<ExitCode> {
  const seed = seedOf(options);
  const settings = {
    antiSeed: number(options.antiSeed, '--anti-seed', 1, 10_000_000, true),
    holdout: number(options.holdout, '--holdout', 0, 0.9),
    minCodeShare: number(options.minCodeShare, '--min-code-share', 0, 1),
    minCodeRatio: number(options.minCodeRatio, '--min-code-ratio', 0, 1e9),
  };
  const store = await openStore(dbOf(options));
  try {
    const started = Date.now();
    const result = await trainFromStore(store, {
      ...settings,
      modelId: options.name,
      seed,
      replace: options.replace === true,
      patlasVersion: PATLAS_VERSION,
    });
    const seconds = (Date.now() - started) / 1000;
    write(options, { ...result, seconds }, () => trainText(result, seconds));
    return EXIT.ok;
  } finally {
    store.close();
  }
}

async function runApply(options: Common & { model: string; threshold?: string }): Promise<ExitCode> {
  const threshold =
    options.threshold === undefined ? undefined : number(options.threshold, '--threshold', 0, 1);
  const store = await openStore(dbOf(options));
  try {
    const started = Date.now();
    const bar = createCountProgressBar(!options.json && process.stderr.isTTY === true, 'publications');
    const result = await applyModel(store, {
      modelId: options.model,
      ...(threshold === undefined ? {} : { threshold }),
      onProgress: bar.update,
    }).finally(() => bar.stop());
    const seconds = (Date.now() - started) / 1000;
    write(options, { ...result, seconds }, () =>
      [
        `Scored ${formatCount(result.publications - result.withoutFeatures)} publications with model "${result.modelId}" (weights ${result.taxonomyVersion}) in ${seconds.toFixed(1)} s.`,
        `Labelled ${formatCount(result.labelled)} at or above ${result.threshold.toFixed(2)}: taxonomy ${result.taxonomyId}, category ${result.categoryId}, method model; evidence = the words and codes that raised the score most.`,
        ...(result.withoutFeatures > 0
          ? [`Not scored (no title, abstract, claim or code): ${formatCount(result.withoutFeatures)}.`]
          : []),
      ].join('\n'),
    );
    return EXIT.ok;
  } finally {
    store.close();
  }
}

async function runEvaluate(options: Common & { model: string }): Promise<ExitCode> {
  const store = await openStore(dbOf(options), { readOnly: true });
  try {
    const stored = await readModel(store, options.model);
    const evaluation = stored.evaluation;
    if (!evaluation) {
      throw new PatlasError('not-found', `model "${stored.modelId}" was trained without a held-out split`, {
        hint: `train it again with --holdout 0.2 --replace`,
      });
    }
    write(options, evaluationJson(stored, evaluation), () => evaluationText(stored, evaluation));
    return EXIT.ok;
  } finally {
    store.close();
  }
}

function evaluationJson(stored: StoredModel, evaluation: ModelEvaluation) {
  const { expansion, holdout } = stored.params;
  return {
    model: stored.modelId,
    createdAt: stored.createdAt,
    patlasVersion: stored.patlasVersion,
    version: stored.version,
    definition: {
      positives: describeSeed(stored.target.seed),
      seed: stored.target.seed,
      negatives: `random sample of ${formatCount(expansion.antiSeed)} publications outside seed ∪ L1 ∪ L2 (L1 ${formatCount(expansion.l1)}, L2 ${formatCount(expansion.l2)})`,
      holdout: `${holdout.fraction} stratified, seed ${holdout.seed}`,
    },
    ...evaluation,
  };
}

function evaluationText(stored: StoredModel, e: ModelEvaluation): string {
  const json = evaluationJson(stored, e);
  const c = e.confusion;
  const cell = (n: number) => formatCount(n).padStart(13);
  return [
    `Model "${stored.modelId}" (weights ${stored.version}, trained ${stored.createdAt} with Patlas ${stored.patlasVersion})`,
    `  positives: ${json.definition.positives} (${formatCount(stored.target.seedPublications)} in the store)`,
    `  negatives: ${json.definition.negatives}`,
    `  held out: ${Math.round(stored.params.holdout.fraction * 100)}% stratified (seed ${stored.params.holdout.seed}): ${formatCount(e.heldOut.size)} publications (${formatCount(e.heldOut.positives)} positive, ${formatCount(e.heldOut.negatives)} negative); trained on the other ${formatCount(e.trainSize)}`,
    '',
    `Held-out, threshold ${e.threshold.toFixed(2)}: precision ${e.precision.toFixed(3)}  recall ${e.recall.toFixed(3)}  F1 ${e.f1.toFixed(3)}`,
    '',
    `${''.padEnd(10)}${'predicted +'.padStart(13)}${'predicted -'.padStart(13)}`,
    `${'actual +'.padEnd(10)}${cell(c.tp)}${cell(c.fn)}`,
    `${'actual -'.padEnd(10)}${cell(c.fp)}${cell(c.tn)}`,
  ].join('\n');
}

function trainText(result: TrainFromStoreResult, seconds: number): string {
  const x = result.params.expansion;
  const t = result.params.training;
  const seed = result.target.seed;
  const codes = x.codes.slice(0, 8).map((c) => c.symbol);
  const rule = `on >= ${x.minCodeShare} of the seed and >= ${x.minCodeRatio}x their share of the store`;
  const codeText =
    x.codeScheme === null
      ? 'no seed publication has IPC or CPC symbols'
      : codes.length === 0
        ? `no ${x.codeScheme.toUpperCase()} symbol ${rule}`
        : `${x.codes.length} ${x.codeScheme.toUpperCase()} symbols ${rule}: ${codes.join(' ')}${x.codes.length > codes.length ? ' ...' : ''}`;
  const lines = [
    `Trained model "${result.modelId}" in ${seconds.toFixed(1)} s (stored in the store with its parameters).`,
    `  seed: ${describeSeed(seed)}: ${formatCount(result.target.seedPublications)} publications` +
      (result.target.seedUnknown > 0
        ? `; ${formatCount(result.target.seedUnknown)} listed numbers are not in the store`
        : ''),
    `  L1: ${formatCount(x.l1)} = by codes ${formatCount(x.l1Codes)} (${codeText}) ∪ by citations ${formatCount(x.l1Citations)} (one hop both ways, ${x.citationLevel} level); L2: ${formatCount(x.l2)}`,
    `  anti-seed: ${formatCount(x.antiSeed)} of ${formatCount(x.antiSeedCandidates)} publications with text or codes outside seed ∪ L1 ∪ L2`,
    `  examples: ${formatCount(t.positives + (result.evaluation?.heldOut.positives ?? 0))} positive, ${formatCount(t.negatives + (result.evaluation?.heldOut.negatives ?? 0))} negative` +
      (x.withoutFeatures.positives + x.withoutFeatures.negatives > 0
        ? ` (${formatCount(x.withoutFeatures.positives + x.withoutFeatures.negatives)} without text or codes left out)`
        : ''),
  ];
  const e = result.evaluation;
  lines.push(
    e
      ? `  held-out (${formatCount(e.heldOut.size)}): precision ${e.precision.toFixed(3)}, recall ${e.recall.toFixed(3)}, F1 ${e.f1.toFixed(3)} at ${e.threshold.toFixed(2)}; \`patlas classify evaluate --model ${result.modelId}\` for the confusion matrix`
      : '  no held-out evaluation (--holdout 0)',
  );
  return lines.join('\n');
}

function write(options: Common, json: object, text: () => string): void {
  process.stdout.write(options.json ? `${JSON.stringify(json)}\n` : `${text()}\n`);
}

function seedOf(options: TrainOptions): SeedDefinition {
  if ((options.seedTaxonomy === undefined) === (options.seedFile === undefined)) {
    throw new PatlasError('usage', 'give exactly one of --seed-taxonomy and --seed-file', {
      hint: 'e.g. --seed-taxonomy wipo2019:ai, or --seed-file seeds.txt with one publication number per line',
    });
  }
  return options.seedFile !== undefined
    ? { kind: 'file', file: options.seedFile }
    : parseSeedTaxonomy(options.seedTaxonomy ?? '');
}

function dbOf(options: Common): string {
  if (!options.db) throw new PatlasError('usage', "required option '--db <file>' not specified");
  return options.db;
}

function number(raw: string, option: string, min: number, max: number, integer = false): number {
  const n = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(n) || n < min || n > max || (integer && !Number.isInteger(n))) {
    throw new PatlasError(
      'usage',
      `${option} takes ${integer ? 'a whole number' : 'a number'} from ${min} to ${max}, not "${raw}"`,
    );
  }
  return n;
}
