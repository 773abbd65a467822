import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { jsonRowMapper } from '../../db/json-row.ts';
import { preparedQuery } from '../../db/prepared.ts';
import { coachAssignment, enrolment, participant, staffUser, unit } from '../../db/schema/index.ts';
import type { EnrolmentRow } from './enrolment.repository.ts';
import type { ParticipantRow } from './participant.repository.ts';

export type CaseFile = {
  person: ParticipantRow;
  /** Every period with its unit's and coach's names, newest first. */
  periods: Array<{ enrolment: EnrolmentRow; unitName: string; coachName: string | null }>;
  /** Coach assignments of those periods, oldest first. */
  history: Array<{
    enrolmentId: string;
    coachId: string | null;
    coachName: string | null;
    assignedById: string | null;
    assignedByName: string | null;
    fromAt: Date;
    toAt: Date | null;
  }>;
};

type HistoryJson = Omit<CaseFile['history'][number], 'fromAt' | 'toAt'> & {
  fromAt: string;
  toAt: string | null;
};

interface CaseFileJson {
  person: Record<string, unknown>;
  periods: Array<{
    enrolment: Record<string, unknown>;
    unitName: string;
    coachName: string | null;
    history: HistoryJson[] | null;
  }>;
}

// The whole case file in one round trip: the person's row and every period with its unit's and
// coach's names and its coach history, as JSON built by the database. Row by row it took three
// queries, and on a loaded server a round trip costs more than these queries themselves.
const caseFileQuery = preparedQuery((db) =>
  db
    .select({
      file: sql<CaseFileJson>`json_build_object(
        'person', row_to_json(${participant}),
        'periods', coalesce((
          select json_agg(json_build_object(
                   'enrolment', row_to_json(e), 'unitName', u.name, 'coachName', s.display_name,
                   'history', (
                     select json_agg(json_build_object(
                              'enrolmentId', h.enrolment_id, 'coachId', h.coach_id, 'coachName', c.display_name,
                              'assignedById', h.assigned_by_id, 'assignedByName', a.display_name,
                              'fromAt', h.from_at, 'toAt', h.to_at)
                            order by h.from_at)
                     from ${coachAssignment} h
                     left join ${staffUser} c on c.municipality_code = h.municipality_code and c.id = h.coach_id
                     left join ${staffUser} a on a.municipality_code = h.municipality_code and a.id = h.assigned_by_id
                     where h.municipality_code = e.municipality_code and h.enrolment_id = e.id))
                 order by e.enrolled_at desc, e.created_at desc)
          from ${enrolment} e
          join ${unit} u on u.municipality_code = e.municipality_code and u.id = e.unit_id
          left join ${staffUser} s on s.municipality_code = e.municipality_code and s.id = e.coach_id
          where e.municipality_code = participant.municipality_code and e.participant_id = participant.id
        ), '[]'::json))`,
    })
    .from(participant)
    .where(
      and(
        eq(participant.municipalityCode, sql.placeholder('municipalityCode')),
        eq(participant.id, sql.placeholder('participantId')),
      ),
    )
    .prepare('case_file'),
);

const personOf = jsonRowMapper(participant);
const enrolmentOf = jsonRowMapper(enrolment);

/** Reads what the case file view shows of one person (one query); undefined: no such person. */
export async function loadCaseFile(
  db: Db,
  municipalityCode: string,
  participantId: string,
): Promise<CaseFile | undefined> {
  const [row] = await caseFileQuery(db, { municipalityCode, participantId });
  if (!row) return undefined;
  const file = typeof row.file === 'string' ? (JSON.parse(row.file) as CaseFileJson) : row.file;
  return {
    person: personOf(file.person),
    periods: file.periods.map((p) => ({
      enrolment: enrolmentOf(p.enrolment),
      unitName: p.unitName,
      coachName: p.coachName,
    })),
    // Each period's assignments come with it; the case file lists them all, oldest first.
    history: file.periods
      .flatMap((p) => p.history ?? [])
      .map((h) => ({ ...h, fromAt: new Date(h.fromAt), toAt: h.toAt === null ? null : new Date(h.toAt) }))
      .sort((a, b) => a.fromAt.getTime() - b.fromAt.getTime()),
  };
}

/**
 * The case file with the periods the access layer decides on (every period of the person,
 * newest first): what a case file read hands `requireAccessWith`, so that deciding and reading
 * take one round trip.
 */
export async function loadCaseFileForAccess(db: Db, municipalityCode: string, participantId: string) {
  const file = await loadCaseFile(db, municipalityCode, participantId);
  return file && { periods: file.periods.map((p) => p.enrolment), value: file };
}
