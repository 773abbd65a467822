import type { CaseCorrectionRow } from '../case/index.ts';
import type { CorrectionView } from './correction.schemas.ts';

/** One correction as the API shows it. */
export function presentCorrection(row: CaseCorrectionRow, correctedByName: string | null): CorrectionView {
  return {
    id: row.id,
    subject: row.subject,
    subjectId: row.subjectId,
    enrolmentId: row.enrolmentId,
    reason: row.reason,
    changes: row.changes,
    correctedBy: row.correctedById ? { id: row.correctedById, displayName: correctedByName ?? '' } : null,
    correctedAt: row.correctedAt.toISOString(),
  };
}
