import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonymousClient, createTestContext, json, type TestContext } from '../../test/test-context.ts';

let t: TestContext;
beforeAll(async () => {
  t = await createTestContext();
});
afterAll(() => t.close());

describe('GET /api/health (public)', () => {
  it('reports the database kind and the newest migration', async () => {
    const res = await anonymousClient(t).get('/api/health');
    expect(res.status).toBe(200);
    const body = await json(res);
    expect(body).toEqual({
      status: 'ok',
      database: process.env.TEST_DATABASE_URL ? 'postgres' : 'pglite',
      migration: expect.stringMatching(/^\d{4}_/),
    });
  });

  it('serves the OpenAPI document and readable docs', async () => {
    const doc = await json(await anonymousClient(t).get('/api/openapi.json'));
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/health', '/api/auth/login']));
    const docs = await anonymousClient(t).get('/api/docs');
    expect(docs.status).toBe(200);
    expect(await docs.text()).toContain('swagger-ui');
    expect((await anonymousClient(t).get('/api/docs/assets/swagger-ui-bundle.js')).status).toBe(200);
  });

  it('answers an unknown API path with 404 problem+json', async () => {
    const res = await anonymousClient(t).get('/api/finns-inte');
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
  });

  it('limits request size with 413', async () => {
    const res = await anonymousClient(t).request(
      'POST',
      '/api/auth/login',
      JSON.stringify({ username: 'a', password: 'x'.repeat(2_000_000) }),
      {
        'content-type': 'application/json',
      },
    );
    expect(res.status).toBe(413);
  });
});
