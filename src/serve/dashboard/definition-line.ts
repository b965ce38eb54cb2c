import type { Definition } from './api-types.js';
import { formatNumber, lang, t } from './i18n.js';

/** One line under a chart stating how its numbers were counted: date basis, unit, counting, cut-off, coverage. */
export function definitionLine(definition: Definition): string {
  const sep = lang() === 'zh' ? '；' : ' · ';
  const colon = lang() === 'zh' ? '：' : ': ';
  const basis =
    definition.dateBasis === 'priority'
      ? t('basisPriority')
      : definition.dateBasis === 'application'
        ? t('basisApplication')
        : definition.dateBasis === 'publication'
          ? t('basisPublication')
          : t('basisNone');
  const unit = definition.unit === 'publication' ? t('unitPublication') : t('unitFamily');
  const counting = definition.counting === 'fractional' ? t('countingFractional') : t('countingWhole');
  const parts = [`${t('dateBasis')}${colon}${basis}`, `${t('unit')}${colon}${unit}`, counting];
  if (definition.cutoff) {
    const source = definition.cutoffSource === 'user' ? t('cutoffUser') : t('cutoffStore');
    parts.push(
      lang() === 'zh'
        ? `${t('cutoff')}${colon}${definition.cutoff}（${source}）`
        : `${t('cutoff')} ${definition.cutoff} (${source})`,
    );
  }
  if (definition.lastCompleteYear !== null) parts.push(`${t('lastComplete')} ${definition.lastCompleteYear}`);
  const coverage = definition.coverage;
  if (coverage) {
    const share = `${formatNumber(coverage.share * 100)}%`;
    parts.push(
      lang() === 'zh'
        ? `${t('coverage')} ${share}（${coverage.field.zh}：${formatNumber(coverage.covered)}/${formatNumber(coverage.units)}）`
        : `${t('coverage')} ${share} (${coverage.field.en}: ${formatNumber(coverage.covered)} of ${formatNumber(coverage.units)})`,
    );
  }
  return parts.join(sep);
}
