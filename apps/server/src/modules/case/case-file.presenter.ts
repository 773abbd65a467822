import { ageAt, formatPersonnummer } from '@arbetsbro/identity';
import { type CaseFields, decide, type Relationship } from '../../access/index.ts';
import type { StaffActor } from '../auth/index.ts';
import type { EnrolmentView, ParticipantDetail, Profile } from './case.schemas.ts';
import { presentExit } from './exit-view.presenter.ts';
import type { CaseFile } from './load-case-file.ts';
import type { ParticipantRow } from './participant.repository.ts';
import { normalizeProfile } from './profile.ts';

/** YYYYMMDD-****: enough to tell two people apart in a list, never the full number. */
export function maskPersonnummer(normalized: string): string {
  return `${normalized.slice(0, 8)}-****`;
}

/** The stored profile as the API shows it; adaptations only when the grant includes them. */
export function profileOf(row: ParticipantRow, withAdaptations: boolean): Profile {
  return {
    ...(row.profile as Omit<Profile, 'adaptations' | 'adaptationsNote'>),
    interestsNote: row.profile.interestsNote ?? null,
    adaptations: withAdaptations ? (row.adaptations as Profile['adaptations']) : [],
    adaptationsNote: withAdaptations ? row.adaptationsNote : null,
  };
}

const NO_CONTACT = { phone: null, email: null, address: null, preferredLanguage: null };

/**
 * The case file view (pure): the person, the profile and the periods, with exactly the fields the
 * access layer granted. `former` relationships see only their own units' periods and nothing
 * current (contact, profile, adaptations).
 */
export function presentCaseFile(input: {
  file: CaseFile;
  actor: StaffActor;
  relationship: Relationship;
  fields: CaseFields;
  today: string;
}): ParticipantDetail {
  const { file, actor, relationship, fields, today } = input;
  const row = file.person;
  const periods =
    fields.periods === 'all'
      ? file.periods
      : file.periods.filter((p) => actor.unitIds.includes(p.enrolment.unitId));
  const views: EnrolmentView[] = periods.map(({ enrolment: e, unitName, coachName }) => ({
    id: e.id,
    participantId: e.participantId,
    version: e.version,
    unitId: e.unitId,
    unitName,
    coach: e.coachId ? { id: e.coachId, displayName: coachName ?? '' } : null,
    enrolledAt: e.enrolledAt,
    referralSource: e.referralSource as EnrolmentView['referralSource'],
    educationLevel: e.educationLevel as EnrolmentView['educationLevel'],
    monthsWithoutWork: e.monthsWithoutWork,
    incomeSupport: e.incomeSupport,
    afRegisteredSince: e.afRegisteredSince,
    ageAtEnrolment: ageAt(row.birthDate, e.enrolledAt),
    status: e.exitDate ? 'exited' : 'active',
    exit: presentExit(e),
    coachHistory: file.history
      .filter((h) => h.enrolmentId === e.id)
      .map((h) => ({
        coach: h.coachId ? { id: h.coachId, displayName: h.coachName ?? '' } : null,
        from: h.fromAt.toISOString(),
        to: h.toAt ? h.toAt.toISOString() : null,
        assignedBy: h.assignedById ? { id: h.assignedById, displayName: h.assignedByName ?? '' } : null,
      })),
  }));
  return {
    id: row.id,
    version: row.version,
    personnummer: formatPersonnummer(row.personnummer),
    personnummerKind: row.personnummerKind,
    birthDate: row.birthDate,
    age: ageAt(row.birthDate, today),
    firstName: row.firstName,
    lastName: row.lastName,
    contact: fields.contact
      ? {
          phone: row.phone,
          email: row.email,
          address: row.address,
          preferredLanguage: row.preferredLanguage,
        }
      : NO_CONTACT,
    profile: fields.profile ? profileOf(row, fields.adaptations) : normalizeProfile({}),
    adaptationsVisible: fields.adaptations,
    profileVersion: row.profileVersion,
    enrolments: views,
    currentEnrolmentId: views.find((v) => v.status === 'active')?.id ?? null,
    relationship: relationship === 'former' ? 'former' : 'current',
    protectedIdentity: row.protectedIdentity,
    permissions: {
      write: decide('case', actor.role, relationship, 'write') !== undefined,
      reassign: decide('case', actor.role, relationship, 'reassign') !== undefined,
      correct: decide('case', actor.role, relationship, 'correct') !== undefined,
      correctIdentity: decide('case', actor.role, relationship, 'correct_identity') !== undefined,
    },
  };
}
