import createClient, { type Client, type Middleware } from 'openapi-fetch';
import { ApiError, toProblem } from './api-error.ts';
import type { paths } from './schema.gen.ts';

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

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Every unsafe request echoes the session's CSRF token; a GET never carries it. */
const csrf: Middleware = {
  onRequest({ request }) {
    if (!SAFE_METHODS.has(request.method) && csrfToken) request.headers.set('X-CSRF-Token', csrfToken);
    return request;
  },
};

/** `fetch` looked up at call time; a server that cannot be reached at all is an ApiError with status 0. */
async function send(request: Request): Promise<Response> {
  try {
    return await globalThis.fetch(request);
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0, { title: 'Network error' });
  }
}

/**
 * A client for the Arbetsbro API, typed by the server's OpenAPI document (schema.gen.ts): paths,
 * parameters, bodies and answers are checked against what the server declares. Same origin,
 * session cookie, JSON. `baseUrl` is for tests outside a browser; the app leaves it empty.
 */
export function createApiClient<Paths extends {} = paths>(baseUrl = ''): Client<Paths> {
  const client = createClient<Paths>({
    baseUrl,
    credentials: 'same-origin',
    headers: { Accept: 'application/json, application/problem+json' },
    fetch: send,
  });
  client.use(csrf);
  return client;
}

/** The app's API client. Wrap each call in `unwrap()`. */
export const api = createApiClient();

export interface CallOptions {
  /**
   * Whether a 401 means "the session is gone, go to the login page". Off for the calls where
   * 401 is an expected answer (login with a wrong password, asking who is logged in).
   */
  redirectOnUnauthorized?: boolean;
}

/** What an openapi-fetch call resolves to: the data of a 2xx answer, or the error body. */
type Outcome<T> =
  | { data: T; error?: never; response: Response }
  | { data?: never; error?: unknown; response: Response };

/** The data of a 2xx answer; `undefined` for a 204, which has none. */
type Data<T> = [Exclude<T, undefined>] extends [never] ? undefined : Exclude<T, undefined>;

/**
 * The data of a 2xx answer. Anything else is thrown as an ApiError (problem+json read into
 * status, detail and field errors), and a 401 ends the session unless the caller expects it.
 */
export async function unwrap<T>(call: Promise<Outcome<T>>, options: CallOptions = {}): Promise<Data<T>> {
  const { data, error, response } = await call;
  if (response.ok) return data as Data<T>;
  const apiError = new ApiError(response.status, toProblem(error));
  if (response.status === 401 && (options.redirectOnUnauthorized ?? true)) {
    csrfToken = null;
    unauthorizedHandler?.();
  }
  throw apiError;
}
