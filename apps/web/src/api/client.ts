import { ApiError, toProblem } from './api-error.ts';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface RequestOptions {
  method?: Method;
  /** Sent as JSON. */
  body?: unknown;
  signal?: AbortSignal;
  /**
   * Whether a 401 means "the session is gone, go to the login page". Off for the calls where
   * 401 is an expected answer (login with a wrong password, asking who is logged in).
   */
  redirectOnUnauthorized?: boolean;
}

// The CSRF token comes with the login/me response and lives only in memory: it is never
// written to storage, and a reload fetches it again through /api/auth/me.
let csrfToken: string | null = null;
let unauthorizedHandler: (() => void) | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Registers what to do when the server says the session is no longer valid. */
export function setUnauthorizedHandler(handler: (() => void) | null): void {
  unauthorizedHandler = handler;
}

async function readBody(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text === '') return undefined;
  const type = response.headers.get('content-type') ?? '';
  if (type.includes('json')) {
    try {
      return JSON.parse(text);
    } catch {
      return undefined;
    }
  }
  return text;
}

/** Calls the Arbetsbro API on the same origin; throws ApiError for anything but 2xx. */
export async function apiFetch<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { Accept: 'application/json, application/problem+json' };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['X-CSRF-Token'] = csrfToken;

  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? null : JSON.stringify(options.body),
      signal: options.signal ?? null,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0, { title: 'Network error' });
  }

  const body = await readBody(response);
  if (response.ok) return body as T;

  const error = new ApiError(response.status, toProblem(body));
  if (response.status === 401 && (options.redirectOnUnauthorized ?? true)) {
    csrfToken = null;
    unauthorizedHandler?.();
  }
  throw error;
}
