import type { Lang } from '../../charts/chart-spec.js';
import type { EffectId } from '../../classify/effects/lexicon-schema.js';
import type { WorldRegion } from '../../geo/countries/world-region.js';
import type { ApplicantSector } from '../../harmonize/applicants/applicant-sector.js';
import type { LifeCyclePhase } from '../../indicators/applicants/life-cycle-phase.js';
import type { Counting, CountingUnit, DateBasis } from '../../indicators/indicator-types.js';

/** The report's sections, in report order. */
export const SECTION_IDS = [
  'summary',
  'trends',
  'techstack',
  'legal-status',
  'applicants',
  'regions',
  'clusters',
  'collaboration',
  'family',
  'quality',
  'scenarios',
  'effects',
  'appendix',
] as const;
export type SectionId = (typeof SECTION_IDS)[number];

export const LEGAL_STATUSES = [
  'in-force',
  'pending',
  'lapsed',
  'unknown',
  'not-recorded',
  'granted',
  'application',
  'utility-model',
  'design',
  'other',
] as const;
export type LegalStatusId = (typeof LEGAL_STATUSES)[number];

/** Every named measure an indicator row carries (`measure` or `component`), with a label in each language. */
export const MEASURES = [
  'cr4',
  'cr10',
  'hhi',
  'hhi10000',
  'hhiNormalised',
  'applicants',
  'units',
  'coApplicationShare',
  'meanApplicantsPerUnit',
  'collaborationCoefficient',
  'internationalCoInventionShare',
  'universityIndustryShare',
  'family-size-mean',
  'family-size-median',
  'jurisdictions-mean',
  'overseas-share',
  'pct-share',
  'fwd_cits5',
  'family_size',
  'claims',
  'bwd_cits',
  'npl_cits',
  'patent_scope',
  'grant_lag',
  'generality',
  'originality',
  'quality_index',
] as const;
export type MeasureId = (typeof MEASURES)[number];

/** Column headers of the report's tables. */
export interface ColumnLabels {
  rank: string;
  year: string;
  count: string;
  change: string;
  incomplete: string;
  start: string;
  end: string;
  countStart: string;
  countEnd: string;
  cagr: string;
  logLinear: string;
  layer: string;
  category: string;
  status: string;
  share: string;
  applicant: string;
  sector: string;
  country: string;
  countryCode: string;
  fractional: string;
  unitsWhole: string;
  measure: string;
  value: string;
  applicants: string;
  phase: string;
  applicantA: string;
  applicantB: string;
  community: string;
  members: string;
  region: string;
  province: string;
  code: string;
  cluster: string;
  countries: string;
  topApplicants: string;
  topFields: string;
  size: string;
  jurisdiction: string;
  component: string;
  units: string;
  coverage: string;
  mean: string;
  median: string;
  p90: string;
  score: string;
  scenario: string;
  branch: string;
  indicator: string;
  title: string;
  description: string;
  formula: string;
  dateBasis: string;
  unit: string;
  counting: string;
  cutoff: string;
  lastCompleteYear: string;
  filters: string;
  parameters: string;
  notes: string;
  field: string;
  file: string;
  format: string;
  documents: string;
  rejected: string;
  sizeBytes: string;
  item: string;
  rta: string;
}

/** Numbers the summary's sentences are made from, already formatted for the language. */
export interface FindingText {
  totalUnits(units: string, unitName: string, publications: string, scopeNote: string): string;
  cagr(start: number, end: number, cagr: string, countStart: string, countEnd: string): string;
  peakYear(year: number, count: string): string;
  granted(share: string, count: string, recorded: string): string;
  inForce(share: string, pending: string, recorded: string): string;
  topApplicant(name: string, count: string, share: string): string;
  concentration(cr4: string, cr10: string): string;
  enterprise(share: string, companyUnits: string, units: string): string;
  leadingCountry(name: string, share: string, second: string | null): string;
  leadingProvince(name: string, share: string): string;
  largestCluster(name: string, count: string, share: string): string;
  largestBranch(name: string, count: string, share: string): string;
  largestScenario(name: string, share: string): string;
  overseas(share: string, pct: string): string;
  topPotential(name: string, score: string): string;
  strongestEffect(branch: string, effect: string, share: string): string;
}

/** Everything the report says, in one language; `en` and `zh` share this type, so a missing key fails to compile. */
export interface ReportDictionary {
  htmlLang: string;
  defaultTitle: string;
  subtitle(scope: string): string;
  generatedBy(version: string, date: string): string;
  contents: string;
  sections: Record<SectionId, string>;
  sectionIntro: Record<SectionId, string>;
  missing(what: string, coverage: string): string;
  notInStore: string;
  coverageOf(field: string, covered: string, units: string, share: string): string;
  noCoverage: string;
  definition: {
    dateBasis: string;
    unit: string;
    counting: string;
    cutoff: string;
    lastCompleteYear: string;
    coverage: string;
    noDateBasis: string;
    separator: string;
    colon: string;
    cutoffText(date: string, source: string, lastCompleteYear: number | null): string;
  };
  /** The language of this dictionary: which side of an indicator's bilingual texts (messages, notes) it quotes. */
  lang: Lang;
  dateBases: Record<DateBasis, string>;
  units: Record<CountingUnit, string>;
  unitsPlural: Record<CountingUnit, string>;
  countings: Record<Counting, string>;
  cutoffSources: Record<'store' | 'user', string>;
  incompleteNote(lastComplete: number): string;
  scopeAll: string;
  scopeTaxonomy(name: string): string;
  columns: ColumnLabels;
  tables: {
    filingTrend: string;
    growth: string;
    layers: string;
    branches: string;
    legalStatus: string;
    topApplicants: string;
    sectors: string;
    concentration: string;
    lifeCycle: string;
    countries: string;
    provinces: string;
    clusters: string;
    collaboration: string;
    coApplicants: string;
    communities: string;
    familyFiling: string;
    familySize: string;
    jurisdictions: string;
    quality: string;
    innovationPotential: string;
    scenarios: string;
    effectMatrix: string;
    specialisation: string;
    definitions: string;
    fieldCoverage: string;
    sourceFiles: string;
    snapshot: string;
  };
  layers: Record<'foundation' | 'model' | 'application', string>;
  legalStatuses: Record<LegalStatusId, string>;
  sectors: Record<ApplicantSector, string>;
  regions: Record<WorldRegion | 'other', string>;
  phases: Record<LifeCyclePhase, string>;
  effects: Record<EffectId, string>;
  measures: Record<MeasureId, string>;
  storeFields: Record<
    | 'title'
    | 'abstract'
    | 'claims'
    | 'ipc'
    | 'cpc'
    | 'applicants'
    | 'inventors'
    | 'inventorCity'
    | 'citations'
    | 'priorityDate'
    | 'familyId'
    | 'legalStatus'
    | 'technologyField',
    string
  >;
  appendixLines: {
    definitions: string;
    fieldCoverage: string;
    sourceFiles: string;
    snapshot: string;
  };
  snapshot: {
    hash: string;
    covers: string;
    version: string;
    publications: string;
    generatedAt: string;
  };
  yes: string;
  no: string;
  none: string;
  findings: FindingText;
  noFindings: string;
  figure: string;
  table: string;
  tableRowsShown(shown: string, total: string): string;
}
