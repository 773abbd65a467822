import { and, asc, eq, sql } from 'drizzle-orm';
import { type Db, rowsOf } from '../../db/client.ts';
import { employer, intervention } from '../../db/schema/index.ts';
import { updateVersioned } from '../../db/versioned-update.ts';

export type InterventionRow = typeof intervention.$inferSelect;
export type InterventionInsert = typeof intervention.$inferInsert;

export const interventionRepository = {
  listForEnrolment(db: Db, municipalityCode: string, enrolmentId: string) {
    return db
      .select({ intervention, employerName: employer.name })
      .from(intervention)
      .leftJoin(
        employer,
        and(
          eq(employer.municipalityCode, intervention.municipalityCode),
          eq(employer.id, intervention.employerId),
        ),
      )
      .where(
        and(eq(intervention.municipalityCode, municipalityCode), eq(intervention.enrolmentId, enrolmentId)),
      )
      .orderBy(asc(intervention.startDate), asc(intervention.createdAt));
  },

  /**
   * Interventions still "Pågår" after their end date in open periods of the units (a coach's own
   * when `coachId`): the status went stale and the coach should end or extend them.
   */
  async pastDue(
    db: Db,
    input: { municipalityCode: string; unitIds: string[]; coachId?: string; today: string },
  ) {
    if (input.unitIds.length === 0) return [];
    const result = await db.execute(sql`
      select i.id, i.title, i.end_date::text as end_date, e.participant_id, p.first_name, p.last_name
      from intervention i
      join enrolment e on e.municipality_code = i.municipality_code and e.id = i.enrolment_id
      join participant p on p.municipality_code = e.municipality_code and p.id = e.participant_id
      where i.municipality_code = ${input.municipalityCode} and i.status = 'active'
        and i.end_date < ${input.today}::date and e.exit_date is null
        and e.unit_id in (${sql.join(
          input.unitIds.map((id) => sql`${id}::uuid`),
          sql`, `,
        )})
        ${input.coachId ? sql`and e.coach_id = ${input.coachId}::uuid` : sql``}
      order by i.end_date, p.last_name, p.first_name
      limit 200`);
    return rowsOf<{
      id: string;
      title: string;
      end_date: string;
      participant_id: string;
      first_name: string;
      last_name: string;
    }>(result);
  },

  async find(db: Db, municipalityCode: string, id: string) {
    const [row] = await db
      .select()
      .from(intervention)
      .where(and(eq(intervention.municipalityCode, municipalityCode), eq(intervention.id, id)));
    return row;
  },

  async insert(db: Db, row: InterventionInsert) {
    const [created] = await db.insert(intervention).values(row).returning();
    return created!;
  },

  async update(
    db: Db,
    municipalityCode: string,
    id: string,
    version: number,
    values: Partial<InterventionInsert>,
  ) {
    return updateVersioned(db, intervention, { municipalityCode, id, version }, values);
  },
};
