import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { HttpBindings } from '@hono/node-server';
import { serveStatic } from '@hono/node-server/serve-static';
import { OpenAPIHono } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { getCookie } from 'hono/cookie';
import { HTTPException } from 'hono/http-exception';
import type { AppContext } from '../context.ts';
import { authRoutes, SESSION_COOKIE } from '../modules/auth/auth.routes.ts';
import { authenticate } from '../modules/auth/auth.service.ts';
import { healthRoutes } from '../modules/health/health.routes.ts';
import type { AppEnv } from './env.ts';
import { inputText } from './input-text.ts';
import { HttpProblem, problemResponse } from './problem.ts';
import { routeModules } from './route-modules.ts';
import { validationHook } from './validation.ts';

const here = dirname(fileURLToPath(import.meta.url));
export const defaultWebDist = resolve(here, '../../../web/dist');
const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const BODYLESS = new Set(['GET', 'HEAD']);

/** Every response's security headers (the policy that hono/secure-headers was configured with). */
export const SECURITY_HEADERS: ReadonlyArray<readonly [string, string]> = [
  [
    'Content-Security-Policy',
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'",
  ],
  ['Cross-Origin-Opener-Policy', 'same-origin'],
  ['Cross-Origin-Resource-Policy', 'same-origin'],
  ['Origin-Agent-Cluster', '?1'],
  ['Referrer-Policy', 'no-referrer'],
  ['Strict-Transport-Security', 'max-age=15552000; includeSubDomains'],
  ['X-Content-Type-Options', 'nosniff'],
  ['X-DNS-Prefetch-Control', 'off'],
  ['X-Download-Options', 'noopen'],
  ['X-Frame-Options', 'SAMEORIGIN'],
  ['X-Permitted-Cross-Domain-Policies', 'none'],
  ['X-XSS-Protection', '0'],
];
/** JSON bodies stay small; bulk imports have their own, larger limit on their own route. */
export const JSON_BODY_LIMIT = 1024 * 1024;
/** The public form's bodies (no login): a need in the employer's words fits well within this. */
export const PUBLIC_BODY_LIMIT = 32 * 1024;
/** An agreement's signed copy (a scanned PDF is a few MB). */
export const FILE_BODY_LIMIT = 10 * 1024 * 1024;
const FILE_UPLOAD = /^\/api\/employer-agreements\/[^/]+\/file$/;

export function createApp(ctx: AppContext) {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

  app.use('*', async (c, next) => {
    const requestId = randomUUID();
    c.set('requestId', requestId);
    c.set('log', ctx.logger.child({ requestId }));
    c.set('session', null);
    const started = performance.now();
    await next();
    // Route pattern, not the URL: ids and query strings stay out of the log.
    c.get('log').info(
      {
        method: c.req.method,
        route: c.req.routePath,
        status: c.res.status,
        ms: Math.round(performance.now() - started),
      },
      'request',
    );
  });

  // Security headers: one fixed list (what hono/secure-headers produced with this policy; a test
  // keeps them equal), set on Node's response before the handler runs, so that the framework's
  // light response objects are not turned into full Headers on every request.
  app.use('*', async (c, next) => {
    const outgoing = (c.env as Partial<HttpBindings> | undefined)?.outgoing;
    if (outgoing && !outgoing.headersSent) {
      for (const [name, value] of SECURITY_HEADERS) outgoing.setHeader(name, value);
      return next();
    }
    await next(); // app.request() in tests: no Node response, set them on the Response.
    for (const [name, value] of SECURITY_HEADERS) c.res.headers.set(name, value);
  });

  const limitBody = bodyLimit({
    maxSize: JSON_BODY_LIMIT,
    onError: () => {
      throw new HttpProblem(413, 'För stor begäran', 'Det som skickades är för stort (högst 1 MB).');
    },
  });
  // The public form is open to anyone: a far smaller limit than for staff.
  const limitPublicBody = bodyLimit({
    maxSize: PUBLIC_BODY_LIMIT,
    onError: () => {
      throw new HttpProblem(
        413,
        'För stor begäran',
        'Det som skickades är för stort (högst 32 kB). Korta texten och försök igen.',
      );
    },
  });
  app.use('/api/public/*', (c, next) => (BODYLESS.has(c.req.method) ? next() : limitPublicBody(c, next)));
  // GET and HEAD carry no body; asking for one would build a full Request object per request.
  const limitFileBody = bodyLimit({
    maxSize: FILE_BODY_LIMIT,
    onError: () => {
      throw new HttpProblem(413, 'För stor fil', 'Filen är för stor (högst 10 MB).');
    },
  });
  app.use('/api/*', (c, next) =>
    BODYLESS.has(c.req.method)
      ? next()
      : FILE_UPLOAD.test(c.req.path)
        ? limitFileBody(c, next)
        : limitBody(c, next),
  );

  // Session + CSRF: every unsafe request from a logged-in browser must echo the session's CSRF token.
  app.use('/api/*', async (c, next) => {
    const token = getCookie(c, SESSION_COOKIE);
    const session = token ? await authenticate(ctx, token) : null;
    c.set('session', session);
    if (session && UNSAFE.has(c.req.method) && c.req.header('x-csrf-token') !== session.csrfToken) {
      throw new HttpProblem(
        403,
        'Åtkomst nekad',
        'Begäran saknar giltig CSRF-token. Ladda om sidan och försök igen.',
      );
    }
    await next();
  });

  app.use('/api/*', inputText);

  app.route('/api', healthRoutes(ctx));
  app.route('/api/auth', authRoutes(ctx));
  for (const [path, build] of routeModules) app.route(`/api${path}`, build(ctx));

  app.doc31('/api/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'Arbetsbro API',
      version: '0.1.0',
      description:
        'Arbetsmarknadsenhetens verksamhetssystem. Fel returneras som application/problem+json (RFC 9457).',
    },
  });
  app.openAPIRegistry.registerComponent('securitySchemes', 'session', {
    type: 'apiKey',
    in: 'cookie',
    name: SESSION_COOKIE,
  });
  mountDocs(app);

  app.notFound((c) => {
    if (c.req.path.startsWith('/api'))
      return problemResponse(c, new HttpProblem(404, 'Hittades inte', 'Adressen finns inte i API:t.'));
    return c.text('Hittades inte', 404);
  });

  app.onError((error, c) => {
    if (error instanceof HttpProblem) return problemResponse(c, error);
    // Hono's own 4xx (e.g. malformed JSON from the validator): keep the status, say it in Swedish.
    if (error instanceof HTTPException && error.status < 500) {
      const detail =
        error.status === 400 ? 'Innehållet är inte giltig JSON.' : 'Begäran kunde inte tas emot.';
      return problemResponse(c, new HttpProblem(error.status, 'Ogiltig begäran', detail));
    }
    // The message and stack may carry personal data from a query: log only the error's class.
    c.var.log?.error({ err: { type: error.name }, route: c.req.routePath }, 'unhandled error');
    return problemResponse(
      c,
      new HttpProblem(500, 'Något gick fel', 'Ett oväntat fel inträffade. Försök igen om en stund.'),
    );
  });

  const webDist = ctx.config.webDist ?? defaultWebDist;
  if (existsSync(join(webDist, 'index.html'))) {
    const indexHtml = readFileSync(join(webDist, 'index.html'), 'utf8');
    app.use('/assets/*', serveStatic({ root: webDist }));
    app.use('*', serveStatic({ root: webDist }));
    // Client-side routes: every other GET outside /api gets the app.
    app.get('*', (c) => (c.req.path.startsWith('/api') ? c.notFound() : c.html(indexHtml)));
  }
  return app;
}

function mountDocs(app: OpenAPIHono<AppEnv>) {
  const swaggerDir = dirname(fileURLToPath(import.meta.resolve('swagger-ui-dist/package.json')));
  app.use(
    '/api/docs/assets/*',
    serveStatic({ root: swaggerDir, rewriteRequestPath: (p) => p.replace('/api/docs/assets', '') }),
  );
  app.get('/api/docs/init.js', (c) =>
    c.body(
      "window.ui = SwaggerUIBundle({ url: '/api/openapi.json', dom_id: '#swagger-ui', deepLinking: true });",
      200,
      { 'Content-Type': 'text/javascript; charset=utf-8' },
    ),
  );
  app.get('/api/docs', (c) =>
    c.html(`<!doctype html>
<html lang="sv"><head><meta charset="utf-8"><title>Arbetsbro API – dokumentation</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/api/docs/assets/swagger-ui.css"></head>
<body><main><h1 style="font-family:sans-serif;margin:1rem">Arbetsbro API</h1><div id="swagger-ui"></div></main>
<script src="/api/docs/assets/swagger-ui-bundle.js"></script><script src="/api/docs/init.js"></script></body></html>`),
  );
}
