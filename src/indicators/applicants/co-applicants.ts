import { bi } from '../bilingual.js';
import type { Indicator } from '../indicator-types.js';
import { buildCoApplicantNetwork, EDGES_PER_TOP } from './co-applicant-network.js';
import { applicantCoverage, NO_APPLICANTS, NO_CO_APPLICANTS } from './unit-applicants.js';

export interface CoApplicantRow {
  [key: string]: string | number;
  /** Display names, a ≤ b alphabetically. */
  a: string;
  b: string;
  aId: string;
  bId: string;
  /** Units the two co-apply on. */
  count: number;
}

export const coApplicants: Indicator<CoApplicantRow> = {
  id: 'co-applicants',
  spec: {
    title: { en: 'Co-applicant network', zh: '合作申请网络' },
    description: {
      en: 'Pairs of harmonised applicants that co-apply on a unit, weighted by their shared units; the strongest top x 10 pairs (by default 200). Communities of this network: co-applicant-communities.',
      zh: '共同申请同一专利的归一化申请人对，权重为共同申请的专利数；列出最强的 top×10 对（默认200对）。该网络的社群划分见 co-applicant-communities。',
    },
    formula: 'w(a, b) = |{u : a ∈ A(u) and b ∈ A(u)}|',
    counting: 'whole',
    parameters: { edgesPerTop: EDGES_PER_TOP },
    notes: [
      bi('a unit with k applicants adds k(k−1)/2 pairs', '一件有k个申请人的专利产生 k(k−1)/2 个合作对'),
    ],
  },
  async compute(context) {
    const coverage = await applicantCoverage(context);
    if (coverage.covered === 0) return { data: [], coverage, unsupported: NO_APPLICANTS };
    const network = await buildCoApplicantNetwork(context);
    if (network.pairs === 0) {
      return { data: [], coverage, unsupported: NO_CO_APPLICANTS };
    }
    return {
      data: network.edges,
      coverage,
      parameters: { edges: context.params.top * EDGES_PER_TOP },
      notes: [
        bi(
          `${network.edges.length} of ${network.pairs} co-applicant pairs shown`,
          `共 ${network.pairs} 个合作申请对，列出其中 ${network.edges.length} 个`,
        ),
      ],
    };
  },
};
