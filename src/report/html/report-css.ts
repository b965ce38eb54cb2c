/** The report's only style sheet, inlined: screen and A4 print, fonts that show Chinese. */
export const REPORT_CSS = `
:root {
  --ink: #1f2933; --muted: #616e7c; --line: #d9e2ec; --accent: #1f5f99; --soft: #f0f4f8; --warn: #8a5a00;
  font-family: "Noto Sans CJK SC", "Source Han Sans SC", "Source Han Sans CN", "PingFang SC", "Microsoft YaHei",
    "Hiragino Sans GB", "Noto Sans", "Helvetica Neue", Arial, sans-serif;
  color: var(--ink); font-size: 15px; line-height: 1.6;
}
* { box-sizing: border-box; }
body { margin: 0; background: #fff; }
main { max-width: 980px; margin: 0 auto; padding: 32px 28px 64px; }
header.cover { border-bottom: 3px solid var(--accent); padding-bottom: 16px; margin-bottom: 24px; }
header.cover h1 { font-size: 30px; margin: 0 0 8px; color: var(--accent); line-height: 1.3; }
header.cover p { margin: 2px 0; color: var(--muted); }
nav.toc { background: var(--soft); padding: 12px 20px; border-radius: 6px; margin-bottom: 24px; }
nav.toc h2 { font-size: 18px; margin: 4px 0 8px; border: 0; }
nav.toc ol { margin: 0; padding-left: 24px; columns: 2; column-gap: 32px; }
nav.toc li { margin: 2px 0; break-inside: avoid; }
nav.toc a { color: var(--accent); text-decoration: none; }
nav.toc li.omitted a { color: var(--muted); }
section.report-section { margin-top: 36px; }
section.report-section > h2 { font-size: 22px; color: var(--accent); border-bottom: 1px solid var(--line);
  padding-bottom: 4px; margin: 0 0 12px; }
p.intro { color: var(--muted); margin: 0 0 16px; }
p.missing { color: var(--warn); background: #fff8e6; border-left: 3px solid #e0a800; padding: 6px 10px; margin: 10px 0; }
p.note { font-size: 13px; color: var(--muted); }
ul.findings { padding-left: 22px; }
ul.findings li { margin: 6px 0; }
figure { margin: 20px 0; break-inside: avoid; page-break-inside: avoid; }
figure .chart svg { display: block; max-width: 100%; height: auto; margin: 0 auto; }
figcaption { font-weight: 600; margin-bottom: 6px; }
p.definition { font-size: 12px; color: var(--muted); margin: 6px 0 0; line-height: 1.45; }
.table-block { margin: 20px 0; break-inside: avoid; page-break-inside: avoid; }
.table-block.long { break-inside: auto; page-break-inside: auto; }
.table-title { font-weight: 600; margin-bottom: 6px; }
table { border-collapse: collapse; width: 100%; font-size: 13px; }
th, td { border-bottom: 1px solid var(--line); padding: 4px 8px; text-align: left; vertical-align: top;
  overflow-wrap: anywhere; }
th { background: var(--soft); font-weight: 600; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
dl.record { display: grid; grid-template-columns: 11em 1fr; gap: 2px 12px; font-size: 12.5px; margin: 0 0 14px;
  padding: 8px 12px; border: 1px solid var(--line); border-radius: 4px; break-inside: avoid; }
dl.record dt { color: var(--muted); }
dl.record dd { margin: 0; overflow-wrap: anywhere; }
dl.record .record-title { grid-column: 1 / -1; font-weight: 600; color: var(--accent); }
footer.colophon { margin-top: 48px; border-top: 1px solid var(--line); padding-top: 8px; font-size: 12px;
  color: var(--muted); }
@page { size: A4; margin: 18mm 14mm 18mm 14mm; }
@media print {
  :root { font-size: 11pt; }
  main { max-width: none; padding: 0; }
  nav.toc { break-after: page; }
  section.report-section { break-before: page; page-break-before: always; margin-top: 0; }
  section.report-section.compact { break-before: auto; page-break-before: auto; margin-top: 24px; }
  h2, h3, figcaption, .table-title { break-after: avoid; page-break-after: avoid; }
  a { color: inherit; text-decoration: none; }
}
`;
