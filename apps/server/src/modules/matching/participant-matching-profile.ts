import type { ParticipantProfile } from '@arbetsbro/matching';
import type { ParticipantProfileDoc } from '../../db/schema/participant.ts';

/**
 * The matching view of a participant: only what the engine may weigh. Name, personnummer, birth
 * date and contact details never leave the database for matching; adaptations are those the person
 * chose to share (DESIGN: disability only through them).
 */
export function toMatchingProfile(
  id: string,
  doc: ParticipantProfileDoc,
  adaptations: readonly string[],
): ParticipantProfile {
  return {
    id,
    occupations: doc.occupations.map((o) => ({ id: o.id, years: o.years })),
    wishedOccupations: doc.wishedOccupations,
    interests: doc.interests,
    skills: doc.skills,
    licences: doc.licences,
    languages: doc.languages,
    ...(doc.municipality ? { municipality: doc.municipality } : {}),
    ...(doc.maxCommuteKm != null ? { maxCommuteKm: doc.maxCommuteKm } : {}),
    ...(doc.hasCar != null ? { carAccess: doc.hasCar } : {}),
    ...(doc.availableFrom ? { availableFrom: doc.availableFrom } : {}),
    ...(doc.extentPercent != null ? { extentPercent: doc.extentPercent } : {}),
    ...(doc.shifts ? { shifts: doc.shifts } : {}),
    ...(doc.weekends != null ? { weekends: doc.weekends } : {}),
    adaptationsNeeded: [...adaptations],
  };
}
