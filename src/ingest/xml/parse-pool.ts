import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ReadItem } from '../../domain/read-item.js';
import { toTransferable, type XmlDocumentBytes } from './document-batches.js';
import type { PoolJob, PoolResponse } from './pool-messages.js';
import type { ByteRange } from './range-documents.js';

interface Slot {
  worker: Worker;
  busy: number;
}

/**
 * Worker threads that parse XML documents into records. Results come back in submission order,
 * so a run is deterministic whatever the thread timing.
 */
export class ParsePool {
  private readonly slots: Slot[];
  private readonly pending = new Map<
    number,
    { resolve: (items: ReadItem[]) => void; reject: (e: Error) => void }
  >();
  private nextId = 0;

  constructor(size: number) {
    const here = import.meta.url;
    const isSource = here.endsWith('.ts');
    const url = new URL(isSource ? './parse-worker.ts' : './parse-worker.js', here);
    this.slots = Array.from({ length: size }, () => {
      const worker = new Worker(isSource ? tsxBootstrap(url) : url);
      worker.on('message', (message: PoolResponse) => this.settle(message));
      worker.on('error', (error) => this.failAll(error));
      return { worker, busy: 0 };
    });
  }

  get size(): number {
    return this.slots.length;
  }

  /** Parse a batch of documents of one file on the least busy worker. */
  parse(file: string, documents: readonly XmlDocumentBytes[]): Promise<ReadItem[]> {
    const batch = toTransferable(documents);
    return this.submit({ kind: 'documents', file, batch }, batch.buffers);
  }

  /** Parse the documents that begin in `range` of the plain file `path`; the worker reads them itself. */
  parseRange(file: string, path: string, range: ByteRange): Promise<ReadItem[]> {
    return this.submit({ kind: 'range', file, path, range }, []);
  }

  private submit(job: PoolJob, transfer: ArrayBuffer[]): Promise<ReadItem[]> {
    const id = this.nextId++;
    const slot = this.slots.reduce((a, b) => (b.busy < a.busy ? b : a));
    slot.busy += 1;
    return new Promise<ReadItem[]>((resolve, reject) => {
      this.pending.set(id, {
        resolve: (items) => {
          slot.busy -= 1;
          resolve(items);
        },
        reject: (e) => {
          slot.busy -= 1;
          reject(e);
        },
      });
      slot.worker.postMessage({ ...job, id }, transfer);
    });
  }

  private settle(message: PoolResponse): void {
    const waiter = this.pending.get(message.id);
    if (!waiter) return;
    this.pending.delete(message.id);
    if (message.error !== undefined) waiter.reject(new Error(message.error));
    else waiter.resolve(message.items ?? []);
  }

  private failAll(error: Error): void {
    for (const waiter of this.pending.values()) waiter.reject(error);
    this.pending.clear();
  }

  async close(): Promise<void> {
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}

/** Running from TypeScript sources (tests, tsx): load the worker through tsx's loader. */
function tsxBootstrap(worker: URL): URL {
  // require.resolve finds tsx's CommonJS entry of `tsx/esm/api`; its ES module twin sits beside it.
  const cjs = createRequire(import.meta.url).resolve('tsx/esm/api');
  const tsx = pathToFileURL(cjs.replace(/\.cjs$/, '.mjs')).href;
  const code = `const { register } = await import(${JSON.stringify(tsx)}); register(); await import(${JSON.stringify(worker.href)});`;
  return new URL(`data:text/javascript,${encodeURIComponent(code)}`);
}
