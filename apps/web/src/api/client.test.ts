import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from './api-error.ts';
import { apiFetch, setCsrfToken, setUnauthorizedHandler } from './client.ts';

type FetchArgs = [string, RequestInit];

function respond(status: number, body?: unknown, contentType = 'application/json') {
  return vi.fn(async (..._args: FetchArgs) =>
    body === undefined
      ? new Response(null, { status })
      : new Response(JSON.stringify(body), { status, headers: { 'Content-Type': contentType } }),
  );
}

function sentHeaders(fetchMock: ReturnType<typeof respond>): Record<string, string> {
  const init = fetchMock.mock.calls[0]?.[1];
  return (init?.headers ?? {}) as Record<string, string>;
}

describe('apiFetch', () => {
  beforeEach(() => {
    setCsrfToken('csrf-123');
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    setCsrfToken(null);
    setUnauthorizedHandler(null);
  });

  it('sends the CSRF token on every unsafe method and never on GET', async () => {
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE'] as const) {
      const fetchMock = respond(204);
      vi.stubGlobal('fetch', fetchMock);
      await apiFetch('/api/x', { method });
      expect(sentHeaders(fetchMock)['X-CSRF-Token']).toBe('csrf-123');
    }
    const getMock = respond(200, { ok: true });
    vi.stubGlobal('fetch', getMock);
    await expect(apiFetch('/api/x')).resolves.toEqual({ ok: true });
    expect(sentHeaders(getMock)['X-CSRF-Token']).toBeUndefined();
  });

  it('sends the session cookie and JSON bodies', async () => {
    const fetchMock = respond(200, { id: 1 });
    vi.stubGlobal('fetch', fetchMock);
    await apiFetch('/api/x', { method: 'POST', body: { a: 'å' } });
    const init = fetchMock.mock.calls[0]![1];
    expect(init.credentials).toBe('same-origin');
    expect(init.body).toBe('{"a":"å"}');
    expect(sentHeaders(fetchMock)['Content-Type']).toBe('application/json');
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
    const error = await apiFetch('/api/auth/password', { method: 'POST', body: {} }).catch((e: unknown) => e);
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
    const error = (await apiFetch('/api/x').catch((e: unknown) => e)) as ApiError;
    expect(error.isNetworkError).toBe(true);
  });

  it('calls the unauthorized handler on 401 unless the caller expects 401', async () => {
    const onUnauthorized = vi.fn();
    setUnauthorizedHandler(onUnauthorized);
    vi.stubGlobal('fetch', respond(401, { status: 401, detail: 'Du behöver logga in.' }));

    await expect(
      apiFetch('/api/auth/login', { method: 'POST', redirectOnUnauthorized: false }),
    ).rejects.toThrow('Du behöver logga in.');
    expect(onUnauthorized).not.toHaveBeenCalled();

    await expect(apiFetch('/api/participants')).rejects.toBeInstanceOf(ApiError);
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
  });

  it('tolerates error bodies that are not JSON', async () => {
    vi.stubGlobal('fetch', respond(502, undefined));
    const error = (await apiFetch('/api/x').catch((e: unknown) => e)) as ApiError;
    expect(error.status).toBe(502);
    expect(error.detail).toBeUndefined();
  });
});
