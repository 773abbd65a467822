import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { type ExtractTablesWithRelations, sql } from 'drizzle-orm';
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres';
import { migrate as migrateNodePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import lockfile from 'proper-lockfile';
import * as schema from './schema/index.ts';

export type Schema = typeof schema;
/** The database handle every repository takes; a transaction is one too. */
export type Db = PgDatabase<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
export type DatabaseKind = 'pglite' | 'postgres';

export interface Database {
  db: Db;
  kind: DatabaseKind;
  /** Applies pending migrations; returns the tag of the newest one. */
  migrate(): Promise<string>;
  /** Newest applied migration tag, or null on an empty database. */
  appliedMigration(): Promise<string | null>;
  close(): Promise<void>;
}

export const migrationsFolder = join(dirname(fileURLToPath(import.meta.url)), 'migrations');

export class DatabaseLockedError extends Error {}

export interface OpenOptions {
  /** postgres://… — a PostgreSQL server. */
  url?: string | undefined;
  /** A PGlite data directory; `memory://` keeps it in memory (tests). */
  dataDir?: string;
  /** A PGlite data-directory dump to start from (tests clone a migrated template). */
  loadDataDir?: Blob | File;
}

export async function openDatabase(options: OpenOptions): Promise<Database> {
  if (options.url) return openPostgres(options.url);
  return openPglite(options.dataDir ?? 'memory://', options.loadDataDir);
}

async function openPostgres(url: string): Promise<Database> {
  // JIT off: the app's queries are short; compiling a caseload's plan cost 50–90 ms of a 250 ms load.
  const pool = new pg.Pool({ connectionString: url, max: 10, options: '-c jit=off' });
  pool.on('connect', (client) => cacheStatements(client));
  // An idle connection that the server ends (restart, failover, admin termination) emits an error
  // on the pool; the pool drops that client and the next query opens a new one. Without a handler
  // Node would treat it as an uncaught error and stop the process.
  pool.on('error', () => {});
  // Fail fast with a clear message instead of on the first request.
  const client = await pool.connect().catch(async (error: Error) => {
    await pool.end();
    throw new Error(`Kan inte ansluta till PostgreSQL (${redactUrl(url)}): ${error.message}`);
  });
  client.release();
  const db = drizzleNodePg({ client: pool, schema }) as unknown as Db;
  return {
    db,
    kind: 'postgres',
    async migrate() {
      await migrateNodePg(drizzleNodePg({ client: pool }), { migrationsFolder });
      return (await appliedMigrationTag(db)) ?? '';
    },
    appliedMigration: () => appliedMigrationTag(db),
    close: () => pool.end(),
  };
}

/** How many distinct statements one connection keeps prepared (the rest run unnamed). */
export const STATEMENTS_PER_CONNECTION = 300;
const MAX_CACHED_STATEMENT_LENGTH = 8000;

/**
 * A statement cache per connection, as other drivers (postgres.js, asyncpg, JDBC) have: each
 * distinct query text gets a name the first time a connection runs it, so PostgreSQL parses it
 * once and, after a few runs, reuses a generic plan. Drizzle sends every query unnamed, and for
 * the app's small joins parsing and planning cost more than executing. Texts are the app's own
 * (values are always parameters); long or surplus texts (bulk inserts, varying IN lists) run
 * unnamed as before. Result columns are named in the text, so a migration that adds or drops
 * other columns leaves the prepared statements valid. (Behind a pooler in transaction mode, e.g.
 * PgBouncer before 1.21, named statements need its prepared-statement support.)
 */
function cacheStatements(client: pg.PoolClient) {
  const names = new Map<string, string>();
  const query = client.query.bind(client) as (...args: unknown[]) => unknown;
  (client as { query: unknown }).query = (config: unknown, ...rest: unknown[]) => {
    if (config !== null && typeof config === 'object' && 'text' in config) {
      const c = config as { text: unknown; name?: unknown };
      if (c.name == null && typeof c.text === 'string' && c.text.length <= MAX_CACHED_STATEMENT_LENGTH) {
        let name = names.get(c.text);
        if (!name && names.size < STATEMENTS_PER_CONNECTION) {
          name = `arbetsbro_q${names.size}`;
          names.set(c.text, name);
        }
        if (name) return query({ ...c, name }, ...rest);
      }
    }
    return query(config, ...rest);
  };
}

async function openPglite(dataDir: string, loadDataDir?: Blob | File): Promise<Database> {
  let release: (() => Promise<void>) | undefined;
  if (!dataDir.startsWith('memory://')) {
    mkdirSync(dataDir, { recursive: true });
    release = await lockDataDir(dataDir);
  }
  const client = await PGlite.create(dataDir, loadDataDir ? { loadDataDir } : {});
  const db = drizzlePglite({ client, schema }) as unknown as Db;
  let closed = false;
  return {
    db,
    kind: 'pglite',
    async migrate() {
      await migratePglite(drizzlePglite({ client }), { migrationsFolder });
      return (await appliedMigrationTag(db)) ?? '';
    },
    appliedMigration: () => appliedMigrationTag(db),
    async close() {
      if (closed) return;
      closed = true;
      await client.close();
      await release?.();
    },
  };
}

/**
 * PGlite is one process per data directory: a second one would corrupt it. The lock is a
 * directory beside it (`proper-lockfile`, refreshed every 5 s, stale after 15 s); beside that the
 * holder's pid, so that a lock left by a process that was killed is taken over at once instead of
 * after 15 s.
 */
async function lockDataDir(dataDir: string): Promise<() => Promise<void>> {
  const options = { lockfilePath: `${dataDir}.lock`, stale: 15_000, update: 5_000 };
  const ownerFile = `${dataDir}.lock.pid`;
  const owner = `${process.pid} ${hostname()}`;
  const unlock = await lockfile.lock(dataDir, options).catch(async () => {
    if (!(await holderIsGone(ownerFile))) return undefined;
    rmSync(options.lockfilePath, { recursive: true, force: true });
    return lockfile.lock(dataDir, options).catch(() => undefined);
  });
  if (!unlock)
    throw new DatabaseLockedError(
      `Databaskatalogen ${dataDir} används redan av en annan Arbetsbro-process. ` +
        'Stoppa den först, eller ange en annan katalog med ARBETSBRO_DATA_DIR.',
    );
  writeFileSync(ownerFile, owner);
  return async () => {
    if (readOwner(ownerFile) === owner) rmSync(ownerFile, { force: true });
    await unlock();
  };
}

const readOwner = (file: string) => {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
};

/** Whether the process that holds the lock (its pid beside it, on this host) no longer runs. */
async function holderIsGone(ownerFile: string): Promise<boolean> {
  const gone = (owner: string | undefined) => {
    const [pid, host] = owner?.split(' ') ?? [];
    if (!pid || host !== hostname() || Number(pid) === process.pid) return false;
    try {
      process.kill(Number(pid), 0);
      return false;
    } catch (error) {
      return (error as NodeJS.ErrnoException).code === 'ESRCH';
    }
  };
  const owner = readOwner(ownerFile);
  if (!gone(owner)) return false;
  // A process that has just taken the lock writes its pid a moment later: look again.
  await new Promise((resolve) => setTimeout(resolve, 250));
  return readOwner(ownerFile) === owner && gone(owner);
}

interface Journal {
  entries: Array<{ idx: number; tag: string; when: number }>;
}

/** The migrations shipped with this code: read once (health asks on every probe). */
let journal: Journal | undefined;
/** Databases known to have drizzle's bookkeeping table (it is never dropped once there). */
const migrated = new WeakSet<Db>();

/** Maps drizzle's bookkeeping (created_at = the journal's `when`) back to the migration's tag. */
async function appliedMigrationTag(db: Db): Promise<string | null> {
  if (!migrated.has(db)) {
    const exists = await db.execute<{ present: boolean }>(
      sql`select to_regclass('drizzle.__drizzle_migrations') is not null as present`,
    );
    if (!rowsOf<{ present: boolean }>(exists)[0]?.present) return null;
    migrated.add(db);
  }
  const result = await db.execute<{ created_at: string }>(
    sql`select created_at::text as created_at from drizzle.__drizzle_migrations order by created_at desc limit 1`,
  );
  const latest = rowsOf<{ created_at: string }>(result)[0];
  if (!latest) return null;
  journal ??= JSON.parse(readFileSync(join(migrationsFolder, 'meta', '_journal.json'), 'utf8')) as Journal;
  return journal.entries.find((e) => String(e.when) === latest.created_at)?.tag ?? latest.created_at;
}

/** node-postgres and PGlite both return `{ rows }` from execute. */
export function rowsOf<T>(result: unknown): T[] {
  return (result as { rows: T[] }).rows;
}

export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'ogiltig adress';
  }
}

/**
 * The lower bound for "changed since `since`": timestamps in the database carry microseconds, a
 * JavaScript Date only milliseconds, so "after" is "from the next millisecond" — `> since` kept
 * every row of the watermark's own millisecond (a whole bulk import) coming back on every read.
 */
export function afterMs(since: Date, inclusive: boolean): Date {
  return inclusive ? since : new Date(since.getTime() + 1);
}
