import { createHash } from 'node:crypto';

// Who may use matching and whether they see names is the access layer's policy table
// (src/access/policy.ts, areas matching.candidates and matching.participant). What stays here is
// how a person is shown to those who may not see names.

/** Stable within the municipality, so a liaison and a coach can talk about "Kandidat K-3F9A2C". */
export function pseudonym(municipalityCode: string, participantId: string): string {
  return `Kandidat K-${createHash('sha256').update(`${municipalityCode}:${participantId}`).digest('hex').slice(0, 6).toUpperCase()}`;
}
