import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyExit, verificationDueDate } from './classify-exit.ts';
import { exitArb } from './test-arbitraries.ts';
import type { EnrolmentExit } from './types.ts';

const exitDate = '2026-03-31';
const work = (
  kind: 'unsubsidised' | 'subsidised' | 'municipal_labour_market',
  heldOneMonth: boolean | null,
) =>
  ({
    exitDate,
    category: 'work',
    employment: { kind, startDate: '2026-04-01', heldOneMonth },
  }) satisfies EnrolmentExit;

describe('classifyExit', () => {
  it('counts a regular job as A only once it has held one continuous month (U40450)', () => {
    for (const kind of ['unsubsidised', 'subsidised'] as const) {
      expect(classifyExit(work(kind, true))).toEqual({
        category: 'A',
        status: 'verified',
        reason: 'work_held_one_month',
      });
      expect(classifyExit(work(kind, null))).toEqual({
        category: 'E',
        status: 'pending_verification',
        reason: 'work_pending_verification',
      });
      expect(classifyExit(work(kind, false))).toEqual({
        category: 'E',
        status: 'verified',
        reason: 'work_did_not_hold',
      });
    }
  });

  it('never counts kommunal arbetsmarknadsanställning as work, and needs no verification for it', () => {
    for (const held of [true, false, null]) {
      expect(classifyExit(work('municipal_labour_market', held))).toEqual({
        category: 'E',
        status: 'verified',
        reason: 'municipal_labour_market_employment',
      });
    }
  });

  it('counts studies as B only when they give student finance (U40451)', () => {
    for (const kind of ['komvux', 'folkhogskola', 'hogskola', 'other'] as const) {
      expect(
        classifyExit({ exitDate, category: 'studies', studies: { kind, studentFinanceEligible: true } }),
      ).toMatchObject({
        category: 'B',
        status: 'verified',
      });
      expect(
        classifyExit({ exitDate, category: 'studies', studies: { kind, studentFinanceEligible: false } }),
      ).toEqual({
        category: 'E',
        status: 'verified',
        reason: 'studies_not_eligible_for_student_finance',
      });
    }
  });

  it('maps the other categories to C, D and E', () => {
    expect(classifyExit({ exitDate, category: 'other_authority' })).toMatchObject({
      category: 'C',
      status: 'verified',
    });
    expect(classifyExit({ exitDate, category: 'completed' })).toMatchObject({
      category: 'D',
      status: 'verified',
    });
    expect(classifyExit({ exitDate, category: 'other' })).toMatchObject({
      category: 'E',
      status: 'verified',
    });
  });

  it('leaves work or studies without details pending, counted as E', () => {
    expect(classifyExit({ exitDate, category: 'work' })).toEqual({
      category: 'E',
      status: 'pending_verification',
      reason: 'work_details_missing',
    });
    expect(classifyExit({ exitDate, category: 'studies' })).toEqual({
      category: 'E',
      status: 'pending_verification',
      reason: 'studies_details_missing',
    });
  });

  it('A exactly when a regular job held a month; a municipal job never; pending is always E (property)', () => {
    fc.assert(
      fc.property(exitArb('2020-01-01', '2027-12-31'), (exit) => {
        const result = classifyExit(exit);
        const regularJobHeld =
          exit.category === 'work' &&
          exit.employment?.kind !== 'municipal_labour_market' &&
          exit.employment?.heldOneMonth === true;
        expect(result.category === 'A').toBe(regularJobHeld);
        if (exit.employment?.kind === 'municipal_labour_market') expect(result.category).not.toBe('A');
        expect(result.category === 'B').toBe(
          exit.category === 'studies' && exit.studies?.studentFinanceEligible === true,
        );
        if (result.status === 'pending_verification') expect(result.category).toBe('E');
      }),
    );
  });

  it('dates the one-month check a calendar month after the job started', () => {
    const job = (startDate: string, heldOneMonth: boolean | null) =>
      ({
        exitDate,
        category: 'work',
        employment: { kind: 'subsidised', startDate, heldOneMonth },
      }) satisfies EnrolmentExit;
    expect(verificationDueDate(job('2026-04-01', null))).toBe('2026-05-01');
    expect(verificationDueDate(job('2026-01-31', null))).toBe('2026-02-28');
    expect(verificationDueDate(job('2026-04-01', true))).toBeNull();
    expect(verificationDueDate(work('municipal_labour_market', null))).toBeNull();
    fc.assert(
      fc.property(exitArb('2020-01-01', '2027-12-31'), (exit) => {
        const due = verificationDueDate(exit);
        expect(due !== null).toBe(classifyExit(exit).reason === 'work_pending_verification');
        if (due !== null) expect(due > exit.employment!.startDate).toBe(true);
      }),
    );
  });
});
