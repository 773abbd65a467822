import { getConnInfo } from '@hono/node-server/conninfo';
import { createRoute } from '@hono/zod-openapi';
import { deleteCookie, setCookie } from 'hono/cookie';
import type { AppContext } from '../../context.ts';
import { createRouter, requestMeta } from '../../http/env.ts';
import { problems } from '../../http/problem.ts';
import { problemResponses } from '../../http/schemas.ts';
import { settingsRepository } from '../settings/index.ts';
import { unitRepository } from '../unit/index.ts';
import type { StaffActor } from './actor.ts';
import { LoginBody, PasswordChangeBody, SessionResponse } from './auth.schemas.ts';
import { changePassword, login, logout, SESSION_IDLE_MS } from './auth.service.ts';

export const SESSION_COOKIE = 'arbetsbro_session';

export function authRoutes(ctx: AppContext) {
  const router = createRouter();
  const present = async (actor: StaffActor, csrfToken: string) => {
    const [allUnits, settings] = await Promise.all([
      unitRepository.list(ctx.db, actor.municipalityCode),
      settingsRepository.get(ctx.db, actor.municipalityCode),
    ]);
    const units = allUnits
      .filter((u) => actor.unitIds.includes(u.id))
      .map((u) => ({ id: u.id, name: u.name }));
    return {
      user: {
        id: actor.id,
        username: actor.username,
        displayName: actor.displayName,
        role: actor.role,
        unitIds: actor.unitIds,
        units,
        // The name as the administrator set it (Inställningar), else the installation's.
        municipality: {
          code: actor.municipalityCode,
          name: settings.displayName || ctx.config.municipality.name,
        },
      },
      csrfToken,
    };
  };

  router.openapi(
    createRoute({
      method: 'post',
      path: '/login',
      tags: ['Inloggning'],
      summary: 'Logga in med lokalt konto',
      request: { body: { content: { 'application/json': { schema: LoginBody } }, required: true } },
      responses: {
        200: { description: 'Inloggad', content: { 'application/json': { schema: SessionResponse } } },
        ...problemResponses(400, 401, 429),
      },
    }),
    async (c) => {
      const body = c.req.valid('json');
      let remoteAddress: string | null = null;
      try {
        remoteAddress = getConnInfo(c).remote.address ?? null;
      } catch {
        remoteAddress = null; // app.request() in tests has no socket
      }
      const session = await login(ctx, { ...body, remoteAddress }, requestMeta(c));
      setCookie(c, SESSION_COOKIE, session.token, {
        httpOnly: true,
        sameSite: 'Strict',
        secure: ctx.config.secureCookies,
        path: '/',
        maxAge: Math.floor(SESSION_IDLE_MS / 1000) * 6,
      });
      return c.json(await present(session.actor, session.csrfToken), 200);
    },
  );

  router.openapi(
    createRoute({
      method: 'get',
      path: '/me',
      tags: ['Inloggning'],
      summary: 'Den inloggade användaren',
      responses: {
        200: { description: 'Inloggad', content: { 'application/json': { schema: SessionResponse } } },
        ...problemResponses(401),
      },
    }),
    async (c) => {
      const session = c.var.session;
      if (!session) throw problems.unauthenticated();
      return c.json(await present(session.actor, session.csrfToken), 200);
    },
  );

  router.openapi(
    createRoute({
      method: 'post',
      path: '/logout',
      tags: ['Inloggning'],
      summary: 'Logga ut',
      responses: { 204: { description: 'Utloggad' }, ...problemResponses(401, 403) },
    }),
    async (c) => {
      const session = c.var.session;
      if (!session) throw problems.unauthenticated();
      await logout(ctx, session, requestMeta(c));
      deleteCookie(c, SESSION_COOKIE, { path: '/' });
      return c.body(null, 204);
    },
  );

  router.openapi(
    createRoute({
      method: 'post',
      path: '/password',
      tags: ['Inloggning'],
      summary: 'Byt lösenord',
      request: { body: { content: { 'application/json': { schema: PasswordChangeBody } }, required: true } },
      responses: { 204: { description: 'Lösenordet är bytt' }, ...problemResponses(400, 401, 403) },
    }),
    async (c) => {
      const session = c.var.session;
      if (!session) throw problems.unauthenticated();
      await changePassword(ctx, session, c.req.valid('json'), requestMeta(c));
      return c.body(null, 204);
    },
  );

  return router;
}
