import type { IndicatorRow } from '../../indicators/indicator-types.js';
import { categoryName, countryName, label, num, type SectionContext, str, supported } from './section-kit.js';
import { scenarioName } from './sections/scenarios-section.js';

/** The numbers the key findings are made of, each read from one indicator's rows (null: not supported). */
export interface KeyNumbers {
  units: number;
  publications: number;
  cagr: { start: number; end: number; cagr: number; countStart: number; countEnd: number } | null;
  peakYear: { year: number; count: number } | null;
  /** Document-type basis: granted of the units with a document type. */
  granted: { share: number; count: number; recorded: number } | null;
  /** Legal-status basis: in force and pending of the units with a recorded status. */
  inForce: { share: number; pendingShare: number; recorded: number } | null;
  topApplicant: { name: string; count: number; share: number } | null;
  concentration: { cr4: number; cr10: number } | null;
  enterprise: { share: number; companyUnits: number; units: number } | null;
  leadingCountry: { name: string; share: number; second: string | null } | null;
  leadingProvince: { name: string; share: number } | null;
  largestCluster: { name: string; count: number; share: number } | null;
  largestBranch: { name: string; count: number; share: number } | null;
  largestScenario: { name: string; share: number } | null;
  overseas: { share: number; pctShare: number } | null;
  topPotential: { name: string; score: number } | null;
  strongestEffect: { branch: string; effect: string; share: number } | null;
}

const byCountDesc = (a: IndicatorRow, b: IndicatorRow) => (num(b, 'count') ?? 0) - (num(a, 'count') ?? 0);
/** Fallback categories ("other-application") are not a finding. */
const isFallback = (id: string) => id.startsWith('other');

export function keyNumbers(ctx: SectionContext): KeyNumbers {
  return {
    units: ctx.units,
    publications: ctx.publications,
    cagr: cagr(ctx),
    peakYear: peakYear(ctx),
    ...legalStatus(ctx),
    topApplicant: topApplicant(ctx),
    concentration: concentration(ctx),
    enterprise: enterprise(ctx),
    leadingCountry: leadingCountry(ctx),
    leadingProvince: leadingProvince(ctx),
    largestCluster: largestCluster(ctx),
    largestBranch: largestBranch(ctx),
    largestScenario: largestScenario(ctx),
    overseas: overseas(ctx),
    topPotential: topPotential(ctx),
    strongestEffect: strongestEffect(ctx),
  };
}

function cagr(ctx: SectionContext): KeyNumbers['cagr'] {
  const row = supported(ctx, 'growth')?.data[0];
  const value = row ? num(row, 'cagr') : null;
  if (!row || value === null) return null;
  return {
    start: num(row, 'start') ?? 0,
    end: num(row, 'end') ?? 0,
    cagr: value,
    countStart: num(row, 'countStart') ?? 0,
    countEnd: num(row, 'countEnd') ?? 0,
  };
}

function peakYear(ctx: SectionContext): KeyNumbers['peakYear'] {
  const complete = (supported(ctx, 'filing-trend')?.data ?? []).filter((r) => r.incomplete !== true);
  const peak = [...complete].sort(
    (a, b) => byCountDesc(a, b) || (num(a, 'year') ?? 0) - (num(b, 'year') ?? 0),
  )[0];
  if (!peak || !num(peak, 'count')) return null;
  return { year: num(peak, 'year') ?? 0, count: num(peak, 'count') ?? 0 };
}

function legalStatus(ctx: SectionContext): Pick<KeyNumbers, 'granted' | 'inForce'> {
  const rows = supported(ctx, 'legal-status')?.data ?? [];
  const count = (status: string) => num(rows.find((r) => str(r, 'status') === status) ?? {}, 'count') ?? 0;
  const recorded = rows.reduce(
    (s, r) => s + (str(r, 'status') === 'not-recorded' ? 0 : (num(r, 'count') ?? 0)),
    0,
  );
  if (recorded === 0) return { granted: null, inForce: null };
  if (rows.some((r) => str(r, 'basis') === 'legal-status')) {
    return {
      granted: null,
      inForce: { share: count('in-force') / recorded, pendingShare: count('pending') / recorded, recorded },
    };
  }
  return {
    granted: { share: count('granted') / recorded, count: count('granted'), recorded },
    inForce: null,
  };
}

function topApplicant(ctx: SectionContext): KeyNumbers['topApplicant'] {
  const row = supported(ctx, 'top-applicants')?.data[0];
  if (!row) return null;
  return { name: str(row, 'applicant'), count: num(row, 'count') ?? 0, share: num(row, 'share') ?? 0 };
}

function concentration(ctx: SectionContext): KeyNumbers['concentration'] {
  const rows = supported(ctx, 'concentration')?.data ?? [];
  const measure = (m: string) => num(rows.find((r) => str(r, 'measure') === m) ?? {}, 'value');
  const cr4 = measure('cr4');
  const cr10 = measure('cr10');
  return cr4 === null || cr10 === null ? null : { cr4, cr10 };
}

function enterprise(ctx: SectionContext): KeyNumbers['enterprise'] {
  const result = supported(ctx, 'applicant-sectors');
  const company = result?.data.find((r) => str(r, 'sector') === 'company');
  const units = result?.definition.coverage?.covered ?? 0;
  if (!company || units === 0) return null;
  const companyUnits = num(company, 'units') ?? 0;
  return { share: companyUnits / units, companyUnits, units };
}

function leadingCountry(ctx: SectionContext): KeyNumbers['leadingCountry'] {
  const [first, second] = [...(supported(ctx, 'country-share')?.data ?? [])].sort(byCountDesc);
  if (!first) return null;
  return {
    name: countryName(ctx, first),
    share: num(first, 'share') ?? 0,
    second: second ? countryName(ctx, second) : null,
  };
}

function leadingProvince(ctx: SectionContext): KeyNumbers['leadingProvince'] {
  const [first] = [...(supported(ctx, 'province-share')?.data ?? [])].sort(byCountDesc);
  if (!first) return null;
  const name = ctx.lang === 'zh' ? str(first, 'nameZh') || str(first, 'name') : str(first, 'name');
  return { name, share: num(first, 'share') ?? 0 };
}

function largestCluster(ctx: SectionContext): KeyNumbers['largestCluster'] {
  const [first] = [...(supported(ctx, 'clusters')?.data ?? [])].sort(byCountDesc);
  if (!first) return null;
  return { name: str(first, 'name'), count: num(first, 'count') ?? 0, share: num(first, 'share') ?? 0 };
}

function largestBranch(ctx: SectionContext): KeyNumbers['largestBranch'] {
  const tree = ctx.taxonomy;
  const branches = (supported(ctx, 'category-share')?.data ?? []).filter((r) => {
    const id = str(r, 'category');
    const parent = tree?.categories.get(id)?.parent ?? null;
    return id !== tree?.root && !isFallback(id) && (tree === null || parent !== null);
  });
  const [first] = [...branches].sort(byCountDesc);
  if (!first) return null;
  const id = str(first, 'category');
  return {
    name: categoryName(ctx, id, str(first, 'name')),
    count: num(first, 'count') ?? 0,
    share: num(first, 'share') ?? 0,
  };
}

function largestScenario(ctx: SectionContext): KeyNumbers['largestScenario'] {
  const named = (supported(ctx, 'scenarios')?.data ?? []).filter((r) => !isFallback(str(r, 'scenario')));
  const [first] = [...named].sort(byCountDesc);
  if (!first || !num(first, 'count')) return null;
  return {
    name: scenarioName(ctx, str(first, 'scenario'), str(first, 'name')),
    share: num(first, 'share') ?? 0,
  };
}

function overseas(ctx: SectionContext): KeyNumbers['overseas'] {
  const rows = supported(ctx, 'family-filing')?.data ?? [];
  const measure = (m: string) => num(rows.find((r) => str(r, 'measure') === m) ?? {}, 'value');
  const share = measure('overseas-share');
  const pctShare = measure('pct-share');
  return share === null || pctShare === null ? null : { share, pctShare };
}

function topPotential(ctx: SectionContext): KeyNumbers['topPotential'] {
  const [first] = [...(supported(ctx, 'innovation-potential')?.data ?? [])].sort(
    (a, b) => (num(b, 'score') ?? 0) - (num(a, 'score') ?? 0),
  );
  return first ? { name: str(first, 'applicant'), score: num(first, 'score') ?? 0 } : null;
}

function strongestEffect(ctx: SectionContext): KeyNumbers['strongestEffect'] {
  const tree = ctx.taxonomy;
  const cells = (supported(ctx, 'effect-matrix')?.data ?? []).filter((r) => {
    const id = str(r, 'category');
    const parent = tree?.categories.get(id)?.parent ?? null;
    return (
      id !== tree?.root && !isFallback(id) && (tree === null || parent !== null) && (num(r, 'count') ?? 0) > 0
    );
  });
  const [first] = [...cells].sort(byCountDesc);
  if (!first) return null;
  return {
    branch: categoryName(ctx, str(first, 'category'), str(first, 'name')),
    effect: label(ctx.dict.effects, str(first, 'effect')),
    share: num(first, 'share') ?? 0,
  };
}
