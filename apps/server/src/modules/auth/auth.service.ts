import { createHash, randomBytes } from 'node:crypto';
import type { AppContext } from '../../context.ts';
import { problems } from '../../http/problem.ts';
import { staffRepository } from '../staff/index.ts';
import type { RequestMeta, StaffActor } from './actor.ts';
import { dummyPasswordHash, hashPassword, passwordRules, verifyPassword } from './password.ts';
import { sessionRepository } from './session.repository.ts';
import { sessionCache, sessionsChanged } from './session-cache.ts';

export const SESSION_IDLE_MS = 2 * 60 * 60 * 1000;
/** How stale `last_seen_at` may get before a request writes it (and the expiry) again. */
export const SESSION_TOUCH_MS = 60_000;
export const THROTTLE_WINDOW_MS = 15 * 60 * 1000;
export const THROTTLE_MAX_FAILURES = 5;

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export interface AuthenticatedSession {
  actor: StaffActor;
  csrfToken: string;
  tokenHash: string;
}

export async function login(
  ctx: AppContext,
  input: { username: string; password: string; remoteAddress: string | null },
  meta: RequestMeta,
): Promise<AuthenticatedSession & { token: string }> {
  const now = ctx.clock();
  const username = input.username.trim().toLowerCase();
  const failures = await sessionRepository.countFailedLogins(
    ctx.db,
    username,
    new Date(now.getTime() - THROTTLE_WINDOW_MS),
  );
  if (failures.count >= THROTTLE_MAX_FAILURES) {
    const retryAfter = Math.max(
      1,
      Math.ceil(((failures.oldest?.getTime() ?? now.getTime()) + THROTTLE_WINDOW_MS - now.getTime()) / 1000),
    );
    throw problems.tooManyRequests(
      `För många misslyckade inloggningar. Vänta ${Math.ceil(retryAfter / 60)} minut(er) och försök igen.`,
      retryAfter,
    );
  }
  const staff = await staffRepository.findByUsername(ctx.db, username);
  let ok = false;
  if (staff?.active) ok = await verifyPassword(staff.passwordHash, input.password);
  // Unknown or inactive: verify against a dummy hash anyway, so timing does not reveal the username.
  else await verifyPassword(await dummyPasswordHash(), input.password);
  if (!staff || !ok) {
    await sessionRepository.recordFailedLogin(ctx.db, username, input.remoteAddress, now);
    await ctx.audit.record(
      ctx.db,
      staff ? staffActorOf(staff, []) : null,
      { action: 'login', outcome: 'failed', entityType: 'staff_session', reason: 'auth.login' },
      meta,
    );
    throw problems.unauthenticated('Fel användarnamn eller lösenord.');
  }
  await sessionRepository.clearFailedLogins(ctx.db, username);
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(32).toString('base64url');
  const tokenHash = hashToken(token);
  const unitIds = await sessionRepository.unitIdsOf(ctx.db, staff.municipalityCode, staff.id);
  const actor = staffActorOf(staff, unitIds);
  await ctx.db.transaction(async (tx) => {
    await sessionRepository.create(tx, {
      tokenHash,
      municipalityCode: staff.municipalityCode,
      staffId: staff.id,
      csrfToken,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + SESSION_IDLE_MS),
    });
    await ctx.audit.record(
      tx,
      actor,
      { action: 'login', entityType: 'staff_session', entityId: staff.id, reason: 'auth.login' },
      meta,
    );
  });
  return { actor, csrfToken, tokenHash, token };
}

/**
 * Resolves a session cookie to an actor, sliding the idle timeout. Runs on every request: one
 * prepared query (session, staff member, unit ids), or none when this process looked the session
 * up in the last two seconds (see session-cache.ts); the row is written at most once a minute.
 */
export async function authenticate(ctx: AppContext, token: string): Promise<AuthenticatedSession | null> {
  const tokenHash = hashToken(token);
  const cache = sessionCache(ctx);
  const now = ctx.clock();
  let found = cache.get(tokenHash, now.getTime());
  if (!found) {
    const generation = cache.begin();
    found = await sessionRepository.findForRequest(ctx.db, tokenHash);
    if (found) cache.set(tokenHash, found, now.getTime(), generation);
  }
  if (!found?.active) return null;
  if (found.expiresAt.getTime() <= now.getTime()) {
    cache.delete(tokenHash);
    await sessionRepository.delete(ctx.db, tokenHash);
    return null;
  }
  // Write the sliding expiry at most once a minute, not on every request: the idle timeout then
  // ends at most a minute early, never late.
  if (now.getTime() - found.lastSeenAt.getTime() > SESSION_TOUCH_MS) {
    const expiresAt = new Date(now.getTime() + SESSION_IDLE_MS);
    await sessionRepository.touch(ctx.db, tokenHash, now, expiresAt);
    found.lastSeenAt = now;
    found.expiresAt = expiresAt;
  }
  return { actor: staffActorOf(found, [...found.unitIds]), csrfToken: found.csrfToken, tokenHash };
}

export async function logout(ctx: AppContext, session: AuthenticatedSession, meta: RequestMeta) {
  await ctx.db.transaction(async (tx) => {
    await sessionRepository.delete(tx, session.tokenHash);
    await ctx.audit.record(
      tx,
      session.actor,
      { action: 'logout', entityType: 'staff_session', entityId: session.actor.id, reason: 'auth.logout' },
      meta,
    );
  });
  sessionsChanged(ctx);
}

export async function changePassword(
  ctx: AppContext,
  session: AuthenticatedSession,
  input: { currentPassword: string; newPassword: string },
  meta: RequestMeta,
) {
  const staff = await staffRepository.findById(ctx.db, session.actor.municipalityCode, session.actor.id);
  if (!staff || !(await verifyPassword(staff.passwordHash, input.currentPassword))) {
    throw problems.badRequest('Det nuvarande lösenordet stämmer inte.', [
      { path: 'currentPassword', message: 'Fel lösenord.' },
    ]);
  }
  assertPasswordStrength(input.newPassword, staff.username);
  const passwordHash = await hashPassword(input.newPassword);
  await ctx.db.transaction(async (tx) => {
    await staffRepository.updatePassword(tx, staff.municipalityCode, staff.id, passwordHash, ctx.clock());
    // Other sessions of this account end: a changed password is often a response to a leak.
    await sessionRepository.deleteForStaff(tx, staff.id, session.tokenHash);
    await ctx.audit.record(
      tx,
      session.actor,
      { action: 'update', entityType: 'staff_user', entityId: staff.id, reason: 'auth.password_change' },
      meta,
    );
  });
  sessionsChanged(ctx);
}

export function assertPasswordStrength(password: string, username: string) {
  if (password.length < passwordRules.minLength) {
    throw problems.badRequest(`Lösenordet måste ha minst ${passwordRules.minLength} tecken.`, [
      { path: 'newPassword', message: `Minst ${passwordRules.minLength} tecken.` },
    ]);
  }
  if (password.toLowerCase().includes(username.toLowerCase())) {
    throw problems.badRequest('Lösenordet får inte innehålla användarnamnet.', [
      { path: 'newPassword', message: 'Får inte innehålla användarnamnet.' },
    ]);
  }
}

function staffActorOf(
  staff: {
    id: string;
    username: string;
    displayName: string;
    role: StaffActor['role'];
    municipalityCode: string;
  },
  unitIds: string[],
): StaffActor {
  return {
    kind: 'staff',
    id: staff.id,
    username: staff.username,
    displayName: staff.displayName,
    role: staff.role,
    municipalityCode: staff.municipalityCode,
    unitIds,
  };
}
