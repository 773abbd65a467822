import { and, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { preparedQuery } from '../db/prepared.ts';
import { consent, enrolment, followUp, intervention, journalEntry, participant } from '../db/schema/index.ts';

export type EnrolmentRow = typeof enrolment.$inferSelect;
export type InterventionRow = typeof intervention.$inferSelect;
export type JournalEntryRow = typeof journalEntry.$inferSelect;
export type FollowUpRow = typeof followUp.$inferSelect;
export type ConsentRow = typeof consent.$inferSelect;

// The queries the access layer needs to decide a relationship: every period of the person a
// target belongs to, newest first, in one round trip.

const newestFirst = [desc(enrolment.enrolledAt), desc(enrolment.createdAt)] as const;

// Every case read starts here: built once, prepared once per connection.
const periodsOfParticipantQuery = preparedQuery((db) =>
  db
    .select()
    .from(enrolment)
    .where(
      and(
        eq(enrolment.municipalityCode, sql.placeholder('municipalityCode')),
        eq(enrolment.participantId, sql.placeholder('participantId')),
      ),
    )
    .orderBy(...newestFirst)
    .prepare('access_periods_of_participant'),
);

export const accessRepository = {
  /** Every period of the person, newest first (empty: no such person in this municipality). */
  periodsOfParticipant(db: Db, municipalityCode: string, participantId: string): Promise<EnrolmentRow[]> {
    return periodsOfParticipantQuery(db, { municipalityCode, participantId });
  },

  /** Every period of the person who owns the given period, newest first. */
  periodsBesideEnrolment(db: Db, municipalityCode: string, enrolmentId: string): Promise<EnrolmentRow[]> {
    return db
      .select()
      .from(enrolment)
      .where(
        and(
          eq(enrolment.municipalityCode, municipalityCode),
          eq(
            enrolment.participantId,
            sql`(select e.participant_id from enrolment e where e.municipality_code = ${municipalityCode} and e.id = ${enrolmentId})`,
          ),
        ),
      )
      .orderBy(...newestFirst);
  },

  async intervention(db: Db, municipalityCode: string, id: string): Promise<InterventionRow | undefined> {
    const [row] = await db
      .select()
      .from(intervention)
      .where(and(eq(intervention.municipalityCode, municipalityCode), eq(intervention.id, id)));
    return row;
  },

  async journalEntry(db: Db, municipalityCode: string, id: string): Promise<JournalEntryRow | undefined> {
    const [row] = await db
      .select()
      .from(journalEntry)
      .where(and(eq(journalEntry.municipalityCode, municipalityCode), eq(journalEntry.id, id)));
    return row;
  },

  async followUp(db: Db, municipalityCode: string, id: string): Promise<FollowUpRow | undefined> {
    const [row] = await db
      .select()
      .from(followUp)
      .where(and(eq(followUp.municipalityCode, municipalityCode), eq(followUp.id, id)));
    return row;
  },

  async consent(db: Db, municipalityCode: string, id: string): Promise<ConsentRow | undefined> {
    const [row] = await db
      .select()
      .from(consent)
      .where(and(eq(consent.municipalityCode, municipalityCode), eq(consent.id, id)));
    return row;
  },

  /** The person with this (normalised) personnummer, if known: an intake check is a read of them. */
  async participantIdByPersonnummer(db: Db, municipalityCode: string, personnummer: string) {
    const [row] = await db
      .select({ id: participant.id })
      .from(participant)
      .where(
        and(eq(participant.municipalityCode, municipalityCode), eq(participant.personnummer, personnummer)),
      );
    return row?.id ?? null;
  },
};
