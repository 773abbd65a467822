import { and, eq, gte, inArray, isNull, type SQL, sql } from 'drizzle-orm';
import { afterMs, type DatabaseKind, type Db, rowsOf } from '../../db/client.ts';
import { enrolment, participant } from '../../db/schema/index.ts';

export interface MatchableRow {
  id: string;
  /** Unit of the open enrolment; null when the person has none (drop from the index). */
  unitId: string | null;
  /** Coach of the open enrolment, if assigned. */
  coachId: string | null;
  profile: typeof participant.$inferSelect.profile;
  adaptations: string[];
  changedAt: Date;
}

/** One participant as the index is first built from: only what matching reads. */
export interface IndexLoadRow {
  id: string;
  unitId: string;
  coachId: string | null;
  profile: typeof participant.$inferSelect.profile;
  adaptations: string[];
  /** Newest updated_at of the person and their open enrolment, epoch ms. */
  changedMs: number;
}

type RawIndexRow = {
  id: string;
  unit_id: string;
  coach_id: string | null;
  profile: string;
  adaptations: string;
  changed_ms: number | string;
};

function toIndexRows(raw: RawIndexRow[]): IndexLoadRow[] {
  const rows = new Array<IndexLoadRow>(raw.length);
  for (let i = 0; i < raw.length; i++) {
    const r = raw[i]!;
    rows[i] = {
      id: r.id,
      unitId: r.unit_id,
      coachId: r.coach_id,
      profile: JSON.parse(r.profile) as IndexLoadRow['profile'],
      adaptations: r.adaptations === '[]' ? [] : (JSON.parse(r.adaptations) as string[]),
      changedMs: Number(r.changed_ms),
    };
  }
  return rows;
}

export const matchingRepository = {
  /**
   * Every participant with an open enrolment, for building the index at start, handed to
   * `onPage` a page at a time. One query, minimal columns: profile and adaptations as JSON text
   * (cast in the database: editing the jsonb there cost more than parsing it here), the change
   * time as a number (no Date per row), no column mapping per row. On PostgreSQL it is read
   * through a cursor in one snapshot, the next page fetched while `onPage` indexes this one, so
   * database and indexing overlap and memory holds one page. PGlite runs in this thread: there
   * the rows come in one result (a transaction would hold the only connection while indexing).
   */
  async loadForIndex(
    db: Db,
    kind: DatabaseKind,
    municipalityCode: string,
    onPage: (rows: IndexLoadRow[]) => void,
    pageSize = 5000,
  ): Promise<void> {
    const query = sql`
      select p.id::text as id, e.unit_id::text as unit_id, e.coach_id::text as coach_id,
        p.profile::text as profile, p.adaptations::text as adaptations,
        (extract(epoch from greatest(p.updated_at, e.updated_at)) * 1000)::float8 as changed_ms
      from participant p
      join enrolment e on e.municipality_code = p.municipality_code and e.participant_id = p.id
        and e.exit_date is null
      where p.municipality_code = ${municipalityCode}`;
    // The whole result is wanted: a hash join, whatever the statistics say. Right after a bulk
    // import (no ANALYZE yet) the planner expects one row and picks a nested loop that compares
    // every participant with every enrolment: 20,000 took 16 s to load, instead of 0.7 s.
    const wholeResult = async (tx: Db) => {
      await tx.execute(sql`set local enable_nestloop = off`);
      await tx.execute(sql`set local cursor_tuple_fraction = 1.0`);
    };
    if (kind === 'pglite') {
      const raw = await db.transaction(async (tx) => {
        await wholeResult(tx);
        return rowsOf<RawIndexRow>(await tx.execute(query));
      });
      for (let i = 0; i < raw.length; i += pageSize) onPage(toIndexRows(raw.slice(i, i + pageSize)));
      return;
    }
    await db.transaction(async (tx) => {
      await wholeResult(tx);
      await tx.execute(sql`declare matching_index_load no scroll cursor for ${query}`);
      const fetchPage = () =>
        tx
          .execute(sql.raw(`fetch ${Math.floor(pageSize)} from matching_index_load`))
          .then(rowsOf<RawIndexRow>);
      let next = fetchPage();
      for (;;) {
        const raw = await next;
        if (raw.length === pageSize) next = fetchPage();
        if (raw.length > 0) onPage(toIndexRows(raw));
        if (raw.length < pageSize) return;
      }
    });
  },

  /**
   * Participants changed after `since` (all when null) with their current state. A change is an
   * edit of the person or of any of their enrolments (intake, exit, re-enrolment, unit change).
   */
  async changedParticipants(
    db: Db,
    municipalityCode: string,
    since: Date | null,
    /** What the index already holds (id → change key): those people are not read again. */
    known?: ReadonlyMap<string, string>,
    /** `>=` since, or `>` (after a bulk import that shares one updated_at). */
    inclusive = true,
  ): Promise<{ rows: Array<MatchableRow & { changeKey: string }>; newest: number; atNewest: number }> {
    const filter: SQL | undefined = eq(participant.municipalityCode, municipalityCode);
    let newest = 0;
    if (since) {
      const [people, periods] = await Promise.all([
        db
          .select({
            id: participant.id,
            at: participant.updatedAt,
            v: sql<number>`${participant.version} + ${participant.profileVersion}`,
          })
          .from(participant)
          .where(
            and(
              eq(participant.municipalityCode, municipalityCode),
              gte(participant.updatedAt, afterMs(since, inclusive)),
            ),
          ),
        db
          .select({ id: enrolment.participantId, at: enrolment.updatedAt, v: enrolment.version })
          .from(enrolment)
          .where(
            and(
              eq(enrolment.municipalityCode, municipalityCode),
              gte(enrolment.updatedAt, afterMs(since, inclusive)),
            ),
          ),
      ]);
      // A change key per person (newest time and the versions): two edits in the same millisecond
      // differ in version, so `>=` the watermark plus this key misses nothing and repeats nothing.
      const latest = new Map<string, { at: number; v: number }>();
      for (const r of [...people, ...periods]) {
        const at = r.at.getTime();
        newest = Math.max(newest, at);
        const cur = latest.get(r.id) ?? { at: 0, v: 0 };
        latest.set(r.id, { at: Math.max(cur.at, at), v: cur.v + Number(r.v) });
      }
      const keyOf = new Map([...latest].map(([id, x]) => [id, `${x.at}:${x.v}`]));
      let atNewest = 0;
      for (const x of latest.values()) if (x.at === newest) atNewest++;
      const ids = [...keyOf].filter(([id, key]) => known?.get(id) !== key).map(([id]) => id);
      if (ids.length === 0) return { rows: [], newest, atNewest };
      // A bulk import changes many people at once: read them in chunks (a bind message holds at most
      // 65,535 parameters; 100,000 changed ids in one IN list was a 500).
      const rows: Awaited<ReturnType<typeof selectMatchable>> = [];
      for (let i = 0; i < ids.length; i += 5_000)
        rows.push(
          ...(await selectMatchable(db, and(filter, inArray(participant.id, ids.slice(i, i + 5_000))))),
        );
      return {
        rows: rows.map((r) => ({ ...toMatchableRow(r), changeKey: keyOf.get(r.id)! })),
        newest,
        atNewest,
      };
    }
    const mapped = (await selectMatchable(db, filter)).map((r) => {
      const row = toMatchableRow(r);
      return { ...row, changeKey: `${row.changedAt.getTime()}:initial` };
    });
    for (const r of mapped) newest = Math.max(newest, r.changedAt.getTime());
    const atNewest = mapped.filter((r) => r.changedAt.getTime() === newest).length;
    return { rows: mapped, newest, atNewest };
  },
};

function selectMatchable(db: Db, filter: SQL | undefined) {
  return db
    .select({
      id: participant.id,
      unitId: enrolment.unitId,
      coachId: enrolment.coachId,
      profile: participant.profile,
      adaptations: participant.adaptations,
      participantUpdatedAt: participant.updatedAt,
      enrolmentUpdatedAt: enrolment.updatedAt,
    })
    .from(participant)
    .leftJoin(
      enrolment,
      and(
        eq(enrolment.municipalityCode, participant.municipalityCode),
        eq(enrolment.participantId, participant.id),
        isNull(enrolment.exitDate),
      ),
    )
    .where(filter);
}

function toMatchableRow(r: Awaited<ReturnType<typeof selectMatchable>>[number]) {
  return {
    id: r.id,
    unitId: r.unitId,
    coachId: r.coachId,
    profile: r.profile,
    adaptations: r.adaptations,
    changedAt: new Date(Math.max(r.participantUpdatedAt.getTime(), r.enrolmentUpdatedAt?.getTime() ?? 0)),
  };
}

export const matchingPeopleRepository = {
  async names(db: Db, municipalityCode: string, ids: string[]) {
    if (ids.length === 0) return new Map<string, string>();
    const rows = await db
      .select({ id: participant.id, firstName: participant.firstName, lastName: participant.lastName })
      .from(participant)
      .where(and(eq(participant.municipalityCode, municipalityCode), inArray(participant.id, ids)));
    return new Map(rows.map((r) => [r.id, `${r.firstName} ${r.lastName}`]));
  },

  async profile(db: Db, municipalityCode: string, id: string) {
    const [row] = await db
      .select({ profile: participant.profile, adaptations: participant.adaptations })
      .from(participant)
      .where(and(eq(participant.municipalityCode, municipalityCode), eq(participant.id, id)));
    return row;
  },
};
