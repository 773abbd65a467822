import { ageAt, formatPersonnummer } from '@arbetsbro/identity';
import type { Db } from '../../db/client.ts';
import type { StaffActor } from '../auth/actor.ts';
import { enrolmentRepository } from '../enrolment/enrolment.repository.ts';
import { presentExit } from '../exit/exit.presenter.ts';
import { roleMay, seesAdaptations } from './participant.policy.ts';
import type { ParticipantRow } from './participant.repository.ts';
import type { EnrolmentView, ParticipantDetail, Profile } from './participant.schemas.ts';

/** YYYYMMDD-****: enough to tell two people apart in a list, never the full number. */
export function maskPersonnummer(normalized: string): string {
  return `${normalized.slice(0, 8)}-****`;
}

export function profileOf(row: ParticipantRow, withAdaptations: boolean): Profile {
  return {
    ...(row.profile as Omit<Profile, 'adaptations' | 'adaptationsNote'>),
    interestsNote: row.profile.interestsNote ?? null,
    adaptations: withAdaptations ? (row.adaptations as Profile['adaptations']) : [],
    adaptationsNote: withAdaptations ? row.adaptationsNote : null,
  };
}

/** The detail view: the person, the profile (adaptations only for the unit's coaches) and every period. */
export async function presentParticipantDetail(
  db: Db,
  actor: StaffActor,
  row: ParticipantRow,
  today: string,
): Promise<ParticipantDetail> {
  const enrolments = await enrolmentRepository.listForParticipant(db, row.municipalityCode, row.id);
  const history = await enrolmentRepository.historyFor(
    db,
    row.municipalityCode,
    enrolments.map((e) => e.enrolment.id),
  );
  const unitIds = enrolments.map((e) => e.enrolment.unitId);
  const withAdaptations = seesAdaptations(actor, unitIds);
  const views: EnrolmentView[] = enrolments.map(({ enrolment: e, unitName, coachName }) => ({
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
    coachHistory: history
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
    contact: {
      phone: row.phone,
      email: row.email,
      address: row.address,
      preferredLanguage: row.preferredLanguage,
    },
    profile: profileOf(row, withAdaptations),
    adaptationsVisible: withAdaptations,
    profileVersion: row.profileVersion,
    enrolments: views,
    currentEnrolmentId: views.find((v) => v.status === 'active')?.id ?? null,
    permissions: { write: roleMay(actor, 'write'), reassign: roleMay(actor, 'reassign') },
  };
}
