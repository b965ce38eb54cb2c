import { bi, noUnitWithYear } from '../bilingual.js';
import type { Indicator } from '../indicator-types.js';
import { countUnitsByYear, isIncomplete } from '../trends/count-units-by-year.js';
import { DEFAULT_PHASE_RULE, type LifeCyclePhase, lifeCyclePhases } from './life-cycle-phase.js';
import { applicantCoverage, NO_APPLICANTS, unitApplicantsSql } from './unit-applicants.js';

export interface LifeCycleRow {
  [key: string]: string | number | boolean | null;
  year: number;
  /** Distinct harmonised applicants of the units of this year. */
  applicants: number;
  /** Units of this year. */
  count: number;
  incomplete: boolean;
  /** Null for incomplete years (and where the rule has no previous year). */
  phase: LifeCyclePhase | null;
}

const PHASE_ZH: Record<LifeCyclePhase, string> = {
  inception: '萌芽期',
  growth: '成长期',
  maturity: '成熟期',
  decline: '衰退期',
};

export const lifeCycle: Indicator<LifeCycleRow> = {
  id: 'life-cycle',
  spec: {
    title: { en: 'Technology life cycle', zh: '专利技术生命周期' },
    description: {
      en: 'Units and distinct active applicants per year (EPO maturity map; Chinese 专利技术生命周期), each complete year given a phase: inception, growth, maturity or decline.',
      zh: '逐年专利数量与活跃申请人数量（参照EPO技术成熟度图与专利技术生命周期法），并为每个完整年份判定阶段：萌芽期、成长期、成熟期或衰退期。',
    },
    formula:
      'M_y = mean over the last 3 years; g_y = M_y / M_(y−1) − 1 for units and applicants. inception: cumulative units < 10% of all units; decline: g_units < 0 and g_applicants < 0; growth: both ≥ 10%; else maturity',
    counting: 'whole',
    parameters: {
      window: DEFAULT_PHASE_RULE.window,
      growthRate: DEFAULT_PHASE_RULE.growthRate,
      inceptionShare: DEFAULT_PHASE_RULE.inceptionShare,
    },
    notes: [
      bi(
        'phases are computed on complete years only; incomplete years (publication lag) are shown without a phase',
        '阶段只对完整年份判定；受公开滞后影响的不完整年份不判定阶段',
      ),
      bi(
        'inception is relative to the units of the scope: with --from the first years of the window are the inception',
        '萌芽期相对于范围内的专利而言：指定 --from 时，窗口的最初几年即为萌芽期',
      ),
      bi(
        'maturity includes the EPO consolidation phase: applicants fall while units still hold or grow',
        '成熟期包含EPO所称的整合阶段：申请人数量下降，而专利数量持平或仍在增长',
      ),
    ],
  },
  async compute(context) {
    const coverage = await applicantCoverage(context);
    if (coverage.covered === 0) return { data: [], coverage, unsupported: NO_APPLICANTS };
    const years = await countUnitsByYear(context);
    if (years.length === 0) {
      return { data: [], coverage, unsupported: noUnitWithYear(context.params.dateBasis) };
    }
    const applicantRows = await context.store.all<{ year: number; applicants: number }>(
      `SELECT u.year, count(DISTINCT ua.applicant_id)::INTEGER AS applicants
       FROM (${await unitApplicantsSql(context)}) ua JOIN ${context.scope.units} u USING (unit_id)
       WHERE u.year IS NOT NULL GROUP BY u.year`,
    );
    const applicantsByYear = new Map(applicantRows.map((r) => [Number(r.year), Number(r.applicants)]));
    const rows = years.map((y) => ({
      year: y.year,
      count: y.count,
      applicants: applicantsByYear.get(y.year) ?? 0,
    }));
    const complete = rows.filter((r) => !isIncomplete(r.year, context));
    const phases = new Map(lifeCyclePhases(complete).map((phase, i) => [complete[i]?.year, phase]));
    const data = rows.map((r) => ({
      ...r,
      incomplete: isIncomplete(r.year, context),
      phase: phases.get(r.year) ?? null,
    }));
    const last = data.filter((d) => d.phase !== null).pop();
    const notes = last?.phase
      ? [
          bi(
            `phase of the last complete year ${last.year}: ${last.phase}`,
            `最后完整年份 ${last.year} 年处于${PHASE_ZH[last.phase]}`,
          ),
        ]
      : [];
    return { data, coverage, notes };
  },
};
