/**
 * Results by key, least recently used dropped first. The server's store is read-only, so a result never goes
 * stale; concurrent requests for the same key share one computation. Failures are not kept.
 */
export class ResultCache {
  private readonly entries = new Map<string, Promise<unknown>>();
  hits = 0;
  misses = 0;

  constructor(private readonly capacity: number) {}

  get<T>(key: string, compute: () => Promise<T>): Promise<T> {
    const hit = this.entries.get(key) as Promise<T> | undefined;
    if (hit) {
      this.hits += 1;
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit;
    }
    this.misses += 1;
    const pending = compute();
    if (this.capacity <= 0) return pending;
    this.entries.set(key, pending);
    pending.catch(() => {
      if (this.entries.get(key) === pending) this.entries.delete(key);
    });
    while (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
    return pending;
  }

  get size(): number {
    return this.entries.size;
  }
}

/** A cache key from a route and its parsed parameters, independent of the order the query string gave them. */
export function cacheKey(route: string, parameters: Record<string, unknown>): string {
  const sorted = Object.keys(parameters)
    .filter((k) => parameters[k] !== undefined)
    .sort()
    .map((k) => [k, parameters[k]]);
  return `${route} ${JSON.stringify(sorted)}`;
}
