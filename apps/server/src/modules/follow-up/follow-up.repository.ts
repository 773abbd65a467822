import { and, asc, eq, inArray, isNull, lt, sql } from 'drizzle-orm';
import { type Db, rowsOf } from '../../db/client.ts';
import { employer, enrolment, followUp, participant, staffUser } from '../../db/schema/index.ts';
import { updateVersioned } from '../../db/versioned-update.ts';

export type FollowUpRow = typeof followUp.$inferSelect;
export type FollowUpInsert = typeof followUp.$inferInsert;

const withEmployer = {
  followUp,
  employerName: employer.name,
  participantId: enrolment.participantId,
};

export const followUpRepository = {
  async find(db: Db, municipalityCode: string, id: string) {
    const [row] = await db
      .select()
      .from(followUp)
      .where(and(eq(followUp.municipalityCode, municipalityCode), eq(followUp.id, id)));
    return row;
  },

  listForEnrolment(db: Db, municipalityCode: string, enrolmentId: string) {
    return db
      .select(withEmployer)
      .from(followUp)
      .innerJoin(
        enrolment,
        and(
          eq(enrolment.municipalityCode, followUp.municipalityCode),
          eq(enrolment.id, followUp.enrolmentId),
        ),
      )
      .leftJoin(
        employer,
        and(eq(employer.municipalityCode, followUp.municipalityCode), eq(employer.id, followUp.employerId)),
      )
      .where(and(eq(followUp.municipalityCode, municipalityCode), eq(followUp.enrolmentId, enrolmentId)))
      .orderBy(asc(followUp.dueDate), asc(followUp.createdAt));
  },

  /** The one-month verification of a work exit of this period, if any (at most one: unique index). */
  async findVerification(db: Db, municipalityCode: string, enrolmentId: string) {
    const [row] = await db
      .select()
      .from(followUp)
      .where(
        and(
          eq(followUp.municipalityCode, municipalityCode),
          eq(followUp.enrolmentId, enrolmentId),
          eq(followUp.kind, 'exit_verification'),
        ),
      );
    return row;
  },

  async insert(db: Db, row: FollowUpInsert) {
    const [created] = await db.insert(followUp).values(row).returning();
    return created!;
  },

  async update(
    db: Db,
    municipalityCode: string,
    id: string,
    version: number,
    values: Partial<FollowUpInsert>,
  ) {
    return updateVersioned(db, followUp, { municipalityCode, id, version }, values);
  },

  /** Not-done follow-ups due on or before `until` in the units (optionally one coach's). */
  reminders(db: Db, input: { municipalityCode: string; unitIds: string[]; coachId?: string; until: string }) {
    if (input.unitIds.length === 0) return Promise.resolve([]);
    return db
      .select({
        ...withEmployer,
        firstName: participant.firstName,
        lastName: participant.lastName,
        coachId: enrolment.coachId,
        coachName: staffUser.displayName,
      })
      .from(followUp)
      .innerJoin(
        enrolment,
        and(
          eq(enrolment.municipalityCode, followUp.municipalityCode),
          eq(enrolment.id, followUp.enrolmentId),
        ),
      )
      .innerJoin(
        participant,
        and(
          eq(participant.municipalityCode, enrolment.municipalityCode),
          eq(participant.id, enrolment.participantId),
        ),
      )
      .leftJoin(
        staffUser,
        and(eq(staffUser.municipalityCode, enrolment.municipalityCode), eq(staffUser.id, enrolment.coachId)),
      )
      .leftJoin(
        employer,
        and(eq(employer.municipalityCode, followUp.municipalityCode), eq(employer.id, followUp.employerId)),
      )
      .where(
        and(
          eq(followUp.municipalityCode, input.municipalityCode),
          inArray(enrolment.unitId, input.unitIds),
          input.coachId ? eq(enrolment.coachId, input.coachId) : undefined,
          isNull(followUp.doneAt),
          isNull(followUp.cancelledAt),
          sql`${followUp.dueDate} <= ${input.until}::date`,
        ),
      )
      .orderBy(asc(followUp.dueDate), asc(followUp.dueTime));
  },

  /** Marks not-done follow-ups whose day has passed; returns how many were newly flagged. */
  async flagOverdue(db: Db, municipalityCode: string, today: string): Promise<number> {
    const rows = await db
      .update(followUp)
      .set({ overdueSince: today })
      .where(
        and(
          eq(followUp.municipalityCode, municipalityCode),
          isNull(followUp.doneAt),
          isNull(followUp.cancelledAt),
          isNull(followUp.overdueSince),
          lt(followUp.dueDate, today),
        ),
      )
      .returning({ id: followUp.id });
    return rows.length;
  },

  /**
   * Creates the one-month verification follow-up for every job exit that lacks one (imports, exits
   * registered before this existed). The partial unique index makes it idempotent.
   */
  async createMissingVerifications(db: Db, municipalityCode: string): Promise<number> {
    const result = await db.execute(sql`
      insert into follow_up (municipality_code, enrolment_id, kind, "with", due_date, employer_id, purpose)
      select e.municipality_code, e.id, 'exit_verification', 'both',
        (e.exit_employment_start + interval '1 month')::date, e.exit_employer_id,
        'Kontrollera att anställningen varat en sammanhängande månad.'
      from enrolment e
      where e.municipality_code = ${municipalityCode}
        and e.exit_category = 'work' and e.exit_employment_kind in ('unsubsidised', 'subsidised')
        and e.exit_employment_start is not null and e.exit_held_one_month is null
        and not exists (select 1 from follow_up f where f.municipality_code = e.municipality_code
          and f.enrolment_id = e.id and f.kind = 'exit_verification')
      on conflict do nothing
      returning id`);
    return rowsOf<{ id: string }>(result).length;
  },
};
