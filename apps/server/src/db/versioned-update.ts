import { and, type ColumnBaseConfig, type ColumnDataType, eq, sql } from 'drizzle-orm';
import type { PgColumn, PgTable, PgUpdateSetSource } from 'drizzle-orm/pg-core';
import type { Db } from './client.ts';

/** A column whose values are `TData`, whatever its SQL type or nullability. */
type ColumnOf<TData> = PgColumn<ColumnBaseConfig<ColumnDataType, string> & { data: TData }>;

/** A tenant-scoped table keyed by (municipality_code, id) with an integer version column `K`. */
type VersionedTable<K extends string> = PgTable & {
  municipalityCode: ColumnOf<string>;
  id: ColumnOf<string>;
} & Record<K, ColumnOf<number>>;

/** Tables that track `updated_at` must be given the time; the others take none. */
type StampArgs<T, K extends string> = T extends { updatedAt: ColumnOf<Date> }
  ? [now: Date, versionColumn?: K]
  : [now?: undefined, versionColumn?: K];

export interface VersionedKey {
  municipalityCode: string;
  id: string;
  /** The version the client last read; the update applies only if it is still current. */
  version: number;
}

/**
 * Optimistic-concurrency update: writes `values`, bumps the version column (default `version`)
 * and stamps `updatedAt`, but only while the row still has the version the client read.
 * Returns the updated row, or undefined when the version is stale (or the row is gone).
 */
export async function updateVersioned<T extends VersionedTable<K>, K extends string = 'version'>(
  db: Db,
  table: T,
  key: VersionedKey,
  values: PgUpdateSetSource<T>,
  ...[now, versionColumn = 'version' as K]: StampArgs<T, K>
): Promise<T['$inferSelect'] | undefined> {
  const version: ColumnOf<number> = table[versionColumn];
  // Drizzle cannot check a computed key against a generic table; the constraint above does.
  const set = {
    ...values,
    [versionColumn]: sql`${version} + 1`,
    ...(now === undefined ? {} : { updatedAt: now }),
  } as PgUpdateSetSource<T>;
  const rows = await db
    .update(table)
    .set(set)
    .where(
      and(eq(table.municipalityCode, key.municipalityCode), eq(table.id, key.id), eq(version, key.version)),
    )
    .returning();
  return (rows as T['$inferSelect'][])[0];
}
