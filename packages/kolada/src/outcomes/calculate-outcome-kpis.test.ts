import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  calculateOutcomeKpis,
  calculateOutcomeKpisFromGroups,
  groupOutcomes,
  type OutcomeKpiId,
  type OutcomeKpiReport,
} from './calculate-outcome-kpis.ts';
import { classifyExit, KOLADA_EXIT_CATEGORIES } from './classify-exit.ts';
import { periodsArb, rangeArb } from './test-arbitraries.ts';
import type { EnrolmentExit, EnrolmentPeriod } from './types.ts';

const year2026 = { from: '2026-01-01', to: '2026-12-31' };

function period(overrides: Partial<EnrolmentPeriod> & { personId: string }): EnrolmentPeriod {
  return {
    enrolledAt: '2026-02-01',
    birthDate: '1990-05-05',
    referralSource: 'arbetsformedlingen',
    educationLevel: 'upper_secondary',
    monthsWithoutWork: 12,
    exit: null,
    ...overrides,
  };
}

const exitAs = (
  exitDate: string,
  category: EnrolmentExit['category'],
  extra: Partial<EnrolmentExit> = {},
): EnrolmentExit => ({
  exitDate,
  category,
  ...extra,
});

const v = (report: OutcomeKpiReport, kpi: OutcomeKpiId) => report.kpis[kpi].value;

const SHARE_GROUPS: Array<{ ids: OutcomeKpiId[]; of: (r: OutcomeKpiReport) => number }> = [
  { ids: ['U40406', 'U40409', 'U40412', 'U40415', 'U40418'], of: (r) => r.exits.total },
  { ids: ['U40806', 'U40807', 'U40808', 'U40809', 'U40810', 'U40824'], of: (r) => r.referrals },
  { ids: ['U40811', 'U40812'], of: (r) => r.participants.total },
  { ids: ['U40817', 'U40818', 'U40819', 'U40835'], of: (r) => r.participants.total },
  { ids: ['U40820', 'U40821', 'U40822', 'U40823'], of: (r) => r.exits.total },
];

describe('calculateOutcomeKpis — examples', () => {
  it('counts exits in the period by Kolada category, with shares and A+B', () => {
    const periods = [
      period({
        personId: 'a',
        exit: exitAs('2026-03-01', 'work', {
          employment: { kind: 'unsubsidised', startDate: '2026-03-02', heldOneMonth: true },
        }),
      }),
      period({
        personId: 'b',
        exit: exitAs('2026-04-01', 'work', {
          employment: { kind: 'subsidised', startDate: '2026-04-02', heldOneMonth: null },
        }),
      }),
      period({
        personId: 'c',
        exit: exitAs('2026-05-01', 'work', {
          employment: { kind: 'municipal_labour_market', startDate: '2026-05-02', heldOneMonth: true },
        }),
      }),
      period({
        personId: 'd',
        exit: exitAs('2026-06-01', 'studies', { studies: { kind: 'komvux', studentFinanceEligible: true } }),
      }),
      period({ personId: 'e', exit: exitAs('2026-07-01', 'other_authority') }),
      period({ personId: 'f', exit: exitAs('2026-08-01', 'completed') }),
      period({
        personId: 'g',
        exit: exitAs('2025-12-31', 'work', {
          employment: { kind: 'unsubsidised', startDate: '2026-01-02', heldOneMonth: true },
        }),
        enrolledAt: '2025-06-01',
      }),
      period({ personId: 'h' }),
    ];
    const r = calculateOutcomeKpis(periods, year2026);
    expect(r.exits).toEqual({
      total: 6,
      byCategory: { A: 1, B: 1, C: 1, D: 1, E: 2 },
      // How each was counted: the E's are a job waiting for its check and a municipal employment.
      byReason: {
        work_held_one_month: 1,
        work_pending_verification: 1,
        municipal_labour_market_employment: 1,
        studies_eligible_for_student_finance: 1,
        transferred_to_other_authority: 1,
        assignment_completed: 1,
      },
      pendingVerification: 1,
    });
    expect([v(r, 'U40450'), v(r, 'U40451'), v(r, 'U40452'), v(r, 'U40453'), v(r, 'U40454')]).toEqual([
      1, 1, 1, 1, 2,
    ]);
    expect([v(r, 'U40406'), v(r, 'U40409'), v(r, 'U40412'), v(r, 'U40415'), v(r, 'U40418')]).toEqual([
      16.7, 16.7, 16.7, 16.7, 33.3,
    ]);
    expect(r.kpis.U40455).toEqual({
      kpi: 'U40455',
      unit: 'percent',
      value: 33.3,
      numerator: 2,
      denominator: 6,
    });
    // Once the subsidised job is verified, it moves from E to A.
    const verified = periods.map((p) =>
      p.personId === 'b' && p.exit?.employment
        ? { ...p, exit: { ...p.exit, employment: { ...p.exit.employment, heldOneMonth: true } } }
        : p,
    );
    const r2 = calculateOutcomeKpis(verified, year2026);
    expect(r2.exits.byCategory).toMatchObject({ A: 2, E: 1 });
    expect(r2.exits.pendingVerification).toBe(0);
  });

  it('gives null shares (not 0 or NaN) when nothing happened', () => {
    const r = calculateOutcomeKpis([], year2026);
    expect(v(r, 'U40450')).toBe(0);
    expect(v(r, 'U40406')).toBeNull();
    expect(v(r, 'U40455')).toBeNull();
    expect(v(r, 'U40800')).toBe(0);
    expect(v(r, 'U40811')).toBeNull();
  });

  it('counts each participant once (U40800, U40803) but every referral (U40806…)', () => {
    const r = calculateOutcomeKpis(
      [
        period({
          personId: 'a',
          enrolledAt: '2026-01-10',
          referralSource: 'self',
          exit: exitAs('2026-02-01', 'other'),
        }),
        period({
          personId: 'a',
          enrolledAt: '2026-05-10',
          referralSource: 'arbetsformedlingen_with_socialtjansten',
        }),
        period({ personId: 'b', enrolledAt: '2025-05-10', referralSource: 'socialtjansten' }),
        period({ personId: 'c', enrolledAt: '2024-05-10', exit: exitAs('2025-12-31', 'other') }),
      ],
      year2026,
    );
    expect(v(r, 'U40800')).toBe(2); // a and b; c left before the year
    expect(v(r, 'U40803')).toBe(1); // only a was referred during the year
    expect(r.referrals).toBe(2);
    expect(v(r, 'U40808')).toBe(50);
    expect(v(r, 'U40824')).toBe(50);
    expect(v(r, 'U40806')).toBe(0);
    expect(v(r, 'U40809')).toBe(0); // b's referral was in 2025
  });

  it('splits age at 24/25 on the day the person is first a participant in the period', () => {
    const r = calculateOutcomeKpis(
      [
        // Turns 25 on 2026-06-01, enrolled before: 24 on 1 January → ≤ 24.
        period({ personId: 'a', birthDate: '2001-06-01', enrolledAt: '2025-09-01' }),
        // Same birthday, enrolled on the 25th birthday → ≥ 25.
        period({ personId: 'b', birthDate: '2001-06-01', enrolledAt: '2026-06-01' }),
        // Enrolled the day before → ≤ 24.
        period({ personId: 'c', birthDate: '2001-06-01', enrolledAt: '2026-05-31' }),
        period({ personId: 'd', birthDate: '1970-01-01' }),
      ],
      year2026,
    );
    expect(r.kpis.U40811).toMatchObject({ numerator: 2, denominator: 4, value: 50 });
    expect(r.kpis.U40812).toMatchObject({ numerator: 2, denominator: 4, value: 50 });
  });

  it('buckets months without work: < 6, 6–24 (both ends in), > 24, unknown', () => {
    const months = [0, 5, 6, 24, 25, null];
    const r = calculateOutcomeKpis(
      months.map((m, i) => period({ personId: `p${i}`, monthsWithoutWork: m })),
      year2026,
    );
    expect(['U40817', 'U40818', 'U40819', 'U40835'].map((k) => r.kpis[k as OutcomeKpiId].numerator)).toEqual([
      2, 2, 1, 1,
    ]);
  });

  it('buckets time in the unit by calendar months: < 3, 3 to < 6, 6–24, > 24', () => {
    const cases: Array<[string, string]> = [
      ['2026-01-31', '2026-04-29'], // < 3 months
      ['2026-01-31', '2026-04-30'], // 31 Jan + 3 months = 30 Apr → 3–6
      ['2026-01-15', '2026-07-14'], // 3–6
      ['2026-01-15', '2026-07-15'], // exactly 6 → 6–24
      ['2024-06-10', '2026-06-10'], // exactly 24 → 6–24
      ['2024-06-10', '2026-06-11'], // > 24
    ];
    const r = calculateOutcomeKpis(
      cases.map(([enrolledAt, exitDate], i) =>
        period({ personId: `p${i}`, enrolledAt, exit: exitAs(exitDate, 'other') }),
      ),
      year2026,
    );
    expect(['U40820', 'U40821', 'U40822', 'U40823'].map((k) => r.kpis[k as OutcomeKpiId].numerator)).toEqual([
      1, 2, 2, 1,
    ]);
  });

  it('describes education by the five KAS answers and keeps unknowns in the denominator', () => {
    const levels = [
      'post_secondary',
      'upper_secondary',
      'compulsory',
      'incomplete_compulsory',
      'foreign_not_validated',
      null,
    ] as const;
    const r = calculateOutcomeKpis(
      levels.map((educationLevel, i) => period({ personId: `p${i}`, educationLevel })),
      year2026,
    );
    for (const kpi of ['U40813', 'U40814', 'U40815', 'U40816', 'U40827'] as const) {
      expect(r.kpis[kpi]).toMatchObject({ numerator: 1, denominator: 6, value: 16.7 });
    }
    expect(r.participants.educationUnknown).toBe(1);
  });

  it('describes a person with two periods by the later one', () => {
    const r = calculateOutcomeKpis(
      [
        period({
          personId: 'a',
          enrolledAt: '2025-03-01',
          educationLevel: 'compulsory',
          exit: exitAs('2026-02-01', 'other'),
        }),
        period({ personId: 'a', enrolledAt: '2026-09-01', educationLevel: 'upper_secondary' }),
      ],
      year2026,
    );
    expect(r.kpis.U40814.numerator).toBe(1);
    expect(r.kpis.U40815.numerator).toBe(0);
  });

  it('refuses impossible input', () => {
    expect(() => calculateOutcomeKpis([], { from: '2026-12-31', to: '2026-01-01' })).toThrow(RangeError);
    expect(() =>
      calculateOutcomeKpis([period({ personId: 'a', exit: exitAs('2026-01-01', 'other') })], year2026),
    ).toThrow(/exit before enrolment/);
    expect(() =>
      calculateOutcomeKpis([period({ personId: 'a', enrolledAt: '2026-02-30' })], year2026),
    ).toThrow(RangeError);
  });
});

describe('calculateOutcomeKpis — properties', () => {
  const range = rangeArb();

  it('A–E counts add up to the number of exits in the period', () => {
    fc.assert(
      fc.property(periodsArb(), range, (periods, { from, to }) => {
        const r = calculateOutcomeKpis(periods, { from, to });
        const inPeriod = periods.filter((p) => p.exit && p.exit.exitDate >= from && p.exit.exitDate <= to);
        const counts = (['U40450', 'U40451', 'U40452', 'U40453', 'U40454'] as const).map(
          (k) => v(r, k) ?? -1,
        );
        expect(counts.reduce((a, b) => a + b, 0)).toBe(inPeriod.length);
        expect(r.exits.total).toBe(inPeriod.length);
      }),
    );
  });

  it('shares are within 0–100, match their counts, and each group sums to 100 (within rounding)', () => {
    fc.assert(
      fc.property(periodsArb(), range, (periods, { from, to }) => {
        const r = calculateOutcomeKpis(periods, { from, to });
        for (const { ids, of } of SHARE_GROUPS) {
          const denominator = of(r);
          let sum = 0;
          for (const id of ids) {
            const kpi = r.kpis[id];
            expect(kpi.denominator).toBe(denominator);
            if (denominator === 0) {
              expect(kpi.value).toBeNull();
              continue;
            }
            expect(kpi.value).toBeGreaterThanOrEqual(0);
            expect(kpi.value).toBeLessThanOrEqual(100);
            expect(Math.abs((kpi.value ?? 0) - (100 * kpi.numerator) / denominator)).toBeLessThanOrEqual(
              0.05 + 1e-9,
            );
            sum += kpi.numerator;
          }
          if (denominator > 0) expect(sum).toBe(denominator);
        }
        // Exit shares are of the exit counts.
        for (const category of KOLADA_EXIT_CATEGORIES) {
          expect(
            r.kpis[({ A: 'U40406', B: 'U40409', C: 'U40412', D: 'U40415', E: 'U40418' } as const)[category]]
              .numerator,
          ).toBe(r.exits.byCategory[category]);
        }
        // Education: the five buckets plus unknowns are all participants.
        const education = (['U40813', 'U40814', 'U40815', 'U40816', 'U40827'] as const).reduce(
          (s, k) => s + r.kpis[k].numerator,
          0,
        );
        expect(education + r.participants.educationUnknown).toBe(r.participants.total);
        expect(v(r, 'U40803')).toBeLessThanOrEqual(v(r, 'U40800') ?? 0);
      }),
    );
  });

  it('U40455 equals A% + B% within rounding', () => {
    fc.assert(
      fc.property(periodsArb(), range, (periods, { from, to }) => {
        const r = calculateOutcomeKpis(periods, { from, to });
        if (r.exits.total === 0) {
          expect(v(r, 'U40455')).toBeNull();
          return;
        }
        expect(
          Math.abs((v(r, 'U40455') ?? 0) - ((v(r, 'U40406') ?? 0) + (v(r, 'U40409') ?? 0))),
        ).toBeLessThanOrEqual(0.1 + 1e-9);
      }),
    );
  });

  it('a kommunal arbetsmarknadsanställning exit is never counted as work', () => {
    fc.assert(
      fc.property(
        periodsArb(),
        range,
        fc.constantFrom(true, false, null),
        (periods, { from, to }, heldOneMonth) => {
          const before = calculateOutcomeKpis(periods, { from, to });
          const municipal = period({
            personId: 'municipal',
            enrolledAt: from,
            exit: exitAs(to, 'work', {
              employment: { kind: 'municipal_labour_market', startDate: to, heldOneMonth },
            }),
          });
          const after = calculateOutcomeKpis([...periods, municipal], { from, to });
          expect(v(after, 'U40450')).toBe(v(before, 'U40450'));
          expect(v(after, 'U40454')).toBe((v(before, 'U40454') ?? 0) + 1);
          expect(after.exits.total).toBe(before.exits.total + 1);
        },
      ),
    );
  });

  it('moving an exit outside the period removes it from the exit KPIs', () => {
    fc.assert(
      fc.property(periodsArb(), range, fc.nat(), (periods, { from, to }, pick) => {
        const inPeriod = periods.flatMap((p, i) =>
          p.exit && p.exit.exitDate >= from && p.exit.exitDate <= to ? [i] : [],
        );
        fc.pre(inPeriod.length > 0);
        const index = inPeriod[pick % inPeriod.length]!;
        const moved = periods[index]!;
        const exit = moved.exit!;
        const category = classifyExit(exit).category;
        // After the period (the participant is still a participant during it).
        const later = periods.map((p, i) =>
          i === index ? { ...p, exit: { ...exit, exitDate: '2099-01-01' } } : p,
        );
        const before = calculateOutcomeKpis(periods, { from, to });
        const after = calculateOutcomeKpis(later, { from, to });
        expect(after.exits.total).toBe(before.exits.total - 1);
        expect(after.exits.byCategory[category]).toBe(before.exits.byCategory[category] - 1);
        expect(v(after, 'U40800')).toBe(v(before, 'U40800'));
      }),
    );
  });
});

describe('calculateOutcomeKpisFromGroups — counts from a GROUP BY', () => {
  it('merging equal groups (summing their counts) gives the same report as the periods', () => {
    fc.assert(
      fc.property(periodsArb(), rangeArb(), (periods, range) => {
        const groups = groupOutcomes(periods, range);
        // What a database's GROUP BY would return: one row per distinct key with its count.
        const merge = <T extends { count: number }>(items: T[]) => {
          const byKey = new Map<string, T>();
          for (const item of items) {
            const { count, ...key } = item;
            const k = JSON.stringify(key);
            const seen = byKey.get(k);
            byKey.set(k, seen ? { ...seen, count: seen.count + count } : { ...item });
          }
          return [...byKey.values()];
        };
        const merged = {
          exits: merge(groups.exits.map((g) => ({ ...g, exit: { ...g.exit, exitDate: range.to } }))),
          referrals: merge(groups.referrals),
          referredPersons: groups.referredPersons,
          participants: merge(groups.participants),
        };
        expect(calculateOutcomeKpisFromGroups(merged, range)).toEqual(calculateOutcomeKpis(periods, range));
      }),
    );
  });

  it('refuses a negative or fractional count', () => {
    const empty = { exits: [], referrals: [], referredPersons: 0, participants: [] };
    expect(() => calculateOutcomeKpisFromGroups({ ...empty, referredPersons: -1 }, year2026)).toThrow(
      RangeError,
    );
    expect(() =>
      calculateOutcomeKpisFromGroups(
        {
          ...empty,
          participants: [{ young: true, educationLevel: null, monthsWithoutWork: null, count: 1.5 }],
        },
        year2026,
      ),
    ).toThrow(RangeError);
  });
});
