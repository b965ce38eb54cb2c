import cliProgress from 'cli-progress';
import type { IngestProgress } from '../ingest/run-ingest.js';
import { formatBytes } from './format-number.js';

/** A progress bar on a TTY (bytes, records/s, ETA); nothing at all when stderr is not a terminal. */
export function createProgressBar(enabled: boolean): {
  update: (p: IngestProgress) => void;
  stop: () => void;
} {
  if (!enabled) return { update: () => undefined, stop: () => undefined };
  const started = Date.now();
  const bar = new cliProgress.SingleBar(
    {
      format: ' {bar} {percentage}% | {done} of {size} | {rate} docs/s | ETA {eta_formatted} | {file}',
      hideCursor: true,
      clearOnComplete: true,
      stream: process.stderr,
      etaBuffer: 50,
    },
    cliProgress.Presets.shades_classic,
  );
  let begun = false;
  return {
    update(p) {
      const payload = {
        done: formatBytes(p.bytesDone),
        size: formatBytes(p.bytesTotal),
        rate: Math.round(p.documents / Math.max(0.001, (Date.now() - started) / 1000)),
        file: `${p.fileIndex}/${p.fileCount} ${p.file.split('/').pop() ?? ''}`,
      };
      if (!begun) {
        bar.start(Math.max(1, p.bytesTotal), Math.min(p.bytesDone, p.bytesTotal), payload);
        begun = true;
      } else bar.update(Math.min(p.bytesDone, p.bytesTotal), payload);
    },
    stop() {
      if (begun) bar.stop();
    },
  };
}

/** A progress bar over a count of publications, on a TTY only. */
export function createCountProgressBar(
  enabled: boolean,
  what: string,
): { update: (done: number, total: number) => void; stop: () => void } {
  if (!enabled) return { update: () => undefined, stop: () => undefined };
  const started = Date.now();
  const bar = new cliProgress.SingleBar(
    {
      format: ` {bar} {percentage}% | {value} of {total} ${what} | {rate}/s | ETA {eta_formatted}`,
      hideCursor: true,
      clearOnComplete: true,
      stream: process.stderr,
    },
    cliProgress.Presets.shades_classic,
  );
  let begun = false;
  return {
    update(done, total) {
      const rate = Math.round(done / Math.max(0.001, (Date.now() - started) / 1000));
      if (!begun) {
        bar.start(Math.max(1, total), done, { rate });
        begun = true;
      } else bar.update(done, { rate });
    },
    stop() {
      if (begun) bar.stop();
    },
  };
}
