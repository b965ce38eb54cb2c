/** Error codes a user can act on; the CLI maps them to exit codes and messages. */
export type PatlasErrorCode =
  | 'usage'
  | 'file-not-found'
  | 'unreadable-file'
  | 'unknown-format'
  | 'bad-mapping'
  | 'bad-taxonomy'
  | 'store-locked'
  | 'store-error'
  | 'disk-full'
  | 'not-found'
  | 'interrupted';

/** The one error type for bad files, configuration and store problems. */
export class PatlasError extends Error {
  readonly code: PatlasErrorCode;
  readonly hint: string | null;

  constructor(code: PatlasErrorCode, message: string, options: { hint?: string; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = 'PatlasError';
    this.code = code;
    this.hint = options.hint ?? null;
  }
}
