export type { Actor, Caller, RequestMeta, StaffActor } from './actor.ts';
export { systemActor } from './actor.ts';
export { authRoutes, SESSION_COOKIE } from './auth.routes.ts';
export { type AuthenticatedSession, assertPasswordStrength, authenticate } from './auth.service.ts';
export { hashPassword } from './password.ts';
export { SESSION_CACHE_MS, sessionsChanged } from './session-cache.ts';
