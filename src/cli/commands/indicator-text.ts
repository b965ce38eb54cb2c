import type {
  IndicatorDefinition,
  IndicatorResult,
  IndicatorValue,
} from '../../indicators/indicator-types.js';
import { formatShare } from '../format-number.js';

const MAX_ROWS = 40;

/**
 * One indicator for a terminal: title, its definition, then its rows as an aligned table. The text is English (the
 * report, the dashboard and --json carry both languages); the title and why an indicator is unsupported are given
 * in Chinese too.
 */
export function indicatorText(result: IndicatorResult): string {
  const { definition } = result;
  const lines = [
    `${definition.title.en} / ${definition.title.zh}  [${definition.id}]`,
    ...definitionLines(definition),
  ];
  if (!result.supported) {
    if (result.message) {
      lines.push(
        `  not supported by this data: ${result.message.en}`,
        `  数据不支持该指标：${result.message.zh}`,
      );
    } else {
      lines.push('  not supported by this data');
    }
    return `${lines.join('\n')}\n`;
  }
  lines.push(...tableLines(result.data));
  return `${lines.join('\n')}\n`;
}

export function definitionLines(d: IndicatorDefinition): string[] {
  const basis = d.dateBasis ? `${d.dateBasis} year` : 'no date basis';
  const cutoff = `${d.cutoff ?? 'unknown'} (${d.cutoffExplanation.en})`;
  const lines = [
    `  ${d.description.en}`,
    `  basis: ${basis}; unit: ${d.unit}; ${d.counting} counting; cut-off: ${cutoff}` +
      (d.dateBasis && d.lastCompleteYear !== null ? `; last complete year: ${d.lastCompleteYear}` : ''),
  ];
  if (d.formula) lines.push(`  formula: ${d.formula}`);
  const filters = Object.entries(d.filters).filter(([, v]) => v !== null);
  if (filters.length) lines.push(`  filters: ${filters.map(([k, v]) => `${k}=${v}`).join(', ')}`);
  const parameters = Object.entries(d.parameters);
  if (parameters.length) lines.push(`  parameters: ${parameters.map(([k, v]) => `${k}=${v}`).join(', ')}`);
  if (d.coverage) {
    lines.push(
      `  coverage: ${d.coverage.covered.toLocaleString('en-US')} of ${d.coverage.units.toLocaleString('en-US')} ${d.coverage.field.en} (${formatShare(d.coverage.share)})`,
    );
  }
  for (const note of d.notes) lines.push(`  note: ${note.en}`);
  return lines;
}

function tableLines(rows: readonly Record<string, IndicatorValue>[]): string[] {
  if (rows.length === 0) return ['  (no rows)'];
  const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  // Year series show their most recent rows; ranked lists their top rows.
  const latestFirst = columns.includes('year') && rows.length > MAX_ROWS;
  const kept = latestFirst ? rows.slice(-MAX_ROWS) : rows.slice(0, MAX_ROWS);
  const shown = kept.map((r) => columns.map((c) => cell(c, r[c])));
  const widths = columns.map((c, i) => Math.max(c.length, ...shown.map((r) => r[i]?.length ?? 0)));
  const line = (cells: string[]) => `  ${cells.map((v, i) => v.padStart(widths[i] ?? 0)).join('  ')}`;
  const more = `  ... ${rows.length - MAX_ROWS} ${latestFirst ? 'earlier' : 'more'} rows (--json gives all)`;
  const out = [line(columns), ...(latestFirst ? [more] : []), ...shown.map(line)];
  if (rows.length > MAX_ROWS && !latestFirst) out.push(more);
  return out;
}

function cell(column: string, value: IndicatorValue | undefined): string {
  if (value === null || value === undefined) return '-';
  if (typeof value === 'number') {
    if (/^(year|start|end|from|to|rank)$/i.test(column)) return String(value);
    if (/share|cagr|change|growth|logLinear/i.test(column)) return formatShare(value);
    if (Number.isInteger(value)) return value.toLocaleString('en-US');
    return value.toFixed(3);
  }
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}
