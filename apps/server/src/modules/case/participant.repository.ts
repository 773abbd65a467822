import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { preparedQuery } from '../../db/prepared.ts';
import { enrolment, participant } from '../../db/schema/index.ts';
import { updateVersioned } from '../../db/versioned-update.ts';

export type ParticipantRow = typeof participant.$inferSelect;
export type ParticipantInsert = typeof participant.$inferInsert;

const findQuery = preparedQuery((db) =>
  db
    .select()
    .from(participant)
    .where(
      and(
        eq(participant.municipalityCode, sql.placeholder('municipalityCode')),
        eq(participant.id, sql.placeholder('id')),
      ),
    )
    .prepare('participant_find'),
);

export const participantRepository = {
  async find(db: Db, municipalityCode: string, id: string): Promise<ParticipantRow | undefined> {
    const [row] = await findQuery(db, { municipalityCode, id });
    return row;
  },

  async findByPersonnummer(db: Db, municipalityCode: string, personnummer: string) {
    const [row] = await db
      .select()
      .from(participant)
      .where(
        and(eq(participant.municipalityCode, municipalityCode), eq(participant.personnummer, personnummer)),
      );
    return row;
  },

  /** Ids of the units the person has (or had) an enrolment in: what decides who may see them. */
  async unitIds(db: Db, municipalityCode: string, participantId: string): Promise<string[]> {
    const rows = await db
      .selectDistinct({ unitId: enrolment.unitId })
      .from(enrolment)
      .where(
        and(eq(enrolment.municipalityCode, municipalityCode), eq(enrolment.participantId, participantId)),
      );
    return rows.map((r) => r.unitId);
  },

  async insert(db: Db, row: ParticipantInsert) {
    const [created] = await db.insert(participant).values(row).returning();
    return created!;
  },

  /** Optimistic update of name/contact; undefined on a stale version. */
  async update(
    db: Db,
    municipalityCode: string,
    id: string,
    version: number,
    values: Partial<ParticipantInsert>,
    now: Date,
  ) {
    return updateVersioned(db, participant, { municipalityCode, id, version }, values, now);
  },

  /** Optimistic update of the profile (its own version: edited on another screen than contact). */
  async updateProfile(
    db: Db,
    municipalityCode: string,
    id: string,
    profileVersion: number,
    values: Pick<ParticipantInsert, 'profile' | 'adaptations' | 'adaptationsNote'>,
    now: Date,
  ) {
    return updateVersioned(
      db,
      participant,
      { municipalityCode, id, version: profileVersion },
      values,
      now,
      'profileVersion',
    );
  },

  findMany(db: Db, municipalityCode: string, ids: string[]) {
    if (ids.length === 0) return Promise.resolve([]);
    return db
      .select()
      .from(participant)
      .where(and(eq(participant.municipalityCode, municipalityCode), inArray(participant.id, ids)));
  },
};
