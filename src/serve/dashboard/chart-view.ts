import type { ChartSpec } from './api-types.js';

type ECharts = typeof import('echarts');
type EChartsInstance = ReturnType<ECharts['init']>;

/** ECharts, loaded by its own script tag from this server (/assets/echarts.min.js). */
declare const echarts: ECharts;

export type DrillValues = Record<string, string | number>;

const drawn = new Set<EChartsInstance>();
const registeredMaps = new Set<string>();

/** Draw a chart spec (SVG, so its text is in the page) into a container; a click on a drillable item calls onDrill. */
export async function drawChart(
  container: HTMLElement,
  spec: ChartSpec,
  onDrill: (drill: DrillValues) => void,
): Promise<void> {
  for (const name of mapNames(spec.option)) await registerMap(name);
  container.style.height = `${spec.height}px`;
  const chart = echarts.init(container, null, { renderer: 'svg' });
  chart.setOption(spec.option);
  if (spec.drillable) {
    chart.on('click', (event) => {
      const drill = drillOf(event.data);
      if (drill) onDrill(drill);
    });
  }
  drawn.add(chart);
}

/** Forget every drawn chart (before the cards are drawn again). */
export function disposeCharts(): void {
  for (const chart of drawn) chart.dispose();
  drawn.clear();
}

export function resizeCharts(): void {
  for (const chart of drawn) chart.resize();
}

function drillOf(data: unknown): DrillValues | null {
  if (data === null || typeof data !== 'object' || !('drill' in data)) return null;
  const drill = (data as { drill: unknown }).drill;
  if (drill === null || typeof drill !== 'object') return null;
  const values: DrillValues = {};
  for (const [key, value] of Object.entries(drill)) {
    if (typeof value === 'string' || typeof value === 'number') values[key] = value;
  }
  return Object.keys(values).length ? values : null;
}

/** The maps an option names (geo.map, series[].map): drawn only once registered. */
function mapNames(option: Record<string, unknown>): string[] {
  const names = new Set<string>();
  const visit = (value: unknown) => {
    for (const item of Array.isArray(value) ? value : [value]) {
      if (item && typeof item === 'object' && 'map' in item && typeof item.map === 'string')
        names.add(item.map);
    }
  };
  visit(option.geo);
  visit(option.series);
  return [...names];
}

async function registerMap(name: string): Promise<void> {
  if (registeredMaps.has(name)) return;
  const response = await fetch(`/assets/maps/${encodeURIComponent(name)}.json`);
  if (!response.ok) throw new Error(`map ${name}: ${response.status}`);
  echarts.registerMap(name, (await response.json()) as Parameters<ECharts['registerMap']>[1]);
  registeredMaps.add(name);
}
