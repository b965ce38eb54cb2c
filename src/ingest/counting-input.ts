import { Transform } from 'node:stream';
import type { InputSource } from './input-source.js';

/**
 * The same input, reporting every chunk's size as it is read (for progress and MB/s), and the bytes a
 * reader of `path` says it consumed.
 */
export function countingInput(input: InputSource, onBytes: (n: number) => void): InputSource {
  return {
    ...input,
    consumed: (n) => {
      onBytes(n);
      input.consumed?.(n);
    },
    open: () => {
      const source = input.open();
      const counter = new Transform({
        transform(chunk: Buffer, _encoding, done) {
          onBytes(chunk.length);
          done(null, chunk);
        },
      });
      source.on('error', (error) => counter.destroy(error));
      counter.on('close', () => source.destroy());
      return source.pipe(counter);
    },
  };
}
