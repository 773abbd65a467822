import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calculateOutcomeKpisByGender, GENDER_DIVIDED_KPIS, legalGenderOf } from './gender-split.ts';
import { periodsArb, rangeArb } from './test-arbitraries.ts';
import type { EnrolmentPeriod } from './types.ts';

const base: Omit<EnrolmentPeriod, 'personId' | 'gender'> = {
  enrolledAt: '2025-03-01',
  birthDate: '1990-01-01',
  referralSource: 'socialtjansten',
  educationLevel: 'compulsory',
  monthsWithoutWork: 12,
};
const year = { from: '2026-01-01', to: '2026-12-31' };
const work = (exitDate: string) => ({
  exitDate,
  category: 'work' as const,
  employment: { kind: 'unsubsidised' as const, startDate: exitDate, heldOneMonth: true },
});

describe('legalGenderOf', () => {
  it('reads the second-to-last digit: odd men, even women, also for samordningsnummer and 10 digits', () => {
    expect(legalGenderOf('199001011239')).toBe('M'); // …123-9: 3 is odd
    expect(legalGenderOf('199001011249')).toBe('K');
    expect(legalGenderOf('9001611249')).toBe('K'); // samordningsnummer, day + 60
    expect(legalGenderOf('19900101-1239')).toBe('M');
    expect(legalGenderOf('')).toBeNull();
    expect(legalGenderOf('199001010008')).toBeNull(); // födelsenummer 000: fictitious, no gender
    expect(legalGenderOf('1990')).toBeNull();
  });
});

describe('calculateOutcomeKpisByGender', () => {
  it('splits each gender-divided KPI over that gender only (a hand count)', () => {
    const periods: EnrolmentPeriod[] = [
      { ...base, personId: 'k1', gender: 'K', exit: work('2026-02-10') },
      { ...base, personId: 'k2', gender: 'K', exit: { exitDate: '2026-04-01', category: 'other' } },
      { ...base, personId: 'k3', gender: 'K', exit: null },
      { ...base, personId: 'm1', gender: 'M', exit: work('2026-05-01') },
      { ...base, personId: 'u1', gender: null, exit: { exitDate: '2026-06-01', category: 'completed' } },
    ];
    const r = calculateOutcomeKpisByGender(periods, year);
    expect(r.kpis.U40450.value).toBe(2);
    expect(r.kpis.U40455.value).toBe(50); // 2 of 4 exits
    expect(r.byGender.K.U40450?.value).toBe(1);
    expect(r.byGender.K.U40455?.value).toBe(50); // 1 of the women's 2 exits
    expect(r.byGender.M.U40455?.value).toBe(100);
    expect(r.byGender.K.U40800?.value).toBe(3);
    expect(r.byGender.M.U40800?.value).toBe(1);
    expect(r.kpis.U40800.value).toBe(5); // the person of unknown gender is in the total only
    expect(r.byGender.K.U40811).toBeUndefined(); // not divided by gender in Kolada
  });

  it('K + M add up to the total for every count when everyone has a gender', () => {
    fc.assert(
      fc.property(periodsArb(), rangeArb(), (periods, range) => {
        // Gender is the person's: derived from the id, so all of one person's periods agree.
        const withGender = periods.map((p) => ({
          ...p,
          gender: Number(p.personId.slice(1)) % 2 === 0 ? ('K' as const) : ('M' as const),
        }));
        const r = calculateOutcomeKpisByGender(withGender, range);
        for (const id of GENDER_DIVIDED_KPIS) {
          const t = r.kpis[id];
          const k = r.byGender.K[id]!;
          const m = r.byGender.M[id]!;
          expect(k.numerator + m.numerator).toBe(t.numerator);
          if (t.unit === 'percent') expect((k.denominator ?? 0) + (m.denominator ?? 0)).toBe(t.denominator);
        }
      }),
    );
  });
});
