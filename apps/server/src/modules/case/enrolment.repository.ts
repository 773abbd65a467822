import { and, asc, desc, eq, isNull, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/client.ts';
import { preparedQuery } from '../../db/prepared.ts';
import { coachAssignment, enrolment, staffUser, unit } from '../../db/schema/index.ts';
import { updateVersioned } from '../../db/versioned-update.ts';

export type EnrolmentRow = typeof enrolment.$inferSelect;
export type EnrolmentInsert = typeof enrolment.$inferInsert;

const listForParticipantQuery = preparedQuery((db) =>
  db
    .select({ enrolment, unitName: unit.name, coachName: staffUser.displayName })
    .from(enrolment)
    .innerJoin(
      unit,
      and(eq(unit.municipalityCode, enrolment.municipalityCode), eq(unit.id, enrolment.unitId)),
    )
    .leftJoin(
      staffUser,
      and(eq(staffUser.municipalityCode, enrolment.municipalityCode), eq(staffUser.id, enrolment.coachId)),
    )
    .where(
      and(
        eq(enrolment.municipalityCode, sql.placeholder('municipalityCode')),
        eq(enrolment.participantId, sql.placeholder('participantId')),
      ),
    )
    .orderBy(desc(enrolment.enrolledAt), desc(enrolment.createdAt))
    .prepare('enrolment_list_for_participant'),
);

const coach = alias(staffUser, 'coach');
const assigner = alias(staffUser, 'assigner');
const historyQuery = preparedQuery((db) =>
  db
    .select({
      enrolmentId: coachAssignment.enrolmentId,
      coachId: coachAssignment.coachId,
      coachName: coach.displayName,
      assignedById: coachAssignment.assignedById,
      assignedByName: assigner.displayName,
      fromAt: coachAssignment.fromAt,
      toAt: coachAssignment.toAt,
    })
    .from(coachAssignment)
    .leftJoin(
      coach,
      and(
        eq(coach.municipalityCode, coachAssignment.municipalityCode),
        eq(coach.id, coachAssignment.coachId),
      ),
    )
    .leftJoin(
      assigner,
      and(
        eq(assigner.municipalityCode, coachAssignment.municipalityCode),
        eq(assigner.id, coachAssignment.assignedById),
      ),
    )
    .where(
      and(
        eq(coachAssignment.municipalityCode, sql.placeholder('municipalityCode')),
        sql`${coachAssignment.enrolmentId} = any(${sql.placeholder('enrolmentIds')}::uuid[])`,
      ),
    )
    .orderBy(asc(coachAssignment.fromAt))
    .prepare('enrolment_coach_history'),
);

export const enrolmentRepository = {
  async find(db: Db, municipalityCode: string, id: string): Promise<EnrolmentRow | undefined> {
    const [row] = await db
      .select()
      .from(enrolment)
      .where(and(eq(enrolment.municipalityCode, municipalityCode), eq(enrolment.id, id)));
    return row;
  },

  /** Every period of the person with unit and coach names, newest first (prepared: every case read). */
  listForParticipant(db: Db, municipalityCode: string, participantId: string) {
    return listForParticipantQuery(db, { municipalityCode, participantId });
  },

  async findOpen(db: Db, municipalityCode: string, participantId: string) {
    const [row] = await db
      .select()
      .from(enrolment)
      .where(
        and(
          eq(enrolment.municipalityCode, municipalityCode),
          eq(enrolment.participantId, participantId),
          isNull(enrolment.exitDate),
        ),
      );
    return row;
  },

  async insert(db: Db, row: EnrolmentInsert) {
    const [created] = await db.insert(enrolment).values(row).returning();
    return created!;
  },

  /** Optimistic update: undefined when the version no longer matches (or the row is gone). */
  async update(
    db: Db,
    municipalityCode: string,
    id: string,
    version: number,
    values: Partial<EnrolmentInsert>,
    now: Date,
  ) {
    return updateVersioned(db, enrolment, { municipalityCode, id, version }, values, now);
  },

  /** Coach assignments of the periods, oldest first (one array parameter: prepared once). */
  historyFor(db: Db, municipalityCode: string, enrolmentIds: string[]) {
    if (enrolmentIds.length === 0) return Promise.resolve([]);
    return historyQuery(db, { municipalityCode, enrolmentIds: `{${enrolmentIds.join(',')}}` });
  },

  /** Closes the current assignment and opens a new one (also for "unassigned": coachId null). */
  async recordAssignment(
    db: Db,
    input: {
      municipalityCode: string;
      enrolmentId: string;
      coachId: string | null;
      assignedById: string | null;
      at: Date;
      reason?: string | null;
    },
  ) {
    await db
      .update(coachAssignment)
      .set({ toAt: input.at })
      .where(
        and(
          eq(coachAssignment.municipalityCode, input.municipalityCode),
          eq(coachAssignment.enrolmentId, input.enrolmentId),
          isNull(coachAssignment.toAt),
        ),
      );
    await db.insert(coachAssignment).values({
      municipalityCode: input.municipalityCode,
      enrolmentId: input.enrolmentId,
      coachId: input.coachId,
      assignedById: input.assignedById,
      fromAt: input.at,
      reason: input.reason ?? null,
    });
  },
};
