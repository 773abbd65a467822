import { createHash } from 'node:crypto';
import type { StaffActor } from '../auth/actor.ts';

// Who may use matching, and what they see of the people in the results.
//
// - coach, manager: candidates from their own units, by name (they already read those records).
// - liaison (företagskontakt): candidates from their units, pseudonymised — no name, no contact,
//   no adaptations — until the participant consents to share with a named employer (later issue).
// - admin: no access (administers accounts, not cases).
// Needs-for-a-participant and alternative occupations read one person's profile: coach and manager only.

export function mayFindCandidates(actor: StaffActor): boolean {
  return actor.role === 'coach' || actor.role === 'manager' || actor.role === 'liaison';
}

export function mayMatchParticipant(actor: StaffActor): boolean {
  return actor.role === 'coach' || actor.role === 'manager';
}

export function seesNames(actor: StaffActor): boolean {
  return actor.role === 'coach' || actor.role === 'manager';
}

/** Stable within the municipality, so a liaison and a coach can talk about "Kandidat K-3F9A2C". */
export function pseudonym(municipalityCode: string, participantId: string): string {
  return `Kandidat K-${createHash('sha256').update(`${municipalityCode}:${participantId}`).digest('hex').slice(0, 6).toUpperCase()}`;
}
