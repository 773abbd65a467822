// fast-check generators for enrolment data, shared by the outcome tests.
import fc from 'fast-check';
import type { IsoDate } from './calendar.ts';
import {
  EDUCATION_LEVELS,
  EMPLOYMENT_KINDS,
  type EnrolmentExit,
  type EnrolmentPeriod,
  EXIT_CATEGORIES,
  REFERRAL_SOURCES,
  STUDY_KINDS,
} from './types.ts';

const DAY_MS = 86_400_000;

export function dateArb(min: IsoDate, max: IsoDate): fc.Arbitrary<IsoDate> {
  const lo = Date.parse(`${min}T00:00:00Z`) / DAY_MS;
  const hi = Date.parse(`${max}T00:00:00Z`) / DAY_MS;
  return fc.integer({ min: lo, max: hi }).map((d) => new Date(d * DAY_MS).toISOString().slice(0, 10));
}

export function exitArb(min: IsoDate, max: IsoDate): fc.Arbitrary<EnrolmentExit> {
  return fc.record(
    {
      exitDate: dateArb(min, max),
      category: fc.constantFrom(...EXIT_CATEGORIES),
      employment: fc.record({
        kind: fc.constantFrom(...EMPLOYMENT_KINDS),
        startDate: dateArb(min, max),
        heldOneMonth: fc.constantFrom(true, false, null),
      }),
      studies: fc.record({ kind: fc.constantFrom(...STUDY_KINDS), studentFinanceEligible: fc.boolean() }),
    },
    { requiredKeys: ['exitDate', 'category'] },
  );
}

/** Periods for a handful of people, enrolled 2022–2026, some exited, some ongoing. */
export function periodsArb(): fc.Arbitrary<EnrolmentPeriod[]> {
  const period = fc
    .record({
      personId: fc.integer({ min: 1, max: 20 }).map((n) => `p${n}`),
      enrolledAt: dateArb('2022-01-01', '2026-12-31'),
      birthDate: dateArb('1960-01-01', '2010-12-31'),
      referralSource: fc.constantFrom(...REFERRAL_SOURCES),
      educationLevel: fc.option(fc.constantFrom(...EDUCATION_LEVELS), { nil: null }),
      monthsWithoutWork: fc.option(fc.integer({ min: 0, max: 120 }), { nil: null }),
      exit: fc.option(exitArb('2022-01-01', '2027-12-31'), { nil: null, freq: 4 }),
      daysInUnit: fc.oneof(fc.integer({ min: 0, max: 400 }), fc.integer({ min: 0, max: 1200 })),
    })
    .map(({ daysInUnit, exit, ...p }): EnrolmentPeriod => {
      if (!exit) return { ...p, exit: null };
      // Exit a number of days after enrolment, so that exit ≥ enrolment.
      const exitDate = new Date(Date.parse(`${p.enrolledAt}T00:00:00Z`) + daysInUnit * DAY_MS)
        .toISOString()
        .slice(0, 10);
      return { ...p, exit: { ...exit, exitDate } };
    });
  return fc.array(period, { maxLength: 60, size: 'medium' });
}

/** A reporting period [from, to]: mostly half a year to three years, sometimes a day or a month. */
export function rangeArb(): fc.Arbitrary<{ from: IsoDate; to: IsoDate }> {
  return fc
    .tuple(
      dateArb('2022-06-01', '2026-12-31'),
      fc.oneof(
        { arbitrary: fc.integer({ min: 0, max: 31 }), weight: 1 },
        { arbitrary: fc.integer({ min: 180, max: 1100 }), weight: 4 },
      ),
    )
    .map(([from, days]) => ({
      from,
      to: new Date(Date.parse(`${from}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10),
    }));
}
