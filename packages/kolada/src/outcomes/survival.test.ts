import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { kaplanMeier } from './survival.ts';

describe('kaplanMeier', () => {
  it('matches a hand calculation with censoring', () => {
    // 5 people: jobs on day 10 and 30; censored on day 20 (still enrolled) and 30 (same day as a job); job on day 40.
    const curve = kaplanMeier([
      { days: 10, event: true },
      { days: 20, event: false },
      { days: 30, event: true },
      { days: 30, event: false },
      { days: 40, event: true },
    ]);
    const at = (d: number) => curve.steps.find((s) => s.days === d)!;
    expect(at(10).survival).toBeCloseTo(4 / 5);
    expect(at(20).survival).toBeCloseTo(4 / 5); // a censoring does not lower the curve
    expect(at(30).atRisk).toBe(3);
    expect(at(30).survival).toBeCloseTo((4 / 5) * (2 / 3));
    expect(at(40).atRisk).toBe(1); // the censoring on day 30 counts after that day's job
    expect(at(40).survival).toBe(0);
    expect(curve.medianDays).toBe(40); // 0.533 on day 30 is still above one half
    expect(curve.events).toBe(3);
  });

  it('without censoring equals the share not yet employed', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 900 }), { minLength: 1, maxLength: 80 }), (days) => {
        const curve = kaplanMeier(days.map((d) => ({ days: d, event: true })));
        for (const step of curve.steps) {
          const stillWithout = days.filter((d) => d > step.days).length / days.length;
          expect(step.survival).toBeCloseTo(stillWithout, 10);
        }
      }),
    );
  });

  it('is non-increasing within 0–1, and the risk set shrinks by what left', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ days: fc.integer({ min: 0, max: 900 }), event: fc.boolean() }), {
          maxLength: 80,
        }),
        (obs) => {
          const curve = kaplanMeier(obs);
          let previous = 1;
          let left = 0;
          for (const step of curve.steps) {
            expect(step.survival).toBeLessThanOrEqual(previous + 1e-12);
            expect(step.survival).toBeGreaterThanOrEqual(0);
            expect(step.atRisk).toBe(obs.length - left);
            left += step.events + step.censored;
            previous = step.survival;
          }
          expect(left).toBe(obs.length);
          expect(curve.events).toBe(obs.filter((o) => o.event).length);
        },
      ),
    );
  });

  it('a counted observation is the same as that many single ones', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            days: fc.integer({ min: 0, max: 50 }),
            event: fc.boolean(),
            count: fc.integer({ min: 0, max: 4 }),
          }),
          {
            maxLength: 30,
          },
        ),
        (grouped) => {
          const single = grouped.flatMap((g) =>
            Array.from({ length: g.count }, () => ({ days: g.days, event: g.event })),
          );
          expect(kaplanMeier(grouped)).toEqual(kaplanMeier(single));
        },
      ),
    );
  });

  it('refuses a negative duration', () => {
    expect(() => kaplanMeier([{ days: -1, event: true }])).toThrow(RangeError);
  });
});
