import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PatentRecord } from '../../domain/patent-record.js';
import { fileInput } from '../../ingest/file-input.js';
import { readIstatCsv } from '../../ingest/istat/index.js';
import { readLensCsv } from '../../ingest/lens/index.js';
import { binaryMetrics } from './binary-metrics.js';
import { explainDocument } from './explain-score.js';
import { extractFeatures } from './extract-features.js';
import { DEFAULT_FEATURE_RECIPE } from './feature-recipe.js';
import { scoreDocument, scoreVector } from './learned-model.js';
import { splitHoldout } from './split-holdout.js';
import { trainClassifier } from './train-classifier.js';

const data = (path: string) => fileURLToPath(new URL(`../../../../shared/data/${path}`, import.meta.url));

async function records(read: typeof readIstatCsv, file: string): Promise<PatentRecord[]> {
  const out: PatentRecord[] = [];
  for await (const item of read(fileInput(file))) if (item.kind === 'record') out.push(item.record);
  return out;
}
const titleOf = (r: PatentRecord) => ({ title: Object.values(r.titles) });

// Positives: the 1,606 istat AI patents (sample/); negatives: the 1,695 Lens drone families (cleaned file).
const ai: PatentRecord[] = [];
let drones: PatentRecord[] = [];
beforeAll(async () => {
  const dir = data('ai-text-istat/sample');
  for (const file of readdirSync(dir).sort()) ai.push(...(await records(readIstatCsv, `${dir}/${file}`)));
  drones = await records(readLensCsv, data('lens/drones_tac_1695_cleaned.csv'));
});

describe('trainClassifier', () => {
  it('separates a linearly separable real set: AI titles with "neural network" vs UAV titles', () => {
    const nn = ai.filter((r) => /neural network/i.test(r.titles.en ?? ''));
    const uav = drones.filter((r) => /unmanned aerial vehicle/i.test(Object.values(r.titles).join(' ')));
    expect(nn.length).toBeGreaterThan(10);
    expect(uav.length).toBeGreaterThan(10);
    const examples = [
      ...nn.map((r) => ({ document: titleOf(r), label: 1 as const })),
      ...uav.map((r) => ({ document: titleOf(r), label: 0 as const })),
    ];
    const model = trainClassifier(examples);
    for (const e of examples) expect(scoreDocument(model, e.document) >= 0.5 ? 1 : 0).toBe(e.label);
    const [top] = explainDocument(model, { title: 'Neural network accelerator' });
    expect(top?.feature).toMatch(/neural|network/);
  });

  it('is reproducible: the same seed gives the same weights, another seed others', () => {
    const examples = [
      ...ai.slice(0, 200).map((r) => ({ document: titleOf(r), label: 1 as const })),
      ...drones.slice(0, 200).map((r) => ({ document: titleOf(r), label: 0 as const })),
    ];
    const a = trainClassifier(examples, { seed: 7 });
    const b = trainClassifier(examples, { seed: 7 });
    const c = trainClassifier(examples, { seed: 8 });
    expect(Buffer.from(a.weights.buffer).equals(Buffer.from(b.weights.buffer))).toBe(true);
    expect(a.bias).toBe(b.bias);
    expect(Buffer.from(a.weights.buffer).equals(Buffer.from(c.weights.buffer))).toBe(false);
  });

  it('learns AI vs drone titles well beyond guessing on a held-out 20 % (titles only, no codes)', () => {
    const documents = [...ai, ...drones].map(titleOf);
    const labels = [...ai.map(() => 1 as const), ...drones.map(() => 0 as const)];
    const vectors = documents.map((d) => extractFeatures(d, DEFAULT_FEATURE_RECIPE));
    const split = splitHoldout(labels, 0.2, 1);
    const model = trainClassifier(split.train.map((i) => ({ features: vectors[i]!, label: labels[i]! })));
    const held = split.heldOut.map((i) => labels[i]!);
    const metrics = binaryMetrics(
      split.heldOut.map((i) => scoreVector(model, vectors[i]!)),
      held,
      0.5,
    );
    // Calling everything AI would score F1 = 2p / (1 + p), p the AI share (about 0.49 here: 0.66).
    const p = held.filter((l) => l === 1).length / held.length;
    expect(metrics.f1).toBeGreaterThan(0.8);
    expect(metrics.f1).toBeGreaterThan((2 * p) / (1 + p) + 0.1);
    expect(metrics.precision).toBeGreaterThan(0.75);
    expect(metrics.recall).toBeGreaterThan(0.75);
  });

  it('explains a score by the features that raised it, strongest first', () => {
    const examples = [
      ...ai.map((r) => ({ document: titleOf(r), label: 1 as const })),
      ...drones.map((r) => ({ document: titleOf(r), label: 0 as const })),
    ];
    const model = trainClassifier(examples);
    const doc = { title: 'Machine learning model for image recognition', codes: ['G06N 20/00'] };
    const reasons = explainDocument(model, doc, 100);
    expect(reasons.length).toBeGreaterThan(0);
    for (let i = 1; i < reasons.length; i += 1)
      expect(reasons[i - 1]!.contribution).toBeGreaterThanOrEqual(reasons[i]!.contribution);
    // log-odds = bias + every token's contribution; the positive ones alone are at least that minus the bias.
    const logit = Math.log(scoreDocument(model, doc) / (1 - scoreDocument(model, doc)));
    const positive = reasons.reduce((sum, r) => sum + r.contribution, 0);
    expect(positive).toBeGreaterThanOrEqual(logit - model.bias - 1e-6);
  });

  it('refuses a training set without both classes', () => {
    expect(() => trainClassifier([{ document: { title: 'Neural network' }, label: 1 }])).toThrow(
      /positive and negative/,
    );
  });
});
