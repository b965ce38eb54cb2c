import type { Lang } from './api-types.js';

const STRINGS = {
  title: { en: 'Patlas patent landscape', zh: 'Patlas 专利态势分析' },
  subtitle: {
    en: 'Every number with its definition: date basis, unit, counting and data cut-off.',
    zh: '每个数字都附有口径说明：日期口径、计数单位、计数方式和数据截止日期。',
  },
  switchLang: { en: '中文', zh: 'English' },
  switchLangLabel: { en: 'Switch to Chinese', zh: '切换到英文' },
  token: { en: 'Access token', zh: '访问令牌' },
  tokenSave: { en: 'Use token', zh: '使用令牌' },
  tokenNeeded: {
    en: 'This server needs an access token: enter it above (kept for this browser tab only).',
    zh: '此服务器需要访问令牌：请在上方输入（仅在当前浏览器标签页内保存）。',
  },
  filters: { en: 'Filters', zh: '筛选条件' },
  taxonomy: { en: 'Taxonomy', zh: '分类体系' },
  category: { en: 'Category', zh: '技术分支' },
  any: { en: '(all)', zh: '（全部）' },
  from: { en: 'From year', zh: '起始年份' },
  to: { en: 'To year', zh: '截止年份' },
  country: { en: 'Country (ISO code)', zh: '国家/地区（ISO 代码）' },
  applicant: { en: 'Applicant', zh: '申请人' },
  countryExample: { en: 'e.g. CN', zh: '如 CN' },
  dateBasis: { en: 'Date basis', zh: '日期口径' },
  unit: { en: 'Counting unit', zh: '计数单位' },
  apply: { en: 'Apply', zh: '应用' },
  reset: { en: 'Reset', zh: '重置' },
  basisPriority: { en: 'priority year', zh: '优先权年' },
  basisApplication: { en: 'application year', zh: '申请年' },
  basisPublication: { en: 'publication year', zh: '公开年' },
  basisNone: { en: 'not counted by year', zh: '不按年份统计' },
  unitFamily: { en: 'families (each invention once)', zh: '同族（每项发明计一次）' },
  unitPublication: { en: 'publications', zh: '公开文献' },
  countingWhole: { en: 'whole counting', zh: '整数计数' },
  countingFractional: { en: 'fractional counting', zh: '分数计数' },
  cutoff: { en: 'data cut-off', zh: '数据截止日期' },
  cutoffStore: { en: 'latest publication in the data', zh: '数据中最新公开日' },
  cutoffUser: { en: 'set by the user', zh: '用户指定' },
  lastComplete: { en: 'last complete year', zh: '最后完整年份' },
  coverage: { en: 'coverage', zh: '覆盖率' },
  loading: { en: 'Loading…', zh: '加载中…' },
  noChart: {
    en: 'No chart for this indicator; its numbers are in the API.',
    zh: '该指标暂无图表，数据可通过 API 获取。',
  },
  noData: { en: 'No data for these filters.', zh: '当前筛选条件下没有数据。' },
  unsupported: { en: 'Not supported by this data:', zh: '当前数据无法支持该指标：' },
  failed: { en: 'Could not load:', zh: '加载失败：' },
  drillHint: {
    en: 'Click a bar or point to list the patents behind it.',
    zh: '点击图中的柱或点，查看其背后的专利。',
  },
  patents: { en: 'Patents', zh: '专利列表' },
  patentsBehind: { en: 'Patents behind the chart', zh: '图表背后的专利' },
  filtersApplied: { en: 'Filters:', zh: '筛选：' },
  noFilters: { en: 'none', zh: '无' },
  total: { en: 'units in scope', zh: '个计数单位' },
  publicationNumber: { en: 'Publication', zh: '公开号' },
  titleCol: { en: 'Title', zh: '标题' },
  applicants: { en: 'Applicants', zh: '申请人' },
  inventors: { en: 'Inventors', zh: '发明人' },
  year: { en: 'Year', zh: '年份' },
  legalStatus: { en: 'Legal status', zh: '法律状态' },
  previous: { en: 'Previous', zh: '上一页' },
  next: { en: 'Next', zh: '下一页' },
  close: { en: 'Close', zh: '关闭' },
  back: { en: 'Back to the list', zh: '返回列表' },
  page: { en: 'rows', zh: '条' },
  of: { en: 'of', zh: '共' },
  detail: { en: 'Patent detail', zh: '专利详情' },
  abstract: { en: 'Abstract', zh: '摘要' },
  dates: { en: 'Dates', zh: '日期' },
  applicationDate: { en: 'filed', zh: '申请日' },
  publicationDate: { en: 'published', zh: '公开日' },
  grantDate: { en: 'granted', zh: '授权日' },
  priorityDate: { en: 'earliest priority', zh: '最早优先权日' },
  family: { en: 'Family', zh: '同族' },
  familySize: { en: 'members', zh: '件' },
  classification: { en: 'Classification', zh: '分类号' },
  labels: { en: 'Labels and why', zh: '分类标签及依据' },
  noLabels: { en: 'No labels: the store was not classified.', zh: '无标签：该数据库尚未分类。' },
  labelCategory: { en: 'Category', zh: '类别' },
  labelMethod: { en: 'How', zh: '方式' },
  labelWhy: { en: 'Rule and evidence', zh: '规则与依据' },
  effects: { en: 'Technical effects', zh: '技术功效' },
  match: { en: 'Technology need matchmaking', zh: '技术需求匹配' },
  matchHint: {
    en: 'Describe a need in Chinese or English: the patents and applicants that fit it, each match explained.',
    zh: '用中文或英文描述技术需求：列出相关专利和潜在合作申请人，并说明匹配原因。',
  },
  matchButton: { en: 'Find matches', zh: '查找匹配' },
  matchNone: { en: 'No match.', zh: '没有匹配结果。' },
  matchPatents: { en: 'Matching patents', zh: '匹配专利' },
  matchApplicants: { en: 'Potential licensors and partners', zh: '潜在许可方与合作伙伴' },
  score: { en: 'score', zh: '得分' },
  sharedTerms: { en: 'shared terms', zh: '共同词' },
  none: { en: '—', zh: '—' },
  methodRule: { en: 'rule', zh: '规则' },
  methodGeneric: { en: 'generic rule', zh: '通用规则' },
  methodChild: { en: 'from a sub-category', zh: '由子类推出' },
  methodFallback: { en: 'no sibling matched', zh: '兄弟类均未命中' },
  methodModel: { en: 'learned model', zh: '机器学习模型' },
} as const satisfies Record<string, Record<Lang, string>>;

export type StringKey = keyof typeof STRINGS;

let current: Lang = 'en';

export function setLang(lang: Lang): void {
  current = lang;
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
}

export function lang(): Lang {
  return current;
}

/** The UI string in the current language. */
export function t(key: StringKey): string {
  return STRINGS[key][current];
}

const LEGAL_STATUS: Record<string, Record<Lang, string>> = {
  active: { en: 'active', zh: '有效' },
  granted: { en: 'granted', zh: '授权' },
  pending: { en: 'pending', zh: '审中' },
  inactive: { en: 'inactive', zh: '失效' },
  expired: { en: 'expired', zh: '届满失效' },
  lapsed: { en: 'lapsed', zh: '未缴费失效' },
  withdrawn: { en: 'withdrawn', zh: '撤回' },
  rejected: { en: 'rejected', zh: '驳回' },
  discontinued: { en: 'discontinued', zh: '终止' },
};

/** A legal status in the current language (as the store has it when unknown). */
export function legalStatusText(status: string | null): string {
  if (!status) return t('none');
  return LEGAL_STATUS[status.toLowerCase()]?.[current] ?? status;
}

/** A number in the current language's notation. */
export function formatNumber(value: number): string {
  return value.toLocaleString(current === 'zh' ? 'zh-CN' : 'en-US', { maximumFractionDigits: 2 });
}
