import { type AddressInfo, createServer } from 'node:net';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../test/test-context.ts';
import { SECURITY_HEADERS } from './app.ts';

let t: TestContext;
beforeAll(async () => {
  t = await createTestContext();
});
afterAll(() => t.close());

const expected = () =>
  Object.fromEntries(SECURITY_HEADERS.map(([name, value]) => [name.toLowerCase(), value]));

function pick(headers: Headers) {
  return Object.fromEntries(SECURITY_HEADERS.map(([name]) => [name.toLowerCase(), headers.get(name)]));
}

async function freePort() {
  const probe = createServer();
  await new Promise<void>((done) => probe.listen(0, '127.0.0.1', done));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((done) => probe.close(() => done()));
  return port;
}

describe('security headers', () => {
  it('are exactly what hono/secure-headers gave for the same policy', async () => {
    const reference = new Hono();
    reference.use(
      '*',
      secureHeaders({
        contentSecurityPolicy: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:'],
          connectSrc: ["'self'"],
          frameAncestors: ["'none'"],
        },
      }),
    );
    reference.get('/', (c) => c.text('ok'));
    const res = await reference.request('/');
    const fromHono = Object.fromEntries([...res.headers].filter(([name]) => name !== 'content-type'));
    expect(fromHono).toEqual(expected());
  });

  it('are on every response over HTTP (answers, errors, not found) and without the app (app.request)', async () => {
    const port = await freePort();
    const server = serve({ fetch: t.app.fetch, hostname: '127.0.0.1', port });
    try {
      for (const path of ['/api/health', '/api/auth/me', '/api/no-such-thing', '/no-such-page']) {
        const res = await fetch(`http://127.0.0.1:${port}${path}`);
        expect(pick(res.headers), path).toEqual(expected());
      }
      const unsafe = await fetch(`http://127.0.0.1:${port}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: 'x'.repeat(1024 * 1024 + 1),
      });
      expect(unsafe.status).toBe(413);
      expect(pick(unsafe.headers)).toEqual(expected());
    } finally {
      await new Promise<void>((done) => server.close(() => done()));
    }
    expect(pick((await t.app.request('/api/health')).headers)).toEqual(expected());
  });
});
