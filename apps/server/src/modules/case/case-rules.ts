import { todayInSweden } from '@arbetsbro/identity';
import type { AppContext } from '../../context.ts';
import { problems } from '../../http/problem.ts';
import type { EnrolmentRow } from './enrolment.repository.ts';

/** Today in Sweden as YYYY-MM-DD: dates in case records are Swedish calendar days. */
export function today(ctx: Pick<AppContext, 'clock'>): string {
  return todayInSweden(ctx.clock());
}

/** 409 when the edit adds to a period that has ended: no new activity on an exited enrolment. */
export function requireOpen(row: Pick<EnrolmentRow, 'exitDate'>) {
  if (row.exitDate !== null)
    throw problems.conflict('Inskrivningen är avslutad. Gör en ny inskrivning för en ny period.');
}
