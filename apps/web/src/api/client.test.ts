import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from './api-error.ts';
import { createApiClient, setCsrfToken, setUnauthorizedHandler, unwrap } from './client.ts';

function respond(status: number, body?: unknown, contentType = 'application/json') {
  return vi.fn(async (_request: Request) =>
    body === undefined
      ? new Response(null, { status })
      : new Response(JSON.stringify(body), { status, headers: { 'Content-Type': contentType } }),
  );
}

function sentRequest(fetchMock: ReturnType<typeof respond>): Request {
  const request = fetchMock.mock.calls[0]?.[0];
  if (!request) throw new Error('nothing was sent');
  return request;
}

// A path that answers every method, to check what is sent whatever the method; the real paths
// (typed by schema.gen.ts) are used below where the server has them.
interface AnyMethod {
  parameters: { query?: never; header?: never; path?: never; cookie?: never };
  requestBody?: { content: { 'application/json': Record<string, unknown> } };
  responses: {
    200: { headers: Record<string, unknown>; content: { 'application/json': Record<string, unknown> } };
    204: { headers: Record<string, unknown>; content?: never };
  };
}
interface TestPaths {
  '/api/x': {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: AnyMethod;
    post: AnyMethod;
    put: AnyMethod;
    patch: AnyMethod;
    delete: AnyMethod;
  };
}

const origin = 'http://arbetsbro.test';
const test = createApiClient<TestPaths>(origin);
const api = createApiClient(origin);

describe('the API client', () => {
  beforeEach(() => {
    setCsrfToken('csrf-123');
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    setCsrfToken(null);
    setUnauthorizedHandler(null);
  });

  it('sends the CSRF token on every unsafe method and never on GET', async () => {
    for (const method of ['post', 'put', 'patch', 'delete'] as const) {
      const fetchMock = respond(204);
      vi.stubGlobal('fetch', fetchMock);
      await expect(unwrap(test.request(method, '/api/x'))).resolves.toBeUndefined();
      expect(sentRequest(fetchMock).method).toBe(method.toUpperCase());
      expect(sentRequest(fetchMock).headers.get('X-CSRF-Token')).toBe('csrf-123');
    }
    const getMock = respond(200, { ok: true });
    vi.stubGlobal('fetch', getMock);
    await expect(unwrap(test.GET('/api/x'))).resolves.toEqual({ ok: true });
    expect(sentRequest(getMock).headers.get('X-CSRF-Token')).toBeNull();
  });

  it('sends the session cookie and JSON bodies', async () => {
    const fetchMock = respond(200, { id: 1 });
    vi.stubGlobal('fetch', fetchMock);
    await unwrap(test.POST('/api/x', { body: { a: 'å' } }));
    const request = sentRequest(fetchMock);
    expect(request.credentials).toBe('same-origin');
    expect(await request.text()).toBe('{"a":"å"}');
    expect(request.headers.get('Content-Type')).toBe('application/json');
    expect(request.url).toBe(`${origin}/api/x`);
  });

  it('fills in path parameters and query strings from the typed call', async () => {
    const fetchMock = respond(200, { items: [], total: 0, counts: {} });
    vi.stubGlobal('fetch', fetchMock);
    await unwrap(
      api.GET('/api/participants/caseload', { params: { query: { scope: 'unit', filter: 'new' } } }),
    );
    expect(sentRequest(fetchMock).url).toBe(`${origin}/api/participants/caseload?scope=unit&filter=new`);
    const detailMock = respond(200, {});
    vi.stubGlobal('fetch', detailMock);
    await unwrap(
      api.GET('/api/participants/{participantId}', { params: { path: { participantId: 'a/b' } } }),
    );
    expect(sentRequest(detailMock).url).toBe(`${origin}/api/participants/a%2Fb`);
  });

  it('turns problem+json into an ApiError with field errors', async () => {
    vi.stubGlobal(
      'fetch',
      respond(
        400,
        {
          type: 'https://arbetsbro.se/problem/400',
          title: 'Ogiltig begäran',
          status: 400,
          detail: 'Lösenordet måste ha minst 12 tecken.',
          errors: [{ path: 'body.newPassword', message: 'Minst 12 tecken.' }],
        },
        'application/problem+json',
      ),
    );
    const error = await unwrap(
      api.POST('/api/auth/password', { body: { currentPassword: 'gammalt', newPassword: 'kort' } }),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    const apiError = error as ApiError;
    expect(apiError.status).toBe(400);
    expect(apiError.detail).toBe('Lösenordet måste ha minst 12 tecken.');
    expect(apiError.fieldErrors()).toEqual({ newPassword: 'Minst 12 tecken.' });
  });

  it('reports an unreachable server as status 0', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => {
        throw new TypeError('Failed to fetch');
      }),
    );
    const error = (await unwrap(test.GET('/api/x')).catch((e: unknown) => e)) as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    expect(error.isNetworkError).toBe(true);
  });

  it('lets an aborted request stay an abort', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => {
        throw new DOMException('The operation was aborted.', 'AbortError');
      }),
    );
    const error = await unwrap(test.GET('/api/x')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DOMException);
    expect((error as DOMException).name).toBe('AbortError');
  });

  it('calls the unauthorized handler on 401 unless the caller expects 401', async () => {
    const onUnauthorized = vi.fn();
    setUnauthorizedHandler(onUnauthorized);
    vi.stubGlobal('fetch', respond(401, { status: 401, detail: 'Du behöver logga in.' }));

    await expect(
      unwrap(api.POST('/api/auth/login', { body: { username: 'coach', password: 'fel' } }), {
        redirectOnUnauthorized: false,
      }),
    ).rejects.toThrow('Du behöver logga in.');
    expect(onUnauthorized).not.toHaveBeenCalled();

    await expect(unwrap(api.GET('/api/caseload/units'))).rejects.toBeInstanceOf(ApiError);
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
  });

  it('tolerates error bodies that are not JSON', async () => {
    vi.stubGlobal('fetch', respond(502, undefined));
    const error = (await unwrap(test.GET('/api/x')).catch((e: unknown) => e)) as ApiError;
    expect(error.status).toBe(502);
    expect(error.detail).toBeUndefined();
  });
});
