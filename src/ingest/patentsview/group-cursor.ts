import type { DuckDBConnection } from '@duckdb/node-api';

/** A row of a sorted table file; every one has these, the rest depends on the table. */
export interface SortedRow {
  patent_id: string | null;
  pv_row: string;
  [field: string]: unknown;
}

/** Rows of a child table whose patent_id matched no g_patent row. */
export interface OrphanCount {
  rows: number;
  patents: number;
  /** Smallest data-row number among them and its patent_id. */
  firstRow: number;
  firstPatentId: string;
}

/**
 * Walks a Parquet file sorted by patent_id a chunk at a time and hands out the rows of one
 * patent_id at a time. Rows with a smaller patent_id than the one asked for had no g_patent row:
 * they are counted as orphans and dropped.
 */
export class GroupCursor {
  private chunk: SortedRow[] = [];
  private position = 0;
  private chunks: AsyncIterator<SortedRow[]> | null = null;
  private exhausted = false;
  private lastId: string | null = null;
  private lastGroup: SortedRow[] = [];
  private orphanId: string | null = null;
  readonly orphans: OrphanCount = {
    rows: 0,
    patents: 0,
    firstRow: Number.POSITIVE_INFINITY,
    firstPatentId: '',
  };

  constructor(
    private readonly connection: DuckDBConnection,
    private readonly file: string,
  ) {}

  /** The rows for `patentId`; ids must be asked for in ascending order (a repeat gets the same rows). */
  async take(patentId: string): Promise<SortedRow[]> {
    if (patentId === this.lastId) return this.lastGroup;
    const group: SortedRow[] = [];
    while (true) {
      const row = await this.peek();
      if (row === null) break;
      const id = row.patent_id;
      if (id !== null && id > patentId) break;
      this.position++;
      if (id === patentId) group.push(row);
      else this.countOrphan(row);
    }
    this.lastId = patentId;
    this.lastGroup = group;
    return group;
  }

  /** Every row in file order (for the g_patent file itself). */
  async *all(): AsyncGenerator<SortedRow> {
    while (true) {
      const row = await this.peek();
      if (row === null) return;
      this.position++;
      yield row;
    }
  }

  /** Count every row not handed out yet as an orphan. */
  async drain(): Promise<void> {
    while (true) {
      const row = await this.peek();
      if (row === null) return;
      this.position++;
      if (row.patent_id !== this.lastId) this.countOrphan(row);
    }
  }

  private countOrphan(row: SortedRow): void {
    const id = row.patent_id ?? '';
    this.orphans.rows++;
    if (id !== this.orphanId || this.orphans.patents === 0) this.orphans.patents++;
    this.orphanId = id;
    const line = Number(row.pv_row);
    if (line < this.orphans.firstRow) {
      this.orphans.firstRow = line;
      this.orphans.firstPatentId = id;
    }
  }

  private async peek(): Promise<SortedRow | null> {
    while (this.position >= this.chunk.length) {
      if (this.exhausted) return null;
      if (this.chunks === null) {
        const result = await this.connection.stream('SELECT * FROM read_parquet($1)', [this.file]);
        this.chunks = result.yieldRowObjectJson() as unknown as AsyncIterator<SortedRow[]>;
      }
      const next = await this.chunks.next();
      if (next.done) {
        this.exhausted = true;
        return null;
      }
      this.chunk = next.value;
      this.position = 0;
    }
    return this.chunk[this.position] ?? null;
  }
}
