import { fictitiousPersonnummer } from '@arbetsbro/identity';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { KnownState } from './case-import.repository.ts';
import { type ValidCaseLine, validateCaseLine } from './case-line.ts';
import { caseImportRows, planCaseImport } from './plan-case-import.ts';

const TODAY = '2026-10-15';
const emptyState = (): KnownState => ({
  unitByName: new Map(),
  staffByUsername: new Map([
    ['coach', { id: 'c1', role: 'coach' }],
    ['chef', { id: 'm1', role: 'manager' }],
  ]),
  personByNumber: new Map(),
  periodsByPerson: new Map(),
});

function line(n: number, birthDate: string, extra: Record<string, unknown> = {}): ValidCaseLine {
  const result = validateCaseLine(
    {
      personnummer: fictitiousPersonnummer(() => 0, { birthDate }),
      firstName: 'Testa',
      lastName: 'Testsson',
      unit: 'Jobbcentrum 25+',
      enrolledAt: '2025-03-01',
      referralSource: 'self',
      educationLevel: null,
      monthsWithoutWork: null,
      incomeSupport: false,
      ...extra,
    },
    n,
    TODAY,
  );
  if (!result.ok) throw new Error(result.reason);
  return result.value;
}

const birthDates = fc
  .uniqueArray(fc.integer({ min: 0, max: 9000 }), { minLength: 1, maxLength: 30 })
  .map((days) => days.map((d) => new Date(Date.UTC(1960, 0, 1) + d * 86_400_000).toISOString().slice(0, 10)));

describe('planCaseImport', () => {
  it('new people, one period each: nothing refused, one person and one row per line, the unit created once', () => {
    fc.assert(
      fc.property(birthDates, (dates) => {
        const lines = dates.map((d, i) => line(i + 2, d));
        const plan = planCaseImport(lines, emptyState());
        const rows = caseImportRows(plan.accepted, emptyState(), [
          {
            municipalityCode: '1488',
            id: 'u1',
            name: 'Jobbcentrum 25+',
            minAge: null,
            maxAge: null,
            version: 1,
            createdAt: new Date(),
          },
        ]);
        return (
          plan.rejected.length === 0 &&
          plan.newPersonNumbers.size === dates.length &&
          plan.unitsToCreate.length === 1 &&
          rows.persons.length === dates.length &&
          rows.enrolments.every((e) => e.unit_id === 'u1')
        );
      }),
    );
  });

  it('a period the database already has open refuses the line; an unknown or non-coach username too', () => {
    const known = emptyState();
    const open = line(2, '1970-01-01');
    known.personByNumber.set(open.pnr.normalized, 'p1');
    known.periodsByPerson.set('p1', [{ enrolledAt: '2024-01-01', exitDate: null }]);
    const plan = planCaseImport(
      [
        open,
        line(3, '1971-01-01', { coach: 'nobody' }),
        line(4, '1972-01-01', { coach: 'chef' }),
        line(5, '1973-01-01', { coach: 'coach' }),
      ],
      known,
    );
    expect(plan.rejected.map((r) => r.line).sort()).toEqual([2, 3, 4]);
  });
});
