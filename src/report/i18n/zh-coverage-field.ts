/** The coverage fields the indicators state (in English), as a Chinese analyst says them. */
const FIELDS: Record<string, string> = {
  'inventor links with coordinates': '有坐标的发明人记录',
  'units with a Chinese applicant province': '有国内申请人省份信息的专利',
  'units with a family size reported by the source': '数据源提供同族规模的专利',
  'units with a known home office': '可确定本国受理局的专利',
  'units with a quality index': '有质量指数的专利',
  'units with a technical effect (improves)': '有技术功效（改进类）的专利',
  'units with an origin country': '有来源国家/地区的专利',
  'units with at least one applicant': '有申请人信息的专利',
  'units with member jurisdictions reported by the source': '数据源提供同族受理局的专利',
  'units with a document type': '有文献类型的专利',
  'units with a recorded legal status': '有法律状态记录的专利',
};

const PATTERNS: [RegExp, (m: RegExpMatchArray) => string][] = [
  [/^units labelled by (.+)$/, (m) => `经“${m[1]}”分类标引的专利`],
  [/^units with a (.+) application-layer label$/, (m) => `有“${m[1]}”应用层标引的专利`],
  [/^units with a priority year$/, () => '有优先权年的专利'],
  [/^units with a application year$/, () => '有申请年的专利'],
  [/^units with a publication year$/, () => '有公开年的专利'],
];

export function zhCoverageField(field: string): string {
  const known = FIELDS[field];
  if (known) return known;
  for (const [pattern, say] of PATTERNS) {
    const match = field.match(pattern);
    if (match) return say(match);
  }
  return field;
}
