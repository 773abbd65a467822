// Kolada's exit categories for one enrolment period — every rule in this one function.
//
// "Resultat vid avslut i kommunens arbetsmarknadsverksamhet":
//   A Börjat arbeta        U40450 (antal), U40406 (andel)
//   B Börjat studera       U40451, U40409
//   C Överförts till annan myndighet  U40452, U40412
//   D Slutförda uppdrag    U40453, U40415
//   E Övrigt               U40454, U40418
//
// Pending verification: a job counts as A only once it has lasted one continuous month, which
// the coach verifies at the follow-up a month after the start. Until then the exit is
// 'pending_verification' and is counted as E ("not work yet") — A is never overstated, the exit
// still counts in the denominator, and calculateOutcomeKpis reports how many are pending so a
// screen can say "A: 12 (+3 väntar på uppföljning)". Exits lacking the employment or study
// details are pending the same way: the coach has to complete them.

import { addMonths, type IsoDate } from './calendar.ts';
import type { EnrolmentExit } from './types.ts';

export type KoladaExitCategory = 'A' | 'B' | 'C' | 'D' | 'E';
export const KOLADA_EXIT_CATEGORIES: readonly KoladaExitCategory[] = ['A', 'B', 'C', 'D', 'E'];

export type ExitStatus = 'verified' | 'pending_verification';

export type ExitReason =
  | 'work_held_one_month'
  | 'work_pending_verification'
  | 'work_did_not_hold'
  | 'municipal_labour_market_employment'
  | 'work_details_missing'
  | 'studies_eligible_for_student_finance'
  | 'studies_not_eligible_for_student_finance'
  | 'studies_details_missing'
  | 'transferred_to_other_authority'
  | 'assignment_completed'
  | 'other';

export interface ExitClassification {
  /** The category the exit is counted in now (pending ones: E until verified). */
  category: KoladaExitCategory;
  status: ExitStatus;
  reason: ExitReason;
}

/** What a coach reads next to the exit. */
export const exitReasonMessages: Record<ExitReason, string> = {
  work_held_one_month: 'Börjat arbeta: anställningen har varat minst en sammanhängande månad.',
  work_pending_verification:
    'Väntar på uppföljning: räknas som arbete när anställningen har varat en sammanhängande månad. Till dess redovisas avslutet som Övrigt.',
  work_did_not_hold: 'Anställningen varade inte en sammanhängande månad och redovisas som Övrigt.',
  municipal_labour_market_employment:
    'En kommunal arbetsmarknadsanställning räknas inte som arbete och redovisas som Övrigt.',
  work_details_missing: 'Uppgifter om anställningen saknas. Komplettera avslutet.',
  studies_eligible_for_student_finance: 'Börjat studera (utbildning som ger rätt till studiemedel).',
  studies_not_eligible_for_student_finance:
    'Utbildningen ger inte rätt till studiemedel och redovisas som Övrigt.',
  studies_details_missing: 'Uppgifter om utbildningen saknas. Komplettera avslutet.',
  transferred_to_other_authority: 'Överförd till annan myndighet.',
  assignment_completed: 'Slutfört uppdrag.',
  other: 'Övrigt.',
};

const verified = (category: KoladaExitCategory, reason: ExitReason): ExitClassification => ({
  category,
  status: 'verified',
  reason,
});
const pending = (reason: ExitReason): ExitClassification => ({
  category: 'E',
  status: 'pending_verification',
  reason,
});

export function classifyExit(exit: EnrolmentExit): ExitClassification {
  switch (exit.category) {
    case 'work': {
      const job = exit.employment;
      if (!job) return pending('work_details_missing');
      // U40450: "Som arbete räknas inte kommunala arbetsmarknadsanställningar" — whether or not it held.
      if (job.kind === 'municipal_labour_market') return verified('E', 'municipal_labour_market_employment');
      // U40450: unsubsidised and subsidised jobs on the regular labour market count, "ska denna ha
      // pågått minst en sammanhängande månad".
      if (job.heldOneMonth === true) return verified('A', 'work_held_one_month');
      if (job.heldOneMonth === false) return verified('E', 'work_did_not_hold');
      return pending('work_pending_verification');
    }
    case 'studies': {
      const studies = exit.studies;
      if (!studies) return pending('studies_details_missing');
      // U40451: Komvux, folkhögskola, högskola or other — "måste studierna vara studiemedelsberättigad".
      return studies.studentFinanceEligible
        ? verified('B', 'studies_eligible_for_student_finance')
        : verified('E', 'studies_not_eligible_for_student_finance');
    }
    // U40452: responsibility/support moved to another authority for other reasons than a completed assignment.
    case 'other_authority':
      return verified('C', 'transferred_to_other_authority');
    // U40453: an assignment from a referring body (e.g. arbetsförmågebedömning) completed and reported back.
    case 'completed':
      return verified('D', 'assignment_completed');
    // U40454: anything else — ended early, moved away, died …
    case 'other':
      return verified('E', 'other');
  }
}

/**
 * The day the follow-up can confirm that a job has held "minst en sammanhängande månad" (U40450):
 * one calendar month after it started. Null when the exit needs no such check (not a regular job,
 * or already verified either way).
 */
export function verificationDueDate(exit: EnrolmentExit): IsoDate | null {
  const result = classifyExit(exit);
  if (result.reason !== 'work_pending_verification' || !exit.employment) return null;
  return addMonths(exit.employment.startDate, 1);
}
