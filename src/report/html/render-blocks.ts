import type { NumberFormat } from '../i18n/number-format.js';
import type { ReportDictionary } from '../i18n/report-dictionary.js';
import type { ReportBlock, ReportFigure, ReportTable } from '../model/report-model.js';
import { formatCell } from './format-cell.js';
import { html, type SafeHtml, trustedChartSvg } from './safe-html.js';

export interface BlockContext {
  dict: ReportDictionary;
  fmt: NumberFormat;
  renderSvg(figure: ReportFigure): string;
  /** Figure and table numbers, counted through the report. */
  counters: { figure: number; table: number };
}

export function renderBlock(block: ReportBlock, ctx: BlockContext): SafeHtml {
  switch (block.kind) {
    case 'paragraph':
      return html`<p class="note">${block.text}</p>`;
    case 'missing':
      return html`<p class="missing">${block.text}</p>`;
    case 'findings':
      return html`<ul class="findings">${block.items.map((item) => html`<li>${item}</li>`)}</ul>`;
    case 'figure':
      return renderFigure(block.figure, ctx);
    case 'table':
      return block.table.id === 'definitions'
        ? renderRecords(block.table, ctx)
        : renderTable(block.table, ctx);
  }
}

function renderFigure(figure: ReportFigure, ctx: BlockContext): SafeHtml {
  ctx.counters.figure += 1;
  const svg = trustedChartSvg(ctx.renderSvg(figure));
  return html`<figure id="fig-${figure.chart.id}" data-chart="${figure.chart.id}">
<figcaption>${ctx.dict.figure} ${ctx.counters.figure}${ctx.dict.definition.colon}${figure.chart.title}</figcaption>
<div class="chart">${svg}</div>
<p class="definition">${figure.definition}</p>
</figure>`;
}

function renderTable(table: ReportTable, ctx: BlockContext): SafeHtml {
  ctx.counters.table += 1;
  const rows = table.htmlRows === null ? table.rows : table.rows.slice(0, table.htmlRows);
  const numeric = (i: number) => table.columns[i]?.kind !== 'text';
  const cls = (i: number) => (numeric(i) ? 'num' : null);
  const truncated =
    rows.length < table.rows.length
      ? html`<p class="note">${ctx.dict.tableRowsShown(ctx.fmt.count(rows.length), ctx.fmt.count(table.rows.length))}</p>`
      : null;
  return html`<div class="table-block${rows.length > 25 ? ' long' : ''}" id="tab-${table.id}">
<div class="table-title">${ctx.dict.table} ${ctx.counters.table}${ctx.dict.definition.colon}${table.title}</div>
<table><thead><tr>${table.columns.map((c, i) => html`<th class="${cls(i)}">${c.label}</th>`)}</tr></thead>
<tbody>${rows.map(
    (row) =>
      html`<tr>${row.map((cell, i) => html`<td class="${cls(i)}">${formatCell(cell, table.columns[i]?.kind ?? 'text', ctx.fmt)}</td>`)}</tr>`,
  )}</tbody></table>
${truncated}<p class="definition">${table.definition}</p>
</div>`;
}

/** A wide table (the indicator definitions) as one record per row: label and value under each other. */
function renderRecords(table: ReportTable, ctx: BlockContext): SafeHtml {
  ctx.counters.table += 1;
  return html`<div class="records" id="tab-${table.id}">
<div class="table-title">${ctx.dict.table} ${ctx.counters.table}${ctx.dict.definition.colon}${table.title}</div>
<p class="definition">${table.definition}</p>
${table.rows.map(
  (row) =>
    html`<dl class="record"><div class="record-title">${row[1] ?? ''} (${row[0] ?? ''})</div>${row
      .slice(2)
      .map((cell, i) => {
        const column = table.columns[i + 2];
        return html`<dt>${column?.label ?? ''}</dt><dd>${formatCell(cell, column?.kind ?? 'text', ctx.fmt) || '–'}</dd>`;
      })}</dl>`,
)}
</div>`;
}
