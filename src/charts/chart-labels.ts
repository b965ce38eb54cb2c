import type { Bilingual } from '../indicators/indicator-types.js';
import type { Lang } from './chart-spec.js';

/** The label of a code in the chart's language; the code itself when it has none. */
export function labelOf(labels: Readonly<Record<string, Bilingual>>, code: string, lang: Lang): string {
  return labels[code]?.[lang] ?? code;
}

export const LEGAL_STATUS_LABELS: Readonly<Record<string, Bilingual>> = {
  'in-force': { en: 'In force', zh: '有效' },
  pending: { en: 'Pending', zh: '审中' },
  lapsed: { en: 'Lapsed', zh: '失效' },
  unknown: { en: 'Unknown', zh: '未知' },
  granted: { en: 'Granted', zh: '授权' },
  application: { en: 'Application only', zh: '仅申请公开' },
  'utility-model': { en: 'Utility model', zh: '实用新型' },
  design: { en: 'Design', zh: '外观设计' },
  other: { en: 'Other', zh: '其他' },
  'not-recorded': { en: 'Not recorded', zh: '未记载' },
};

export const SECTOR_LABELS: Readonly<Record<string, Bilingual>> = {
  company: { en: 'Companies', zh: '企业' },
  university: { en: 'Universities', zh: '高校' },
  'research-institute': { en: 'Research institutes', zh: '科研院所' },
  government: { en: 'Government', zh: '政府机构' },
  hospital: { en: 'Hospitals', zh: '医院' },
  individual: { en: 'Individuals', zh: '个人' },
  unknown: { en: 'Unknown', zh: '未识别' },
};

export const REGION_LABELS: Readonly<Record<string, Bilingual>> = {
  asia: { en: 'Asia', zh: '亚洲' },
  europe: { en: 'Europe', zh: '欧洲' },
  'north-america': { en: 'North America', zh: '北美洲' },
  'latin-america-caribbean': { en: 'Latin America and the Caribbean', zh: '拉丁美洲和加勒比' },
  africa: { en: 'Africa', zh: '非洲' },
  oceania: { en: 'Oceania', zh: '大洋洲' },
  other: { en: 'Other (no region)', zh: '其他（无所属地区）' },
};

export const PHASE_LABELS: Readonly<Record<string, Bilingual>> = {
  inception: { en: 'Inception', zh: '萌芽期' },
  growth: { en: 'Growth', zh: '成长期' },
  maturity: { en: 'Maturity', zh: '成熟期' },
  decline: { en: 'Decline', zh: '衰退期' },
};

export const FAMILY_MEASURE_LABELS: Readonly<Record<string, Bilingual>> = {
  'family-size-mean': { en: 'Mean family size', zh: '平均同族规模' },
  'family-size-median': { en: 'Median family size', zh: '同族规模中位数' },
  'jurisdictions-mean': { en: 'Mean jurisdictions per family', zh: '平均布局国家/地区数' },
  'overseas-share': { en: 'Filed abroad', zh: '海外布局占比' },
  'pct-share': { en: 'PCT route', zh: 'PCT申请占比' },
};

export const CONCENTRATION_LABELS: Readonly<Record<string, Bilingual>> = {
  cr4: { en: 'CR4 (top 4 share)', zh: 'CR4（前4名占比）' },
  cr10: { en: 'CR10 (top 10 share)', zh: 'CR10（前10名占比）' },
  hhiNormalised: { en: 'Normalised HHI', zh: '标准化HHI' },
};

export const COLLABORATION_LABELS: Readonly<Record<string, Bilingual>> = {
  coApplicationShare: { en: 'Co-applications', zh: '合作申请占比' },
  collaborationCoefficient: { en: 'Collaboration coefficient', zh: '合作系数' },
  internationalCoInventionShare: { en: 'International co-invention', zh: '国际合作发明占比' },
  universityIndustryShare: { en: 'University–industry', zh: '产学研合作占比' },
};

export const QUALITY_LABELS: Readonly<Record<string, Bilingual>> = {
  fwd_cits5: { en: 'Forward citations (5 yr)', zh: '5年内被引次数' },
  family_size: { en: 'Family size', zh: '同族规模' },
  claims: { en: 'Claims', zh: '权利要求数' },
  bwd_cits: { en: 'Backward citations', zh: '引用专利数' },
  npl_cits: { en: 'Non-patent citations', zh: '引用非专利文献数' },
  patent_scope: { en: 'Patent scope (IPC subclasses)', zh: '专利宽度（IPC小类数）' },
  grant_lag: { en: 'Grant lag (days)', zh: '授权时滞（天）' },
  generality: { en: 'Generality', zh: '通用性' },
  originality: { en: 'Originality', zh: '原创性' },
  quality_index: { en: 'Quality index', zh: '质量指数' },
};

/** Factor names of data/scoring/innovation-potential.yaml (a custom scoring file's new factors show their id). */
export const FACTOR_LABELS: Readonly<Record<string, Bilingual>> = {
  'recent-activity': { en: 'Recent activity', zh: '近期活跃度' },
  'overseas-filing': { en: 'Overseas filing', zh: '海外布局' },
  scale: { en: 'Scale', zh: '专利规模' },
  claims: { en: 'Claims breadth', zh: '权利要求数量' },
  quality: { en: 'Patent quality', zh: '专利质量' },
  'technical-effects': { en: 'Technical effects', zh: '技术功效' },
  growth: { en: 'Growth', zh: '增长势头' },
  citations: { en: 'Forward citations', zh: '被引次数' },
  cooperation: { en: 'Co-operation', zh: '合作创新' },
};
