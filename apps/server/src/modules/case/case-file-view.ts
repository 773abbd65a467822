import { decide, type Relationship } from '../../access/index.ts';
import type { AppContext } from '../../context.ts';
import { problems } from '../../http/problem.ts';
import type { StaffActor } from '../auth/index.ts';
import type { ParticipantDetail } from './case.schemas.ts';
import { presentCaseFile } from './case-file.presenter.ts';
import { today } from './case-rules.ts';
import { loadCaseFile } from './load-case-file.ts';

/**
 * The case file as a write answers it: the actor has just been granted a write on this
 * relationship, so the view carries the fields the same relationship may read (the write's own
 * audit record covers it).
 */
export async function caseFileAfterWrite(
  ctx: AppContext,
  input: { actor: StaffActor; participantId: string; relationship: Relationship },
): Promise<ParticipantDetail> {
  const grant = decide('case', input.actor.role, input.relationship, 'read');
  const file = await loadCaseFile(ctx.db, input.actor.municipalityCode, input.participantId);
  if (!file || !grant?.caseFields) throw problems.notFound();
  return presentCaseFile({
    file,
    actor: input.actor,
    relationship: input.relationship,
    fields: grant.caseFields,
    today: today(ctx),
  });
}
