import type { RecruitmentNeed } from '@arbetsbro/matching';
import { isMatchable } from '@arbetsbro/recruitment';
import type { NeedRow } from '../recruitment-need/index.ts';

/** A stored need as the matching engine reads it; null when it is not open for matching. */
export function toMatchingNeed(row: NeedRow): RecruitmentNeed | null {
  if (!isMatchable(row.status) || !row.occupationId) return null;
  const openTo = row.openTo ?? {};
  return {
    id: row.id,
    occupation: row.occupationId,
    requiredSkills: row.requiredSkills,
    meritSkills: row.meritSkills,
    licences: row.licences,
    languages: row.languages,
    ...(row.municipality ? { municipality: row.municipality } : {}),
    positions: row.positions,
    ...(row.startDate ? { startDate: row.startDate } : {}),
    ...(row.extentPercent ? { extentPercent: row.extentPercent } : {}),
    ...(row.shifts ? { shifts: row.shifts } : {}),
    ...(row.weekends !== null ? { weekends: row.weekends } : {}),
    ...(row.requiresCar !== null ? { requiresCar: row.requiresCar } : {}),
    ...(openTo.adaptations ? { adaptationsAccepted: openTo.adaptations } : {}),
    ...(row.minExperienceYears !== null ? { minExperienceYears: row.minExperienceYears } : {}),
  };
}
