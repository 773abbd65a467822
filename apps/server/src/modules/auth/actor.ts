import type { StaffRole } from '../../db/schema/index.ts';

/** Who is acting: a logged-in staff member, or the system itself (CLI, jobs). */
export type Actor =
  | {
      kind: 'staff';
      id: string;
      username: string;
      displayName: string;
      role: StaffRole;
      municipalityCode: string;
      unitIds: string[];
    }
  | { kind: 'system'; id: null; role: 'system'; municipalityCode: string; reason: string };

export type StaffActor = Extract<Actor, { kind: 'staff' }>;

export function systemActor(municipalityCode: string, reason: string): Actor {
  return { kind: 'system', id: null, role: 'system', municipalityCode, reason };
}

/** Request metadata for the audit trail. */
export interface RequestMeta {
  requestId: string | null;
}

/** Who is calling, with the request's metadata: the named arguments every use case starts with. */
export interface Caller {
  actor: StaffActor;
  meta: RequestMeta;
}
