import type { Db } from '../../db/client.ts';
import { enrolmentRepository } from './enrolment.repository.ts';
import { type ParticipantRow, participantRepository } from './participant.repository.ts';

export type CaseFile = {
  person: ParticipantRow;
  /** Every period with its unit's and coach's names, newest first. */
  periods: Awaited<ReturnType<typeof enrolmentRepository.listForParticipant>>;
  /** Coach assignments of those periods, oldest first. */
  history: Awaited<ReturnType<typeof enrolmentRepository.historyFor>>;
};

/** Reads what the case file view shows of one person (after the access layer allowed it). */
export async function loadCaseFile(
  db: Db,
  municipalityCode: string,
  participantId: string,
): Promise<CaseFile | undefined> {
  const person = await participantRepository.find(db, municipalityCode, participantId);
  if (!person) return undefined;
  const periods = await enrolmentRepository.listForParticipant(db, municipalityCode, participantId);
  const history = await enrolmentRepository.historyFor(
    db,
    municipalityCode,
    periods.map((p) => p.enrolment.id),
  );
  return { person, periods, history };
}
