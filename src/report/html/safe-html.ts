/** HTML that is already safe to insert: built by `html` (which escapes every value) or a checked chart SVG. */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** The one escape of the report: text and attribute values alike (quotes included). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

export type HtmlValue = SafeHtml | string | number | null | undefined | false | readonly HtmlValue[];

function render(value: HtmlValue): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeHtml(String(value));
}

/**
 * Template tag for the report's markup: every interpolated value is escaped unless it is SafeHtml, so data
 * strings can only ever be text. @example html`<td title="${name}">${name}</td>`
 */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  let out = strings[0] ?? '';
  for (let i = 0; i < values.length; i++) out += render(values[i]) + (strings[i + 1] ?? '');
  return new SafeHtml(out);
}

/** Elements ECharts' SVG renderer writes; anything else (script, foreignObject, img, iframe ...) is refused. */
const SVG_ELEMENTS = new Set([
  'svg',
  'g',
  'path',
  'rect',
  'circle',
  'ellipse',
  'line',
  'polyline',
  'polygon',
  'text',
  'tspan',
  'defs',
  'clippath',
  'pattern',
  'lineargradient',
  'radialgradient',
  'stop',
  'mask',
  'title',
  'style',
  'use',
  'image',
]);

/**
 * A chart SVG from renderChartSvg, trusted only after checking that the data labels inside it were escaped: only
 * SVG drawing elements, no event-handler attributes, no script URLs, and an <image> only with a data: URL.
 */
export function trustedChartSvg(svg: string): SafeHtml {
  const problems: string[] = [];
  for (const match of svg.matchAll(/<\s*\/?\s*([a-zA-Z][\w:-]*)([^>]*)>/g)) {
    const tag = (match[1] ?? '').toLowerCase();
    const attributes = match[2] ?? '';
    if (!SVG_ELEMENTS.has(tag)) problems.push(`element <${tag}>`);
    if (/(^|\s)on[a-z]+\s*=/i.test(attributes)) problems.push(`event handler on <${tag}>`);
    if (/javascript:/i.test(attributes)) problems.push(`script URL on <${tag}>`);
    if (tag === 'image' && /href\s*=\s*["'](?!data:image\/)/i.test(attributes))
      problems.push('external image');
  }
  if (!svg.trimStart().startsWith('<svg')) problems.push('not an <svg> element');
  if (problems.length > 0) {
    throw new Error(`chart SVG refused (labels not escaped?): ${[...new Set(problems)].join(', ')}`);
  }
  return new SafeHtml(svg);
}
