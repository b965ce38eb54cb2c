export interface NetworkEdge {
  source: string;
  target: string;
  weight: number;
}

export interface PlacedNode {
  id: string;
  x: number;
  y: number;
  /** Sum of the weights of its edges. */
  strength: number;
  /** Index of its connected component, largest component first. */
  component: number;
}

/**
 * A deterministic layout (no randomness, no simulation): each connected component on its own circle, nodes
 * ordered by strength then id, components packed left to right in rows, largest first. The same edges always
 * give the same picture, in the report and in the dashboard.
 */
export function layoutNetwork(edges: readonly NetworkEdge[]): PlacedNode[] {
  const strength = new Map<string, number>();
  const neighbours = new Map<string, string[]>();
  for (const e of edges) {
    for (const [a, b] of [
      [e.source, e.target],
      [e.target, e.source],
    ] as const) {
      strength.set(a, (strength.get(a) ?? 0) + e.weight);
      neighbours.set(a, [...(neighbours.get(a) ?? []), b]);
    }
  }
  const byStrength = (a: string, b: string) =>
    (strength.get(b) ?? 0) - (strength.get(a) ?? 0) || a.localeCompare(b);
  const components = connectedComponents([...strength.keys()].sort(byStrength), neighbours)
    .map((ids) => ids.sort(byStrength))
    .sort((a, b) => b.length - a.length || byStrength(a[0] ?? '', b[0] ?? ''));
  const radius = (n: number) => (n === 1 ? 0 : Math.max(1, Math.sqrt(n) * 0.9));
  const total = components.reduce((s, c) => s + (2 * radius(c.length) + 2) ** 2, 0);
  const rowWidth = Math.max(6, Math.sqrt(total) * 1.6);
  const placed: PlacedNode[] = [];
  let cursorX = 0;
  let cursorY = 0;
  let rowHeight = 0;
  components.forEach((ids, component) => {
    const r = radius(ids.length);
    const size = 2 * r + 2;
    if (cursorX > 0 && cursorX + size > rowWidth) {
      cursorX = 0;
      cursorY += rowHeight;
      rowHeight = 0;
    }
    const cx = cursorX + size / 2;
    const cy = cursorY + size / 2;
    ids.forEach((id, i) => {
      const angle = (2 * Math.PI * i) / ids.length - Math.PI / 2;
      placed.push({
        id,
        x: round(cx + r * Math.cos(angle)),
        y: round(cy + r * Math.sin(angle)),
        strength: strength.get(id) ?? 0,
        component,
      });
    });
    cursorX += size;
    rowHeight = Math.max(rowHeight, size);
  });
  return placed;
}

function connectedComponents(ids: readonly string[], neighbours: ReadonlyMap<string, string[]>): string[][] {
  const seen = new Set<string>();
  const components: string[][] = [];
  for (const start of ids) {
    if (seen.has(start)) continue;
    const component: string[] = [];
    const stack = [start];
    seen.add(start);
    while (stack.length > 0) {
      const id = stack.pop() as string;
      component.push(id);
      for (const next of neighbours.get(id) ?? []) {
        if (!seen.has(next)) {
          seen.add(next);
          stack.push(next);
        }
      }
    }
    components.push(component);
  }
  return components;
}

/** Coordinates rounded so the option (and the golden SVG) does not depend on floating-point noise. */
function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
