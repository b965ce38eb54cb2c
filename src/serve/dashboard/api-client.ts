import type { ApiErrorBody } from './api-types.js';

const TOKEN_KEY = 'patlas-token';

/** An API answer other than 200, with the server's message. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** The bearer token of this tab (sessionStorage: gone when the tab closes). */
export function savedToken(): string {
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

export function saveToken(token: string): void {
  if (token) sessionStorage.setItem(TOKEN_KEY, token);
  else sessionStorage.removeItem(TOKEN_KEY);
}

/** GET a JSON document from this server; empty parameters are left out. */
export async function getJson<T>(
  path: string,
  params: Record<string, string | number | undefined> = {},
): Promise<T> {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== '') query.set(key, String(value));
  }
  const token = savedToken();
  const url = query.size ? `${path}?${query.toString()}` : path;
  const response = await fetch(url, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  if (!response.ok) {
    let message = response.statusText;
    try {
      const body = (await response.json()) as ApiErrorBody;
      message = body.error?.message ?? message;
    } catch {
      // A body that is not JSON: the status text says enough.
    }
    throw new ApiError(response.status, message);
  }
  return (await response.json()) as T;
}
