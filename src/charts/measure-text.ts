import * as echarts from 'echarts';

/** Advance widths of Noto Sans (the CJK font's Latin glyphs), in ems, by character class. */
const NARROW = new Set([..."ijl.,:;'|!()[]{} "]);
const WIDE = new Set([...'mwMW@%']);

function charWidth(ch: string): number {
  const code = ch.codePointAt(0) ?? 0;
  if (code >= 0x2e80) return 1;
  if (NARROW.has(ch)) return 0.28;
  if (WIDE.has(ch)) return 0.86;
  if (ch >= 'A' && ch <= 'Z') return 0.66;
  if (ch >= '0' && ch <= '9') return 0.57;
  return 0.54;
}

type MeasureText = NonNullable<Parameters<typeof echarts.setPlatformAPI>[0]['measureText']>;

let installed = false;

/**
 * Text widths for the server renderer, which has no canvas to measure with: ECharts' fallback assumes narrower
 * Helvetica metrics, so truncation and label layout would overflow once Chromium draws Noto Sans CJK.
 */
export function installTextMeasure(): void {
  if (installed) return;
  const measureText: MeasureText = (text, font) => {
    const size = Number(/(\d+(?:\.\d+)?)px/.exec(font ?? '')?.[1] ?? 12);
    let width = 0;
    for (const ch of text ?? '') width += charWidth(ch) * size;
    // Only the width is read by the layout; the other metrics are canvas-only.
    return { width } as ReturnType<MeasureText>;
  };
  echarts.setPlatformAPI({ measureText });
  installed = true;
}
