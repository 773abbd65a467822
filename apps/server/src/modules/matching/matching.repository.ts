import { and, eq, gt, inArray, isNull, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { enrolment, participant } from '../../db/schema/index.ts';

export interface MatchableRow {
  id: string;
  /** Unit of the open enrolment; null when the person has none (drop from the index). */
  unitId: string | null;
  profile: typeof participant.$inferSelect.profile;
  adaptations: string[];
  changedAt: Date;
}

export const matchingRepository = {
  /**
   * Participants changed after `since` (all when null) with their current state. A change is an
   * edit of the person or of any of their enrolments (intake, exit, re-enrolment, unit change).
   */
  async changedParticipants(
    db: Db,
    municipalityCode: string,
    since: Date | null,
  ): Promise<{ rows: MatchableRow[]; newest: number }> {
    let filter: SQL | undefined = eq(participant.municipalityCode, municipalityCode);
    let newest = 0;
    if (since) {
      const [people, periods] = await Promise.all([
        db
          .select({ id: participant.id, at: participant.updatedAt })
          .from(participant)
          .where(and(eq(participant.municipalityCode, municipalityCode), gt(participant.updatedAt, since))),
        db
          .select({ id: enrolment.participantId, at: enrolment.updatedAt })
          .from(enrolment)
          .where(and(eq(enrolment.municipalityCode, municipalityCode), gt(enrolment.updatedAt, since))),
      ]);
      for (const r of [...people, ...periods]) newest = Math.max(newest, r.at.getTime());
      const ids = [...new Set([...people, ...periods].map((r) => r.id))];
      if (ids.length === 0) return { rows: [], newest };
      filter = and(filter, inArray(participant.id, ids));
    }
    const rows = await db
      .select({
        id: participant.id,
        unitId: enrolment.unitId,
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
    const mapped = rows.map((r) => ({
      id: r.id,
      unitId: r.unitId,
      profile: r.profile,
      adaptations: r.adaptations,
      changedAt: new Date(Math.max(r.participantUpdatedAt.getTime(), r.enrolmentUpdatedAt?.getTime() ?? 0)),
    }));
    for (const r of mapped) newest = Math.max(newest, r.changedAt.getTime());
    return { rows: mapped, newest };
  },
};

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
