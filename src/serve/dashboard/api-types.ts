/** The shapes the dashboard reads from the API (see docs/api.md); checked loosely, drawn as text. */
export type Lang = 'zh' | 'en';

export interface Bilingual {
  en: string;
  zh: string;
}

export const FILTER_KEYS = [
  'taxonomy',
  'category',
  'from',
  'to',
  'country',
  'applicant',
  'dateBasis',
  'unit',
] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type Filters = Partial<Record<FilterKey, string>>;

export interface IndicatorInfo {
  id: string;
  title: Bilingual;
  description: Bilingual;
}

export interface Definition {
  id: string;
  title: Bilingual;
  description: Bilingual;
  formula: string | null;
  dateBasis: string | null;
  unit: string;
  counting: string;
  cutoff: string | null;
  cutoffSource: string;
  lastCompleteYear: number | null;
  coverage: { field: Bilingual; units: number; covered: number; share: number } | null;
}

export interface ChartSpec {
  id: string;
  indicatorId: string;
  title: string;
  width: number;
  height: number;
  option: Record<string, unknown>;
  drillable: boolean;
}

export interface ChartsResponse {
  definition: Definition;
  supported: boolean;
  /** Why the data cannot support the indicator, in both languages. */
  message: Bilingual | null;
  charts: ChartSpec[];
}

export interface PatentRow {
  publicationNumber: string;
  unitId: string;
  publications: number;
  year: number | null;
  titles: Record<string, string>;
  applicants: string[];
  legalStatus: string | null;
}

export interface PatentPage {
  total: number;
  limit: number;
  offset: number;
  rows: PatentRow[];
}

export interface Party {
  name: string;
  country: string | null;
}

export interface Publication {
  publicationNumber: string;
  titles: Record<string, string>;
  abstracts: Record<string, string>;
  applicants: Party[];
  inventors: Party[];
  ipc: string[];
  cpc: string[];
  applicationDate: string | null;
  publicationDate: string | null;
  grantDate: string | null;
  priorityDate: string | null;
  familyId: string | null;
  familySize: number | null;
  legalStatus: string | null;
  labels: {
    taxonomy: string;
    category: string;
    method: string;
    rule: string | null;
    evidence: string | null;
    score: number | null;
  }[];
  technicalEffects: {
    effect: string;
    direction: string;
    polarity: string;
    textType: string;
    evidence: string;
  }[];
}

export interface TaxonomyOption {
  id: string;
  name: Bilingual;
  categories: { id: string; name: Bilingual; publications: number }[];
}

export interface ApiErrorBody {
  error?: { code?: string; message?: string; hint?: string | null };
}

export interface MatchResponse {
  need: string;
  totalMatching: number;
  method: Bilingual;
  patents: {
    publicationNumber: string;
    score: number;
    title: string | null;
    applicants: { id: string; name: string }[];
    country: string;
    originCountries: string[];
    legalStatus: string | null;
    matchedTerms: { term: string; word: string; fields: string[] }[];
    sharedCpc: string[];
    effects: { effect: string; direction: string }[];
  }[];
  applicants: {
    id: string;
    name: string;
    score: number;
    matchingPatents: number;
    bestPatents: string[];
    countries: string[];
  }[];
}
