import { problems } from '../http/problem.ts';
import type { Actor } from '../modules/auth/actor.ts';

/**
 * Reference data (vocabulary, municipalities, KPI definitions) is public information: every
 * logged-in staff member may read it, whatever their role or unit.
 */
export function assertMayReadReference(actor: Actor | null): void {
  if (!actor) throw problems.unauthenticated();
}
