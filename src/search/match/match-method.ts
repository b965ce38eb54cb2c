import { BM25_PARAMS, INDEX_FIELDS } from '../index/index-fields.js';
import { CPC_BOOST } from './cpc-boost.js';
import { PATENTS_PER_APPLICANT } from './rank-applicants.js';

/** Candidates the CPC boost and the applicant ranking look at: the best BM25 hits, at least this many. */
export const MIN_CANDIDATES = 200;

export interface MatchParameters {
  k1: number;
  b: number;
  fieldWeights: Record<string, number>;
  candidates: number;
  bestHits: number;
  minHits: number;
  beta: number;
  patentsPerApplicant: number;
}

export function matchParameters(top: number): MatchParameters {
  return {
    ...BM25_PARAMS,
    fieldWeights: Object.fromEntries(Object.entries(INDEX_FIELDS).map(([f, v]) => [f, v.weight])),
    candidates: Math.max(MIN_CANDIDATES, top * 10),
    ...CPC_BOOST,
    patentsPerApplicant: PATENTS_PER_APPLICANT,
  };
}

/** How a match is scored, for the reader of the JSON (API, dashboard) in both languages. */
export function matchMethod(p: MatchParameters): { en: string; zh: string } {
  return {
    en:
      `Patents: BM25 (k1 ${p.k1}, b ${p.b}) over titles (weight ${p.fieldWeights.title}), abstracts and first ` +
      `claims, Chinese segmented with jieba, English stemmed; the best ${p.candidates} hits are boosted by their ` +
      `share of the CPC main groups (IPC when no CPC) that at least ${p.minHits} of the best ${p.bestHits} hits ` +
      `carry: score = BM25 x (1 + ${p.beta} x overlap). Applicants: sum of the scores of their best ` +
      `${p.patentsPerApplicant} matching patents.`,
    zh:
      `专利：对标题（权重 ${p.fieldWeights.title}）、摘要和首项权利要求计算 BM25（k1 ${p.k1}，b ${p.b}），中文以 jieba 分词，` +
      `英文做词干还原；取 BM25 排名前 ${p.candidates} 的候选专利，按其与最相关 ${p.bestHits} 件专利中至少 ${p.minHits} 件` +
      `共有的 CPC 大组（无 CPC 时用 IPC）的重合度加权：得分 = BM25 ×（1 + ${p.beta} × 重合度）。申请人：其最相关的 ` +
      `${p.patentsPerApplicant} 件专利得分之和。`,
  };
}
