import { describe, expect, it } from 'vitest';
import type { ChartSpec } from '../../charts/chart-spec.js';
import { renderChartSvg } from '../../charts/index.js';
import { escapeHtml, html, SafeHtml, trustedChartSvg } from './safe-html.js';

const SCRIPT = '<script>alert(1)</script>';
const IMG = '"><img src=x onerror=alert(1)>';

describe('escapeHtml and html``', () => {
  it('escapes the five HTML metacharacters, quotes included (safe in text and attributes)', () => {
    expect(escapeHtml(`${IMG} & '`)).toBe('&quot;&gt;&lt;img src=x onerror=alert(1)&gt; &amp; &#39;');
  });

  it('escapes every interpolated value, in text and in attributes, but not SafeHtml', () => {
    const out = html`<td title="${IMG}">${SCRIPT}</td>${new SafeHtml('<b>ok</b>')}`.value;
    expect(out).toBe(
      '<td title="&quot;&gt;&lt;img src=x onerror=alert(1)&gt;">&lt;script&gt;alert(1)&lt;/script&gt;</td><b>ok</b>',
    );
  });

  it('renders arrays, numbers and drops null / false', () => {
    expect(html`${[1, '<', null, false, html`<i>x</i>`]}`.value).toBe('1&lt;<i>x</i>');
  });
});

describe('trustedChartSvg', () => {
  it('refuses SVG with a script, an HTML element, an event handler or a script URL', () => {
    expect(() => trustedChartSvg(`<svg><text>a</text>${SCRIPT}</svg>`)).toThrow(/<script>/);
    expect(() => trustedChartSvg('<svg><img src=x onerror=alert(1)></svg>')).toThrow(/<img>/);
    expect(() => trustedChartSvg('<svg><rect onclick="alert(1)"/></svg>')).toThrow(/event handler/);
    expect(() => trustedChartSvg('<svg><a href="javascript:alert(1)"></a></svg>')).toThrow(/script URL|<a>/);
    expect(() => trustedChartSvg('<svg><foreignObject/></svg>')).toThrow(/foreignobject/);
  });

  it('accepts what ECharts renders for hostile labels: they arrive escaped, as text', () => {
    const spec: ChartSpec = {
      id: 'hostile',
      indicatorId: 'top-applicants',
      title: SCRIPT,
      width: 500,
      height: 300,
      drillable: false,
      option: {
        title: { text: IMG },
        xAxis: { type: 'category', data: [SCRIPT, IMG] },
        yAxis: { type: 'value' },
        series: [{ type: 'bar', data: [3, 2], label: { show: true, formatter: '{b}' } }],
      },
    };
    const svg = renderChartSvg(spec);
    const trusted = trustedChartSvg(svg).value;
    expect(trusted).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(trusted).not.toMatch(/<script|<img/i);
  });
});
