import { getConnInfo } from '@hono/node-server/conninfo';
import { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { Logger } from '../logger.ts';
import type { Caller, RequestMeta, StaffActor } from '../modules/auth/actor.ts';
import type { AuthenticatedSession } from '../modules/auth/auth.service.ts';
import { problems } from './problem.ts';
import { validationHook } from './validation.ts';

export interface AppEnv {
  Variables: {
    requestId: string;
    log: Logger;
    session: AuthenticatedSession | null;
  };
}

/** A router for one resource; validation failures become 400 problem+json. */
export function createRouter() {
  return new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
}

type Ctx = { var: AppEnv['Variables'] };

/** The logged-in staff member, or a 401. Services still check what they may do. */
export function requireActor(c: Ctx): StaffActor {
  const session = c.var.session;
  if (!session) throw problems.unauthenticated();
  return session.actor;
}

export function requestMeta(c: Ctx): RequestMeta {
  return { requestId: c.var.requestId };
}

/** The caller of a use case: the logged-in staff member (or 401) and the request's metadata. */
export function caller(c: Ctx): Caller {
  return { actor: requireActor(c), meta: requestMeta(c) };
}

/**
 * The client's address for rate limits (the socket's; a proxy's X-Forwarded-For is not trusted
 * here). `app.request()` in tests has no socket: every such request counts as one client.
 */
export function clientAddress(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown';
  }
}
