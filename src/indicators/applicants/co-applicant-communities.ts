import { bi } from '../bilingual.js';
import type { Indicator } from '../indicator-types.js';
import { buildCoApplicantNetwork, EDGES_PER_TOP, LOUVAIN_SEED } from './co-applicant-network.js';
import { applicantCoverage, NO_APPLICANTS, NO_CO_APPLICANTS } from './unit-applicants.js';

export interface CoApplicantCommunityRow {
  [key: string]: string | number;
  applicant: string;
  applicantId: string;
  /** 1 = the largest community of the network shown by co-applicants. */
  community: number;
  /** Co-applicants within that network. */
  degree: number;
  /** The applicant's units in scope (whole counting). */
  count: number;
}

export const coApplicantCommunities: Indicator<CoApplicantCommunityRow> = {
  id: 'co-applicant-communities',
  spec: {
    title: { en: 'Co-applicant communities', zh: '合作申请社群' },
    description: {
      en: 'Communities of the co-applicant network shown by co-applicants (its strongest pairs), found by weighted Louvain modularity optimisation with a fixed random seed; each applicant of that network with its community, degree and units.',
      zh: '基于合作申请网络（co-applicants 所列最强合作对）的社群划分，采用加权Louvain模块度优化（固定随机种子，结果可复现）；列出网络中每个申请人的社群编号、度数及专利数量。',
    },
    formula: 'Louvain (Blondel et al. 2008), edge weight = shared units, resolution 1',
    counting: 'whole',
    parameters: { edgesPerTop: EDGES_PER_TOP, seed: LOUVAIN_SEED, resolution: 1 },
    notes: [
      bi(
        'communities are numbered by size, 1 = the largest; the network is the strongest pairs only, so weak ties are not in it',
        '社群按规模编号，1 为最大的社群；网络只包含最强的合作对，较弱的合作关系不在其中',
      ),
    ],
  },
  async compute(context) {
    const coverage = await applicantCoverage(context);
    if (coverage.covered === 0) return { data: [], coverage, unsupported: NO_APPLICANTS };
    const network = await buildCoApplicantNetwork(context);
    if (network.nodes.length === 0) {
      return { data: [], coverage, unsupported: NO_CO_APPLICANTS };
    }
    const communities = new Set(network.nodes.map((n) => n.community)).size;
    return {
      data: network.nodes,
      coverage,
      notes: [
        bi(
          `${communities} communities among ${network.nodes.length} applicants; modularity ${network.modularity?.toFixed(3) ?? 'n/a'}`,
          `${network.nodes.length} 个申请人分为 ${communities} 个社群；模块度 ${network.modularity?.toFixed(3) ?? '无'}`,
        ),
      ],
    };
  },
};
