import type { KeyNumbers } from '../key-numbers.js';
import type { ReportSection } from '../report-model.js';
import type { SectionContext } from '../section-kit.js';

/** The key findings: one sentence per number the data support, in the report's language. */
export function findingSentences(ctx: SectionContext, k: KeyNumbers, scopeNote: string): string[] {
  const { fmt } = ctx;
  const f = ctx.dict.findings;
  const unitName = ctx.dict.unitsPlural[ctx.results['filing-trend']?.definition.unit ?? 'family'];
  const out: string[] = [f.totalUnits(fmt.count(k.units), unitName, fmt.count(k.publications), scopeNote)];
  if (k.cagr) {
    const c = k.cagr;
    out.push(f.cagr(c.start, c.end, fmt.share(c.cagr), fmt.count(c.countStart), fmt.count(c.countEnd)));
  }
  if (k.peakYear) out.push(f.peakYear(k.peakYear.year, fmt.count(k.peakYear.count)));
  if (k.granted)
    out.push(
      f.granted(fmt.share(k.granted.share), fmt.count(k.granted.count), fmt.count(k.granted.recorded)),
    );
  if (k.inForce) {
    out.push(
      f.inForce(fmt.share(k.inForce.share), fmt.share(k.inForce.pendingShare), fmt.count(k.inForce.recorded)),
    );
  }
  if (k.topApplicant) {
    out.push(
      f.topApplicant(k.topApplicant.name, fmt.count(k.topApplicant.count), fmt.share(k.topApplicant.share)),
    );
  }
  if (k.concentration)
    out.push(f.concentration(fmt.share(k.concentration.cr4), fmt.share(k.concentration.cr10)));
  if (k.enterprise) {
    const e = k.enterprise;
    out.push(f.enterprise(fmt.share(e.share), fmt.count(e.companyUnits), fmt.count(e.units)));
  }
  if (k.leadingCountry) {
    out.push(
      f.leadingCountry(k.leadingCountry.name, fmt.share(k.leadingCountry.share), k.leadingCountry.second),
    );
  }
  if (k.leadingProvince)
    out.push(f.leadingProvince(k.leadingProvince.name, fmt.share(k.leadingProvince.share)));
  if (k.largestCluster) {
    const c = k.largestCluster;
    out.push(f.largestCluster(c.name, fmt.count(c.count), fmt.share(c.share)));
  }
  if (k.largestBranch) {
    const b = k.largestBranch;
    out.push(f.largestBranch(b.name, fmt.count(b.count), fmt.share(b.share)));
  }
  if (k.largestScenario)
    out.push(f.largestScenario(k.largestScenario.name, fmt.share(k.largestScenario.share)));
  if (k.overseas) out.push(f.overseas(fmt.share(k.overseas.share), fmt.share(k.overseas.pctShare)));
  if (k.topPotential) out.push(f.topPotential(k.topPotential.name, fmt.decimal(k.topPotential.score, 1)));
  if (k.strongestEffect) {
    const e = k.strongestEffect;
    out.push(f.strongestEffect(e.branch, e.effect, fmt.share(e.share)));
  }
  return out;
}

export function summarySection(ctx: SectionContext, k: KeyNumbers, scopeNote: string): ReportSection {
  const items = findingSentences(ctx, k, scopeNote);
  const shown = k.units > 0;
  return {
    id: 'summary',
    title: ctx.dict.sections.summary,
    intro: ctx.dict.sectionIntro.summary,
    shown,
    missing: shown ? null : ctx.dict.missing(ctx.dict.noFindings, ''),
    blocks: shown ? [{ kind: 'findings', items }] : [],
    indicatorIds: [],
  };
}
