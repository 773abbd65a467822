// Test helpers for the case-record modules (imported by *.test.ts only).
import { fictitiousPersonnummer } from '@arbetsbro/identity';
import { defaultIds } from '@arbetsbro/taxonomy';
import { and, eq } from 'drizzle-orm';
import { unit } from '../db/schema/index.ts';
import { createStaff, ensureUnits, type TestContext } from './test-context.ts';

export const JC = 'Jobbcentrum 25+';
export const FC = 'Framtidscentrum 16–24';

/** Units with age ranges and one account per role; coach/coach3 in JC, coach2 in FC. */
export async function setupCaseWorld(t: TestContext) {
  const units = await ensureUnits(t, [JC, FC, 'Annan enhet']);
  await t.db
    .update(unit)
    .set({ minAge: 25, maxAge: null })
    .where(and(eq(unit.municipalityCode, t.config.municipality.code), eq(unit.id, units[JC]!)));
  await t.db
    .update(unit)
    .set({ minAge: 16, maxAge: 24 })
    .where(and(eq(unit.municipalityCode, t.config.municipality.code), eq(unit.id, units[FC]!)));
  const staff = {
    coach: await createStaff(t, 'coach', 'coach', [JC]),
    coach3: await createStaff(t, 'coach3', 'coach', [JC]),
    coach2: await createStaff(t, 'coach2', 'coach', [FC]),
    other: await createStaff(t, 'other', 'coach', ['Annan enhet']),
    chef: await createStaff(t, 'chef', 'manager', [JC, FC]),
    admin: await createStaff(t, 'admin', 'admin', [JC]),
    liaison: await createStaff(t, 'liaison', 'liaison', [JC, FC]),
  };
  return { units: units as Record<string, string>, staff };
}

/** A fictitious personnummer (födelsenummer 000) for a birth date. */
export function pnr(birthDate: string): string {
  return fictitiousPersonnummer(() => 0, { birthDate });
}

export const vocab = {
  occupation: defaultIds.occupation,
  skill: defaultIds.skill,
};

export function intakeBody(overrides: Record<string, unknown> = {}) {
  return {
    personnummer: pnr('1985-04-12'),
    firstName: 'Testa',
    lastName: 'Testsson',
    enrolledAt: '2026-09-01',
    referralSource: 'socialtjansten',
    educationLevel: 'compulsory',
    monthsWithoutWork: 18,
    incomeSupport: true,
    ...overrides,
  };
}
