import { reportDictionary } from '../i18n/index.js';
import { numberFormat } from '../i18n/number-format.js';
import type { ReportFigure, ReportModel, ReportSection } from '../model/report-model.js';
import { type BlockContext, renderBlock } from './render-blocks.js';
import { REPORT_CSS } from './report-css.js';
import { html, SafeHtml } from './safe-html.js';

/**
 * The report as one self-contained HTML document: inline CSS, charts inline as SVG, no script, no external
 * resource, so it opens offline and prints to A4.
 */
export function renderReportHtml(model: ReportModel, renderSvg: (figure: ReportFigure) => string): string {
  const dict = reportDictionary(model.lang);
  const ctx: BlockContext = {
    dict,
    fmt: numberFormat(model.lang),
    renderSvg,
    counters: { figure: 0, table: 0 },
  };
  const sections = model.sections.map((s) => renderSection(s, ctx));
  const page = html`<!DOCTYPE html>
<html lang="${dict.htmlLang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Patlas ${model.patlasVersion}">
<title>${model.title}</title>
<style>${new SafeHtml(REPORT_CSS)}</style>
</head>
<body>
<main>
<header class="cover">
<h1>${model.title}</h1>
<p>${model.subtitle}</p>
<p>${dict.generatedBy(model.patlasVersion, model.generatedAt)}</p>
<p>${dict.snapshot.hash}${dict.definition.colon}<code>${model.snapshot.hash}</code></p>
</header>
<nav class="toc"><h2>${dict.contents}</h2><ol>${model.sections.map(
    (s) => html`<li class="${s.shown ? null : 'omitted'}"><a href="#s-${s.id}">${s.title}</a></li>`,
  )}</ol></nav>
${sections}
<footer class="colophon">${dict.generatedBy(model.patlasVersion, model.generatedAt)} · ${dict.snapshot.hash}${dict.definition.colon}${model.snapshot.hash}</footer>
</main>
</body>
</html>
`;
  return page.value;
}

function renderSection(section: ReportSection, ctx: BlockContext): SafeHtml {
  return html`<section class="report-section${section.shown ? '' : ' compact'}" id="s-${section.id}">
<h2>${section.title}</h2>
${section.shown ? html`<p class="intro">${section.intro}</p>` : null}
${section.missing ? html`<p class="missing">${section.missing}</p>` : null}
${section.blocks.map((b) => renderBlock(b, ctx))}
</section>
`;
}
