import { type SQL, sql } from 'drizzle-orm';
import { type Db, rowsOf } from '../../db/client.ts';

/** One enrolment as a list row, with what the quick filters need. Dates as YYYY-MM-DD text. */
export interface CaseloadRow {
  enrolment_id: string;
  participant_id: string;
  unit_id: string;
  unit_name: string;
  coach_id: string | null;
  coach_name: string | null;
  enrolled_at: string;
  exit_date: string | null;
  first_name: string;
  last_name: string;
  personnummer: string;
  birth_date: string;
  next_follow_up: string | null;
  overdue_follow_ups: number;
  active_interventions: number;
  /** Only from the SQL caseload (caseload-query.ts). */
  past_due_interventions?: number;
  meetings_today: number;
  needs_verification: boolean;
}

export interface CaseloadScope {
  municipalityCode: string;
  unitIds: string[];
  today: string;
  /** Only active enrolments and exits awaiting verification (the caseload); false: every period. */
  caseloadOnly: boolean;
  /** Search: a name fragment (matched on first/last name) or a personnummer prefix. */
  nameLike?: string;
  personnummerPrefix?: string;
  /** One row per person (their newest period in the units): for search results. */
  onePerPerson?: boolean;
}

// A job exit awaiting its one-month verification (classifyExit: work_pending_verification).
const needsVerification = sql`(e.exit_category = 'work' and e.exit_employment_kind in ('unsubsidised', 'subsidised')
  and e.exit_employment_start is not null and e.exit_held_one_month is null)`;

export const caseloadRepository = {
  async list(db: Db, scope: CaseloadScope): Promise<CaseloadRow[]> {
    if (scope.unitIds.length === 0) return [];
    const unitList = sql.join(
      scope.unitIds.map((u) => sql`${u}::uuid`),
      sql`, `,
    );
    const conditions: SQL[] = [
      sql`e.municipality_code = ${scope.municipalityCode}`,
      sql`e.unit_id in (${unitList})`,
    ];
    if (scope.caseloadOnly) conditions.push(sql`(e.exit_date is null or ${needsVerification})`);
    if (scope.nameLike) {
      const like = `%${scope.nameLike.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      conditions.push(
        sql`(p.first_name ilike ${like} or p.last_name ilike ${like} or (p.first_name || ' ' || p.last_name) ilike ${like})`,
      );
    }
    if (scope.personnummerPrefix) conditions.push(sql`p.personnummer like ${`${scope.personnummerPrefix}%`}`);
    const where = sql.join(conditions, sql` and `);
    const distinct = scope.onePerPerson ? sql`distinct on (e.participant_id)` : sql``;
    const order = scope.onePerPerson
      ? sql`e.participant_id, e.enrolled_at desc`
      : sql`p.last_name, p.first_name, e.enrolled_at desc`;
    const result = await db.execute(sql`
      select ${distinct}
        e.id as enrolment_id, e.participant_id, e.unit_id, u.name as unit_name,
        e.coach_id, s.display_name as coach_name,
        e.enrolled_at::text as enrolled_at, e.exit_date::text as exit_date,
        p.first_name, p.last_name, p.personnummer, p.birth_date::text as birth_date,
        (select min(f.due_date)::text from follow_up f
          where f.municipality_code = e.municipality_code and f.enrolment_id = e.id and f.done_at is null and f.cancelled_at is null) as next_follow_up,
        (select count(*)::int from follow_up f
          where f.municipality_code = e.municipality_code and f.enrolment_id = e.id and f.done_at is null and f.cancelled_at is null
            and f.due_date < ${scope.today}::date) as overdue_follow_ups,
        (select count(*)::int from intervention i
          where i.municipality_code = e.municipality_code and i.enrolment_id = e.id
            and i.status in ('planned', 'active')) as active_interventions,
        (select count(*)::int from follow_up f
          where f.municipality_code = e.municipality_code and f.enrolment_id = e.id and f.done_at is null and f.cancelled_at is null
            and f.due_date = ${scope.today}::date) as meetings_today,
        ${needsVerification} as needs_verification
      from enrolment e
      join participant p on p.municipality_code = e.municipality_code and p.id = e.participant_id
      join unit u on u.municipality_code = e.municipality_code and u.id = e.unit_id
      left join staff_user s on s.municipality_code = e.municipality_code and s.id = e.coach_id
      where ${where}
      order by ${order}`);
    return rowsOf<CaseloadRow>(result);
  },
};
