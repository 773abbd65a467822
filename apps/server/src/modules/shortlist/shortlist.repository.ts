import { and, asc, desc, eq, gte, inArray, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import {
  consent,
  employer,
  enrolment,
  participant,
  presentation,
  presentationCandidate,
  shortlistEntry,
  shortlistEvent,
  staffUser,
} from '../../db/schema/index.ts';
import { updateVersioned } from '../../db/versioned-update.ts';

export type EntryRow = typeof shortlistEntry.$inferSelect;
export type ConsentRow = typeof consent.$inferSelect;
export type PresentationRow = typeof presentation.$inferSelect;

export const shortlistRepository = {
  async findEntry(db: Db, m: string, id: string) {
    const [row] = await db
      .select()
      .from(shortlistEntry)
      .where(and(eq(shortlistEntry.municipalityCode, m), eq(shortlistEntry.id, id)));
    return row;
  },

  async insertEntry(db: Db, row: typeof shortlistEntry.$inferInsert) {
    const [created] = await db.insert(shortlistEntry).values(row).onConflictDoNothing().returning();
    return created;
  },

  updateEntry(
    db: Db,
    m: string,
    id: string,
    version: number,
    values: Partial<typeof shortlistEntry.$inferInsert>,
    now: Date,
  ) {
    return updateVersioned(db, shortlistEntry, { municipalityCode: m, id, version }, values, now);
  },

  async addEvent(db: Db, row: typeof shortlistEvent.$inferInsert) {
    await db.insert(shortlistEvent).values(row);
  },

  /** A need's entries with each person's current coach, unit and protection flag. */
  entriesOfNeed(db: Db, m: string, needId: string) {
    return db
      .select({
        entry: shortlistEntry,
        firstName: participant.firstName,
        lastName: participant.lastName,
        protectedIdentity: participant.protectedIdentity,
        unitId: enrolment.unitId,
        coachId: enrolment.coachId,
        coachName: staffUser.displayName,
      })
      .from(shortlistEntry)
      .innerJoin(
        participant,
        and(
          eq(participant.municipalityCode, shortlistEntry.municipalityCode),
          eq(participant.id, shortlistEntry.participantId),
        ),
      )
      .leftJoin(
        enrolment,
        and(
          eq(enrolment.municipalityCode, shortlistEntry.municipalityCode),
          eq(enrolment.participantId, shortlistEntry.participantId),
          isNull(enrolment.exitDate),
        ),
      )
      .leftJoin(
        staffUser,
        and(eq(staffUser.municipalityCode, enrolment.municipalityCode), eq(staffUser.id, enrolment.coachId)),
      )
      .where(and(eq(shortlistEntry.municipalityCode, m), eq(shortlistEntry.needId, needId)))
      .orderBy(asc(shortlistEntry.createdAt));
  },

  eventsOf(db: Db, m: string, entryIds: string[]) {
    if (entryIds.length === 0) return Promise.resolve([]);
    return db
      .select({ event: shortlistEvent, staffName: staffUser.displayName })
      .from(shortlistEvent)
      .leftJoin(
        staffUser,
        and(
          eq(staffUser.municipalityCode, shortlistEvent.municipalityCode),
          eq(staffUser.id, shortlistEvent.staffId),
        ),
      )
      .where(and(eq(shortlistEvent.municipalityCode, m), inArray(shortlistEvent.entryId, entryIds)))
      .orderBy(asc(shortlistEvent.at));
  },

  /** The person's open period (unit, coach), if any. */
  async openEnrolment(db: Db, m: string, participantId: string) {
    const [row] = await db
      .select()
      .from(enrolment)
      .where(
        and(
          eq(enrolment.municipalityCode, m),
          eq(enrolment.participantId, participantId),
          isNull(enrolment.exitDate),
        ),
      );
    return row;
  },

  async participant(db: Db, m: string, id: string) {
    const [row] = await db
      .select()
      .from(participant)
      .where(and(eq(participant.municipalityCode, m), eq(participant.id, id)));
    return row;
  },

  /** Consents in force (not withdrawn) for these people and this need. */
  activeConsents(db: Db, m: string, needId: string, participantIds: string[]) {
    if (participantIds.length === 0) return Promise.resolve([] as ConsentRow[]);
    return db
      .select()
      .from(consent)
      .where(
        and(
          eq(consent.municipalityCode, m),
          eq(consent.needId, needId),
          inArray(consent.participantId, participantIds),
          isNull(consent.withdrawnAt),
        ),
      )
      .orderBy(desc(consent.createdAt));
  },

  async insertConsent(db: Db, row: typeof consent.$inferInsert) {
    const [created] = await db.insert(consent).values(row).returning();
    return created!;
  },

  async findConsent(db: Db, m: string, id: string) {
    const [row] = await db
      .select()
      .from(consent)
      .where(and(eq(consent.municipalityCode, m), eq(consent.id, id)));
    return row;
  },

  async withdrawConsent(db: Db, m: string, id: string, by: string, at: Date) {
    await db
      .update(consent)
      .set({ withdrawnAt: at, withdrawnById: by })
      .where(and(eq(consent.municipalityCode, m), eq(consent.id, id)));
  },

  consentsOfParticipant(db: Db, m: string, participantId: string) {
    return db
      .select({ consent, employerName: employer.name })
      .from(consent)
      .innerJoin(
        employer,
        and(eq(employer.municipalityCode, consent.municipalityCode), eq(employer.id, consent.employerId)),
      )
      .where(and(eq(consent.municipalityCode, m), eq(consent.participantId, participantId)))
      .orderBy(desc(consent.createdAt));
  },

  async insertPresentation(db: Db, row: typeof presentation.$inferInsert) {
    const [created] = await db.insert(presentation).values(row).returning();
    return created!;
  },

  async insertPresentationCandidates(db: Db, rows: Array<typeof presentationCandidate.$inferInsert>) {
    if (rows.length > 0) await db.insert(presentationCandidate).values(rows);
  },

  async findPresentation(db: Db, m: string, id: string) {
    const [row] = await db
      .select()
      .from(presentation)
      .where(and(eq(presentation.municipalityCode, m), eq(presentation.id, id)));
    return row;
  },

  async presentationByToken(db: Db, tokenHash: string) {
    const [row] = await db.select().from(presentation).where(eq(presentation.tokenHash, tokenHash));
    return row;
  },

  presentationsOfNeed(db: Db, m: string, needId: string) {
    return db
      .select({
        presentation,
        candidates: sql<number>`(select count(*)::int from presentation_candidate c where c.municipality_code = ${presentation.municipalityCode} and c.presentation_id = ${presentation.id})`,
        answered: sql<number>`(select count(*)::int from presentation_candidate c where c.municipality_code = ${presentation.municipalityCode} and c.presentation_id = ${presentation.id} and c.answer is not null)`,
      })
      .from(presentation)
      .where(and(eq(presentation.municipalityCode, m), eq(presentation.needId, needId)))
      .orderBy(desc(presentation.createdAt));
  },

  candidatesOf(db: Db, m: string, presentationId: string) {
    return db
      .select()
      .from(presentationCandidate)
      .where(
        and(
          eq(presentationCandidate.municipalityCode, m),
          eq(presentationCandidate.presentationId, presentationId),
        ),
      )
      .orderBy(asc(presentationCandidate.id));
  },

  async updateCandidate(
    db: Db,
    m: string,
    id: string,
    values: Partial<typeof presentationCandidate.$inferInsert>,
  ) {
    await db
      .update(presentationCandidate)
      .set(values)
      .where(and(eq(presentationCandidate.municipalityCode, m), eq(presentationCandidate.id, id)));
  },

  async touchPresentation(db: Db, m: string, id: string, at: Date) {
    await db
      .update(presentation)
      .set({ lastViewedAt: at })
      .where(and(eq(presentation.municipalityCode, m), eq(presentation.id, id)));
  },

  async revokePresentation(db: Db, m: string, id: string, at: Date) {
    await db
      .update(presentation)
      .set({ revokedAt: at })
      .where(and(eq(presentation.municipalityCode, m), eq(presentation.id, id)));
  },

  /** Candidates presented to the employer since a moment (the month cap). */
  async presentedToEmployerSince(db: Db, m: string, employerId: string, since: Date) {
    const [row] = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(presentationCandidate)
      .innerJoin(
        presentation,
        and(
          eq(presentation.municipalityCode, presentationCandidate.municipalityCode),
          eq(presentation.id, presentationCandidate.presentationId),
        ),
      )
      .where(
        and(
          eq(presentation.municipalityCode, m),
          eq(presentation.employerId, employerId),
          gte(presentation.createdAt, since),
        ),
      );
    return row?.n ?? 0;
  },
};
