import { z } from 'zod';
import { bi } from '../bilingual.js';
import type { Indicator } from '../indicator-types.js';
import { readApplicantAttributes } from './applicant-attributes.js';
import { unitApplicantsSql } from './unit-applicants.js';

export const SCENARIO_TAXONOMY = 'techstack';
export const SCENARIO_LAYER = 'application';
const TOP_APPLICANTS_PER_SCENARIO = 4;

export interface ScenarioRow {
  [key: string]: string | number | { applicant: string; applicantId: string; count: number }[];
  scenario: string;
  name: string;
  /** Units with this scenario's label (a unit in several scenarios counts in each). */
  count: number;
  /** count / units with any application-layer label. */
  share: number;
  topApplicants: { applicant: string; applicantId: string; count: number }[];
}

const storedDefinition = z.object({
  categories: z.array(
    z.object({
      id: z.string(),
      parent: z.string().optional(),
      name: z.object({ en: z.string(), zh: z.string() }),
    }),
  ),
});

export const scenarios: Indicator<ScenarioRow> = {
  id: 'scenarios',
  spec: {
    title: { en: 'Application scenarios (AI+)', zh: '应用场景（AI+）' },
    description: {
      en: 'Units per application scenario: the children of the application layer of the techstack taxonomy, as labelled by `patlas classify --taxonomy techstack`, with the four leading harmonised applicants of each. Share = count / units with any application-layer label.',
      zh: '按应用场景统计专利数量：techstack 分类体系应用层的各子类（由 patlas classify --taxonomy techstack 标注），并列出每个场景的前四位归一化申请人。占比 = 数量 / 具有任一应用层标签的专利数。',
    },
    formula: 'count_s = |{u : u labelled s}|; share_s = count_s / |{u : u labelled with any scenario}|',
    counting: 'whole',
    parameters: {
      taxonomy: SCENARIO_TAXONOMY,
      layer: SCENARIO_LAYER,
      topApplicants: TOP_APPLICANTS_PER_SCENARIO,
    },
    notes: [
      bi(
        'always the techstack taxonomy (other taxonomies still filter the scope through --taxonomy/--category)',
        '始终使用 techstack 分类体系（其他分类体系仍可通过 --taxonomy/--category 限定范围）',
      ),
      bi(
        'a unit in several scenarios counts in each, so shares can sum to more than 1; other-application is the fallback for AI units without a named scenario',
        '属于多个场景的专利在每个场景各计一次，因此占比之和可能大于1；未归入具体场景的AI专利计入 other-application（其他应用）',
      ),
      bi('topApplicants: whole counting over the scenario’s units', 'topApplicants：按该场景专利整数计数'),
    ],
  },
  async compute(context) {
    const { store, scope } = context;
    const stored = await store.one<{ definition: string; version: string }>(
      'SELECT definition, version FROM taxonomies WHERE taxonomy_id = ? ORDER BY classified_at DESC LIMIT 1',
      [SCENARIO_TAXONOMY],
    );
    const coverageOf = (covered: number) => ({
      field: bi(
        `units with a ${SCENARIO_TAXONOMY} application-layer label`,
        `有 ${SCENARIO_TAXONOMY} 应用层标引的专利`,
      ),
      units: scope.unitCount,
      covered,
      share: scope.unitCount ? covered / scope.unitCount : 0,
    });
    if (!stored) {
      return {
        data: [],
        coverage: coverageOf(0),
        unsupported: bi(
          `the store has no ${SCENARIO_TAXONOMY} labels: run \`patlas classify --taxonomy ${SCENARIO_TAXONOMY}\` first`,
          `数据库中没有 ${SCENARIO_TAXONOMY} 分类标引：请先运行 \`patlas classify --taxonomy ${SCENARIO_TAXONOMY}\``,
        ),
      };
    }
    const categories = storedDefinition
      .parse(JSON.parse(stored.definition))
      .categories.filter((c) => c.parent === SCENARIO_LAYER);
    const ids = JSON.stringify(categories.map((c) => c.id));
    const counts = await store.all<{ category_id: string; n: number; total: number }>(
      `WITH lu AS (SELECT DISTINCT s.unit_id, l.category_id FROM ${scope.pubs} s
         JOIN labels l ON l.publication_number = s.publication_number
         WHERE l.taxonomy_id = ? AND l.category_id IN (SELECT unnest(from_json(?::JSON, '["VARCHAR"]'))))
       SELECT category_id, count(*)::INTEGER AS n, (SELECT count(DISTINCT unit_id) FROM lu)::INTEGER AS total
       FROM lu GROUP BY 1`,
      [SCENARIO_TAXONOMY, ids],
    );
    const total = Number(counts[0]?.total ?? 0);
    if (total === 0) {
      return {
        data: [],
        coverage: coverageOf(0),
        unsupported: bi(
          `no unit in scope has a ${SCENARIO_TAXONOMY} application-layer label`,
          `范围内没有专利带有 ${SCENARIO_TAXONOMY} 应用层标引`,
        ),
      };
    }
    const leaders = await store.all<{ category_id: string; applicant_id: string; n: number }>(
      `WITH lu AS (SELECT DISTINCT s.unit_id, l.category_id FROM ${scope.pubs} s
         JOIN labels l ON l.publication_number = s.publication_number
         WHERE l.taxonomy_id = ? AND l.category_id IN (SELECT unnest(from_json(?::JSON, '["VARCHAR"]')))),
       ranked AS (SELECT lu.category_id, ua.applicant_id, count(*)::INTEGER AS n,
           row_number() OVER (PARTITION BY lu.category_id ORDER BY count(*) DESC, ua.applicant_id) AS r
         FROM lu JOIN (${await unitApplicantsSql(context)}) ua USING (unit_id) GROUP BY 1, 2)
       SELECT category_id, applicant_id, n FROM ranked WHERE r <= ? ORDER BY category_id, r`,
      [SCENARIO_TAXONOMY, ids, TOP_APPLICANTS_PER_SCENARIO],
    );
    const attributes = await readApplicantAttributes(context, [
      ...new Set(leaders.map((l) => l.applicant_id)),
    ]);
    const countBy = new Map(counts.map((c) => [c.category_id, Number(c.n)]));
    const data = categories
      .map((c) => ({
        scenario: c.id,
        name: `${c.name.en} / ${c.name.zh}`,
        count: countBy.get(c.id) ?? 0,
        share: (countBy.get(c.id) ?? 0) / total,
        topApplicants: leaders
          .filter((l) => l.category_id === c.id)
          .map((l) => ({
            applicant: attributes.get(l.applicant_id)?.name ?? l.applicant_id,
            applicantId: l.applicant_id,
            count: Number(l.n),
          })),
      }))
      .sort((x, y) => y.count - x.count || x.scenario.localeCompare(y.scenario));
    return {
      data,
      coverage: coverageOf(total),
      notes: [
        bi(
          `${SCENARIO_TAXONOMY} labels version ${stored.version}`,
          `${SCENARIO_TAXONOMY} 标引版本 ${stored.version}`,
        ),
      ],
    };
  },
};
