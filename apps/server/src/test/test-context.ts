import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { inject } from 'vitest';
import { loadConfig } from '../config.ts';
import type { AppContext } from '../context.ts';
import { openDatabase } from '../db/client.ts';
import type { StaffRole } from '../db/schema/index.ts';
import { createApp } from '../http/app.ts';
import { createLogger } from '../logger.ts';
import { createAuditLog } from '../modules/audit/audit.service.ts';
import { systemActor } from '../modules/auth/actor.ts';
import { createReferenceData } from '../modules/reference/reference-data.ts';
import { createStaffUser } from '../modules/staff/create-staff-user.ts';
import { unitRepository } from '../modules/unit/unit.repository.ts';
import { withDatabase } from './global-setup.ts';

export const TEST_PASSWORD = 'korrekt-häst-batteri-häftklammer';

export interface TestContext extends AppContext {
  app: ReturnType<typeof createApp>;
  /** Moves the test clock. */
  setNow(date: Date): void;
  close(): Promise<void>;
}

/** A fresh, migrated database (PGlite copy or a PostgreSQL database from the template) + the app. */
export async function createTestContext(options: { municipalityCode?: string } = {}): Promise<TestContext> {
  const template = inject('databaseTemplate');
  const baseUrl = process.env.TEST_DATABASE_URL;
  let dropDatabase: (() => Promise<void>) | undefined;
  let database: Awaited<ReturnType<typeof openDatabase>>;
  if (baseUrl) {
    const name = `arbetsbro_t_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: baseUrl });
    await admin.connect();
    await admin.query(`create database ${name} template ${template}`);
    await admin.end();
    database = await openDatabase({ url: withDatabase(baseUrl, name) });
    dropDatabase = async () => {
      const a = new pg.Client({ connectionString: baseUrl });
      await a.connect();
      await a.query(`drop database if exists ${name} with (force)`);
      await a.end();
    };
  } else {
    database = await openDatabase({ dataDir: 'memory://', loadDataDir: new Blob([readFileSync(template)]) });
  }
  const config = {
    ...loadConfig({}),
    municipality: { code: options.municipalityCode ?? '1488', name: 'Trollhättan' },
    logLevel: 'silent' as const,
  };
  let now: Date | undefined;
  const ctx: AppContext = {
    config,
    database,
    db: database.db,
    logger: createLogger('silent'),
    audit: createAuditLog(() => now ?? new Date()),
    clock: () => now ?? new Date(),
    reference: createReferenceData(),
  };
  await unitRepository.ensureMunicipality(ctx.db, config.municipality.code, config.municipality.name);
  return {
    ...ctx,
    app: createApp(ctx),
    setNow(date) {
      now = date;
    },
    async close() {
      await database.close();
      await dropDatabase?.();
    },
  };
}

/** Creates units by name (idempotent) and returns their ids. */
export async function ensureUnits(ctx: AppContext, names: string[]) {
  const ids: Record<string, string> = {};
  for (const name of names) {
    const existing = await unitRepository.findByName(ctx.db, ctx.config.municipality.code, name);
    ids[name] = (
      existing ??
      (await unitRepository.insert(ctx.db, { municipalityCode: ctx.config.municipality.code, name }))
    ).id;
  }
  return ids;
}

export async function createStaff(ctx: AppContext, username: string, role: StaffRole, units: string[] = []) {
  await ensureUnits(ctx, units);
  return createStaffUser(
    ctx,
    systemActor(ctx.config.municipality.code, 'test'),
    { username, displayName: username, role, password: TEST_PASSWORD, units },
    { requestId: null },
    { skipPasswordRules: true },
  );
}

/** A logged-in API client: keeps the session cookie and sends the CSRF token on writes. */
export interface ApiClient {
  request(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<Response>;
  get(path: string): Promise<Response>;
  post(path: string, body?: unknown): Promise<Response>;
  put(path: string, body?: unknown): Promise<Response>;
  patch(path: string, body?: unknown): Promise<Response>;
  delete(path: string): Promise<Response>;
}

export function anonymousClient(t: TestContext): ApiClient {
  return makeClient(t, undefined, undefined);
}

export async function loginAs(
  t: TestContext,
  username: string,
  password = TEST_PASSWORD,
): Promise<ApiClient> {
  const res = await t.app.request('/api/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (res.status !== 200) throw new Error(`login as ${username} failed: ${res.status} ${await res.text()}`);
  const cookie = res.headers.get('set-cookie')!.split(';')[0]!;
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return makeClient(t, cookie, csrfToken);
}

function makeClient(t: TestContext, cookie: string | undefined, csrf: string | undefined): ApiClient {
  const request = async (
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ) =>
    t.app.request(path, {
      method,
      headers: {
        ...(cookie ? { cookie } : {}),
        ...(csrf && method !== 'GET' ? { 'x-csrf-token': csrf } : {}),
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...headers,
      },
      ...(body !== undefined
        ? {
            body:
              typeof body === 'string' || body instanceof Uint8Array
                ? (body as string | Uint8Array<ArrayBuffer>)
                : JSON.stringify(body),
          }
        : {}),
    });
  return {
    request,
    get: (p) => request('GET', p),
    post: (p, b) => request('POST', p, b),
    put: (p, b) => request('PUT', p, b),
    patch: (p, b) => request('PATCH', p, b),
    delete: (p) => request('DELETE', p),
  };
}

/** Response bodies in tests are read as loosely typed JSON. */
// biome-ignore lint/suspicious/noExplicitAny: test convenience
export async function json(res: Response): Promise<any> {
  return res.json();
}
