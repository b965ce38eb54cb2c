import { PatlasError, type PatlasErrorCode } from '../domain/patlas-error.js';

/** An error the API answers with a status of its own (400, 401, 404) and a JSON body. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly hint: string | null = null,
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

/** The one place a PatlasError code becomes an HTTP status: what the user can fix is 4xx, the rest 5xx. */
const STATUS_OF: Record<PatlasErrorCode, number> = {
  usage: 400,
  'bad-mapping': 400,
  'bad-taxonomy': 400,
  'unknown-format': 400,
  'not-found': 404,
  'file-not-found': 404,
  'unreadable-file': 500,
  'store-locked': 503,
  'store-error': 500,
  'disk-full': 500,
  interrupted: 503,
};

export interface ErrorBody {
  error: { code: string; message: string; hint: string | null };
}

/**
 * The status and body for any error a route throws. Server-side failures keep their details (SQL, paths) in the
 * log and answer with a generic message.
 */
export function errorResponse(error: unknown): { status: number; body: ErrorBody } {
  if (error instanceof HttpError) {
    return {
      status: error.status,
      body: { error: { code: error.code, message: error.message, hint: error.hint } },
    };
  }
  if (error instanceof PatlasError) {
    const status = STATUS_OF[error.code];
    if (status < 500) {
      return { status, body: { error: { code: error.code, message: error.message, hint: error.hint } } };
    }
    return {
      status,
      body: { error: { code: error.code, message: 'the store could not answer', hint: null } },
    };
  }
  return { status: 500, body: { error: { code: 'internal', message: 'internal error', hint: null } } };
}
