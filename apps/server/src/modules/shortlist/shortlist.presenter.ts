import type { StaffActor } from '../auth/index.ts';
import { pseudonym } from '../matching/index.ts';
import type { ConsentRow, EntryRow } from './shortlist.repository.ts';
import { type ShortlistEntryView, shortlistStatusLabels } from './shortlist.schemas.ts';

export interface EntryData {
  entry: EntryRow;
  firstName: string;
  lastName: string;
  protectedIdentity: boolean;
  unitId: string | null;
  coachId: string | null;
  coachName: string | null;
}

/**
 * Whether the actor may know who a candidate is: the coach and manager of the unit the person is
 * enrolled in now, or anyone on the need once the person consented to share their name for it.
 */
export function namedFor(actor: StaffActor, unitId: string | null, consent: ConsentRow | undefined): boolean {
  const ownUnit =
    unitId !== null && actor.unitIds.includes(unitId) && (actor.role === 'coach' || actor.role === 'manager');
  return ownUnit || Boolean(consent?.fields.includes('name'));
}

/** One shortlist entry for this actor (pure): named or pseudonymised, with consent and history. */
export function presentEntry(
  actor: StaffActor,
  d: EntryData,
  consent: ConsentRow | undefined,
  history: Array<{
    at: Date;
    by: string;
    fromStatus: string | null;
    toStatus: string;
    reason: string | null;
  }>,
): ShortlistEntryView {
  const named = namedFor(actor, d.unitId, consent);
  return {
    id: d.entry.id,
    needId: d.entry.needId,
    version: d.entry.version,
    participantId: named ? d.entry.participantId : null,
    displayName: named
      ? `${d.firstName} ${d.lastName}`
      : pseudonym(actor.municipalityCode, d.entry.participantId),
    named,
    protectedIdentity: d.protectedIdentity,
    status: d.entry.status,
    statusLabel: shortlistStatusLabels[d.entry.status],
    note: d.entry.note,
    coach: d.coachId ? { id: d.coachId, displayName: d.coachName ?? '' } : null,
    consent: consent ? { id: consent.id, fields: consent.fields, givenOn: consent.givenOn } : null,
    history: history.map((h) => ({
      at: h.at.toISOString(),
      by: h.by,
      fromStatus: h.fromStatus,
      toStatus: h.toStatus,
      reason: h.reason,
    })),
  };
}
