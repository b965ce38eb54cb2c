import type { Store } from '../store/open-store.js';
import type { IndicatorParams } from './indicator-params.js';
import type { IndicatorScope } from './indicator-scope.js';

export interface Bilingual {
  en: string;
  zh: string;
}

/** Which year a unit is counted in. */
export type DateBasis = 'priority' | 'application' | 'publication';
/** What one count is: a publication, or a family (all its publications counted once). */
export type CountingUnit = 'publication' | 'family';
/** Whole: a unit counts 1 for each group it belongs to. Fractional: 1/k for each of its k groups (sums to 1). */
export type Counting = 'whole' | 'fractional';

/** How much of the scope carries the data an indicator needs: printed next to every number. */
export interface Coverage {
  /** What is measured, e.g. "units with at least one applicant country" / "有申请人信息的专利". */
  field: Bilingual;
  units: number;
  covered: number;
  share: number;
}

/** Everything a reader needs to defend a number: stated next to it in the CLI, the API and the report. */
export interface IndicatorDefinition {
  id: string;
  title: Bilingual;
  /** What is counted and how, in one or two sentences. */
  description: Bilingual;
  /** Formula in plain text where there is one (CAGR, HHI, RTA ...). */
  formula: string | null;
  dateBasis: DateBasis | null;
  unit: CountingUnit;
  counting: Counting;
  /** Latest publication date in the store (or the one the user set): nothing after it can be in the data. */
  cutoff: string | null;
  cutoffSource: 'store' | 'user';
  /** How the cut-off was found (which source set it). */
  cutoffExplanation: Bilingual;
  /** Last year whose filings are all published by the cut-off (18-month lag); later years are incomplete. */
  lastCompleteYear: number | null;
  filters: AppliedFilters;
  /** Method parameters (eps, minPts, window, top N ...). */
  parameters: Record<string, string | number | boolean>;
  coverage: Coverage | null;
  notes: Bilingual[];
}

export interface AppliedFilters {
  taxonomy: string | null;
  category: string | null;
  from: number | null;
  to: number | null;
  country: string | null;
  applicant: string | null;
}

/** An indicator's answer: its rows, or why the data cannot support it (never a silent zero). */
export interface IndicatorResult<R = IndicatorRow> {
  definition: IndicatorDefinition;
  supported: boolean;
  /** When unsupported: what is missing, with its coverage. */
  message: Bilingual | null;
  data: R[];
}

export type IndicatorValue =
  | string
  | number
  | boolean
  | null
  | IndicatorValue[]
  | { [key: string]: IndicatorValue };
export type IndicatorRow = { [key: string]: IndicatorValue };

export interface IndicatorContext {
  store: Store;
  params: IndicatorParams;
  scope: IndicatorScope;
}

/** The part of a definition an indicator states itself; the rest comes from the run (filters, cut-off). */
export interface IndicatorSpec {
  title: Bilingual;
  description: Bilingual;
  formula?: string;
  /** false: the indicator does not count by year (e.g. a network); its definition says so. */
  usesDateBasis?: boolean;
  counting: Counting;
  parameters?: Record<string, string | number | boolean>;
  notes?: Bilingual[];
}

export interface Indicator<R extends IndicatorRow = IndicatorRow> {
  id: string;
  spec: IndicatorSpec;
  /** Rows, plus coverage and notes that depend on the data. */
  compute(context: IndicatorContext): Promise<IndicatorOutput<R>>;
}

export interface IndicatorOutput<R> {
  data: R[];
  coverage?: Coverage;
  notes?: Bilingual[];
  parameters?: Record<string, string | number | boolean>;
  /** Set when the data cannot support the indicator: what is missing (the coverage says how much there is). */
  unsupported?: Bilingual;
}
