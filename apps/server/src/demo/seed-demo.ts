import { randomBytes } from 'node:crypto';
import type { AppContext } from '../context.ts';
import type { StaffRole } from '../db/schema/index.ts';
import { systemActor } from '../modules/auth/actor.ts';
import { createStaffUser } from '../modules/staff/create-staff-user.ts';
import { staffRepository } from '../modules/staff/staff.repository.ts';
import { unitRepository } from '../modules/unit/unit.repository.ts';
import { demoSeeders } from './demo-seeders.ts';

export const demoUnits = [
  { name: 'Jobbcentrum 25+', minAge: 25, maxAge: null },
  { name: 'Framtidscentrum 16–24', minAge: 16, maxAge: 24 },
] as const;

export const demoAccounts: Array<{
  username: string;
  displayName: string;
  role: StaffRole;
  units: string[];
}> = [
  { username: 'admin', displayName: 'Alva Administratör', role: 'admin', units: [] },
  {
    username: 'chef',
    displayName: 'Maria Lindqvist',
    role: 'manager',
    units: ['Jobbcentrum 25+', 'Framtidscentrum 16–24'],
  },
  { username: 'coach', displayName: 'Johan Berg', role: 'coach', units: ['Jobbcentrum 25+'] },
  { username: 'coach2', displayName: 'Sara Nilsson', role: 'coach', units: ['Framtidscentrum 16–24'] },
  {
    username: 'foretag',
    displayName: 'Ahmed Hassan',
    role: 'liaison',
    units: ['Jobbcentrum 25+', 'Framtidscentrum 16–24'],
  },
];

export interface DemoSeedResult {
  seeded: boolean;
  accounts: Array<{ username: string; role: StaffRole; password: string }>;
}

/**
 * Fills an empty database with a demo municipality: units, one account per role, and what each
 * module's demo seeder adds (participants, employers …). Does nothing if there are staff accounts.
 */
export async function seedDemo(
  ctx: AppContext,
  options: { password?: string; seed?: number } = {},
): Promise<DemoSeedResult> {
  if ((await staffRepository.count(ctx.db)) > 0) return { seeded: false, accounts: [] };
  const actor = systemActor(ctx.config.municipality.code, 'demo');
  for (const u of demoUnits) {
    if (!(await unitRepository.findByName(ctx.db, actor.municipalityCode, u.name))) {
      await unitRepository.insert(ctx.db, { municipalityCode: actor.municipalityCode, ...u });
    }
  }
  const accounts: DemoSeedResult['accounts'] = [];
  for (const account of demoAccounts) {
    const password = options.password ?? randomBytes(9).toString('base64url');
    await createStaffUser(
      ctx,
      actor,
      { ...account, password },
      { requestId: null },
      { skipPasswordRules: true },
    );
    accounts.push({ username: account.username, role: account.role, password });
  }
  for (const seeder of demoSeeders) await seeder(ctx, { seed: options.seed ?? 1488 });
  return { seeded: true, accounts };
}
