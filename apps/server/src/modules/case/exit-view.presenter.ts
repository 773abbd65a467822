import {
  classifyExit,
  type EmploymentKind,
  type EnrolmentExit,
  type ExitCategory,
  exitReasonMessages,
  type StudyKind,
  verificationDueDate,
} from '@arbetsbro/kolada';
import type { ExitView } from './case.schemas.ts';
import type { EnrolmentRow } from './enrolment.repository.ts';

/** The stored exit as the Kolada package's EnrolmentExit (null while the period is open). */
export function toEnrolmentExit(row: EnrolmentRow): EnrolmentExit | null {
  if (!row.exitDate || !row.exitCategory) return null;
  return {
    exitDate: row.exitDate,
    category: row.exitCategory as ExitCategory,
    ...(row.exitEmploymentKind && row.exitEmploymentStart
      ? {
          employment: {
            kind: row.exitEmploymentKind as EmploymentKind,
            startDate: row.exitEmploymentStart,
            heldOneMonth: row.exitHeldOneMonth,
          },
        }
      : {}),
    ...(row.exitStudiesKind
      ? {
          studies: {
            kind: row.exitStudiesKind as StudyKind,
            studentFinanceEligible: row.exitStudentFinanceEligible ?? false,
          },
        }
      : {}),
  };
}

/** True for a regular job exit whose one-month verification is still outstanding. */
export function needsVerification(row: EnrolmentRow): boolean {
  const exit = toEnrolmentExit(row);
  return exit !== null && classifyExit(exit).reason === 'work_pending_verification';
}

export function presentExit(row: EnrolmentRow): ExitView | null {
  const exit = toEnrolmentExit(row);
  if (!exit) return null;
  const c = classifyExit(exit);
  return {
    date: exit.exitDate,
    category: exit.category,
    employment: exit.employment
      ? {
          kind: exit.employment.kind,
          startDate: exit.employment.startDate,
          employerId: row.exitEmployerId,
          employerName: row.exitEmployerName,
          occupationId: row.exitOccupationId,
          subsidy: row.exitSubsidy,
          heldOneMonth: exit.employment.heldOneMonth,
          verificationDueDate: exit.employment.heldOneMonth === null ? verificationDueDate(exit) : null,
        }
      : null,
    studies: exit.studies
      ? {
          kind: exit.studies.kind,
          studentFinanceEligible: exit.studies.studentFinanceEligible,
          provider: row.exitStudiesProvider,
        }
      : null,
    note: row.exitNote,
    koladaCategory: c.category,
    status: c.status,
    reason: c.reason,
    reasonText: exitReasonMessages[c.reason],
  };
}
