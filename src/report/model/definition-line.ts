import type { Coverage, IndicatorDefinition } from '../../indicators/indicator-types.js';
import type { NumberFormat } from '../i18n/number-format.js';
import type { ReportDictionary } from '../i18n/report-dictionary.js';

/** "field: covered of units (share)" in the report's language (the field is the indicator's own, bilingual). */
export function coverageText(coverage: Coverage | null, dict: ReportDictionary, fmt: NumberFormat): string {
  if (!coverage) return dict.noCoverage;
  return dict.coverageOf(
    coverage.field[dict.lang],
    fmt.count(coverage.covered),
    fmt.count(coverage.units),
    fmt.share(coverage.share),
  );
}

/** The line under every chart and table: date basis, unit, counting, cut-off (and last complete year), coverage. */
export function definitionLine(
  definition: IndicatorDefinition,
  dict: ReportDictionary,
  fmt: NumberFormat,
): string {
  const d = dict.definition;
  const basis = definition.dateBasis ? dict.dateBases[definition.dateBasis] : d.noDateBasis;
  const cutoff = definition.cutoff
    ? d.cutoffText(
        definition.cutoff,
        dict.cutoffSources[definition.cutoffSource],
        definition.lastCompleteYear,
      )
    : dict.none;
  return [
    `${d.dateBasis}${d.colon}${basis}`,
    `${d.unit}${d.colon}${dict.units[definition.unit]}`,
    `${d.counting}${d.colon}${dict.countings[definition.counting]}`,
    `${d.cutoff}${d.colon}${cutoff}`,
    `${d.coverage}${d.colon}${coverageText(definition.coverage, dict, fmt)}`,
  ].join(d.separator);
}
