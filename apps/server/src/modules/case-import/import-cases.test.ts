import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fictitiousPersonnummer } from '@arbetsbro/identity';
import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../db/client.ts';
import { createStaff, createTestContext, type TestContext } from '../../test/test-context.ts';
import { ImportRejected, type ImportReport, importCases } from './import-cases.ts';
import { readCaseFile, readCsv, readJsonLines } from './read-case-file.ts';

let t: TestContext;
const dir = mkdtempSync(join(tmpdir(), 'arbetsbro-import-'));

beforeAll(async () => {
  t = await createTestContext();
  t.setNow(new Date('2026-10-15T09:00:00Z'));
  await createStaff(t, 'coach', 'coach', ['Jobbcentrum 25+']);
});
afterAll(() => t.close());

const pnr = (birthDate: string) => fictitiousPersonnummer(() => 0, { birthDate });

function line(birthDate: string, overrides: Record<string, unknown> = {}) {
  return {
    personnummer: pnr(birthDate),
    firstName: 'Import',
    lastName: 'Person',
    unit: 'Jobbcentrum 25+',
    enrolledAt: '2025-03-01',
    referralSource: 'arbetsformedlingen',
    educationLevel: 'upper_secondary',
    monthsWithoutWork: 14,
    incomeSupport: false,
    ...overrides,
  };
}
const jsonl = (lines: unknown[]) => lines.map((l) => JSON.stringify(l)).join('\n');

async function counts() {
  const r = await t.db.execute(sql`select
    (select count(*) from participant)::int as participants,
    (select count(*) from enrolment)::int as enrolments,
    (select count(*) from unit)::int as units,
    (select count(*) from follow_up)::int as follow_ups`);
  return rowsOf<{ participants: number; enrolments: number; units: number; follow_ups: number }>(r)[0]!;
}

async function rejectedReport(promise: Promise<unknown>): Promise<ImportReport> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ImportRejected) return error.report;
    throw error;
  }
  throw new Error('expected the import to be rejected');
}

describe('import cases', () => {
  it('imports a good file: persons, periods, exits, missing units (reported), verification follow-ups', async () => {
    const before = await counts();
    const file = jsonl([
      line('1970-05-01'),
      line('1970-05-02', {
        coach: 'coach',
        exit: {
          date: '2025-09-01',
          category: 'work',
          employment: { kind: 'unsubsidised', startDate: '2025-09-01', heldOneMonth: null },
        },
      }),
      line('1970-05-03', {
        unit: 'Stöd och matchning',
        exit: {
          date: '2025-06-01',
          category: 'studies',
          studies: { kind: 'komvux', studentFinanceEligible: true },
        },
      }),
      // The same person again, later: a second period of one person.
      line('1970-05-03', {
        unit: 'Stöd och matchning',
        enrolledAt: '2025-08-01',
        educationLevel: null,
        monthsWithoutWork: null,
      }),
      line('1970-05-04', {
        exit: {
          date: '2025-07-01',
          category: 'work',
          employment: { kind: 'subsidised', startDate: '2025-05-01', heldOneMonth: true },
        },
      }),
    ]);
    const report = await importCases(t, readJsonLines(file));
    expect(report).toMatchObject({
      imported: true,
      lines: 5,
      rejected: [],
      newPersons: 4,
      enrolments: 5,
      exits: 3,
      unitsCreated: ['Stöd och matchning'],
      verificationFollowUps: 1,
    });
    const after = await counts();
    expect(after.participants - before.participants).toBe(4);
    expect(after.enrolments - before.enrolments).toBe(5);
    expect(after.units - before.units).toBe(1);
    const periods = rowsOf<{ n: number }>(
      await t.db.execute(sql`select count(*)::int as n from enrolment e join participant p on p.id = e.participant_id
        where p.personnummer = ${pnr('1970-05-03')}`),
    )[0]!.n;
    expect(periods).toBe(2);
    const assigned = rowsOf<{ n: number }>(
      await t.db.execute(sql`select count(*)::int as n from coach_assignment`),
    )[0]!.n;
    expect(assigned).toBeGreaterThanOrEqual(1);
    const audit = rowsOf<{ details: Record<string, unknown> }>(
      await t.db.execute(sql`select details from audit_event where reason = 'import.cases'`),
    );
    expect(audit).toHaveLength(1);
    expect(JSON.stringify(audit)).not.toContain(pnr('1970-05-01'));
  });

  it('links a re-enrolment of a known personnummer to the same person, and refuses overlaps', async () => {
    // 1970-05-01 is open since the previous test: a new open period would overlap.
    const overlap = await rejectedReport(
      importCases(t, readJsonLines(jsonl([line('1970-05-01', { enrolledAt: '2025-06-01' })]))),
    );
    expect(overlap.rejected[0]).toMatchObject({ line: 1 });
    expect(overlap.rejected[0]!.reason).toMatch(/överlappar/);
    // 1970-05-04 left in July 2025: a new period later links to the same person.
    const report = await importCases(
      t,
      readJsonLines(jsonl([line('1970-05-04', { enrolledAt: '2026-01-10' })])),
    );
    expect(report).toMatchObject({ newPersons: 0, reenrolments: 1, enrolments: 1 });
    const persons = rowsOf<{ n: number }>(
      await t.db.execute(
        sql`select count(*)::int as n from participant where personnummer = ${pnr('1970-05-04')}`,
      ),
    )[0]!.n;
    expect(persons).toBe(1);
  });

  it('imports nothing when one line is bad, and names the line and the reason in Swedish', async () => {
    const before = await counts();
    const lines = [
      line('1971-01-01', { unit: 'Helt ny enhet' }),
      line('1971-01-02'),
      { ...line('1971-01-03'), personnummer: '197101030001' },
      line('1971-01-04'),
      '{inte json',
      line('1971-01-05', { exit: { date: '2025-01-01', category: 'other' } }),
    ];
    const text = lines.map((l) => (typeof l === 'string' ? l : JSON.stringify(l))).join('\n');
    const report = await rejectedReport(importCases(t, readJsonLines(text)));
    expect(report.rejected.map((r) => r.line)).toEqual([3, 5, 6]);
    expect(report.rejected[0]!.reason).toMatch(/^personnummer: /);
    expect(report.rejected[0]!.reason).not.toContain('197101030001');
    expect(report.rejected[1]!.reason).toBe('Raden är inte giltig JSON.');
    expect(report.rejected[2]!.reason).toMatch(/före inskrivningen/);
    expect(await counts()).toEqual(before);
  });

  it('dry run validates and reports without saving', async () => {
    const before = await counts();
    const report = await importCases(t, readJsonLines(jsonl([line('1972-02-01', { unit: 'Provenhet' })])), {
      dryRun: true,
    });
    expect(report).toMatchObject({
      dryRun: true,
      imported: false,
      enrolments: 1,
      unitsCreated: ['Provenhet'],
    });
    expect(await counts()).toEqual(before);
  });

  it('reads CSV (semicolons, flattened exit columns, ja/nej) and XLSX with the same columns', async () => {
    const header =
      'personnummer;firstName;lastName;unit;enrolledAt;referralSource;educationLevel;monthsWithoutWork;incomeSupport;exit.date;exit.category;exit.employment.kind;exit.employment.startDate;exit.employment.heldOneMonth;exit.studies.kind;exit.studies.studentFinanceEligible';
    const csv = [
      header,
      `${pnr('1973-03-01')};Csv;Ett;Jobbcentrum 25+;2025-02-01;socialtjansten;compulsory;30;ja;;;;;;;`,
      `${pnr('1973-03-02')};Csv;Två;Jobbcentrum 25+;2025-02-01;self;;;nej;2025-08-01;work;unsubsidised;2025-08-04;;;`,
      `${pnr('1973-03-03')};Csv;Tre;Jobbcentrum 25+;2025-02-01;other;post_secondary;5;nej;2025-08-01;studies;;;;hogskola;ja`,
    ].join('\r\n');
    const path = join(dir, 'cases.csv');
    writeFileSync(path, csv);
    const raw = await readCaseFile(path);
    expect(raw.map((r) => r.line)).toEqual([2, 3, 4]);
    const report = await importCases(t, raw);
    expect(report).toMatchObject({ imported: true, enrolments: 3, exits: 2, verificationFollowUps: 1 });

    const badCsv = readCsv(
      `${header}\n${pnr('1973-03-04')};X;Y;Jobbcentrum 25+;2025-02-01;grannen;;;nej;;;;;;;`,
    );
    const bad = await rejectedReport(importCases(t, badCsv));
    expect(bad.rejected).toEqual([
      { line: 2, reason: expect.stringMatching(/^referralSource: Okänd anvisning/) },
    ]);

    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('Inskrivningar');
    sheet.addRow(header.split(';'));
    sheet.addRow([
      pnr('1973-04-01'),
      'Xlsx',
      'Ett',
      'Jobbcentrum 25+',
      new Date(Date.UTC(2025, 1, 1)),
      'self',
      'compulsory',
      3,
      true,
    ]);
    const xlsxPath = join(dir, 'cases.xlsx');
    await wb.xlsx.writeFile(xlsxPath);
    const xlsxReport = await importCases(t, await readCaseFile(xlsxPath));
    expect(xlsxReport).toMatchObject({ imported: true, enrolments: 1 });
    const enrolled = rowsOf<{ enrolled_at: string }>(
      await t.db.execute(sql`select e.enrolled_at::text from enrolment e join participant p on p.id = e.participant_id
        where p.personnummer = ${pnr('1973-04-01')}`),
    );
    expect(enrolled).toEqual([{ enrolled_at: '2025-02-01' }]);
  });

  it('property: any file with exactly one invalid line imports nothing and names that line', async () => {
    const mutations: Array<(l: Record<string, unknown>) => Record<string, unknown>> = [
      (l) => ({
        ...l,
        personnummer: `${String(l.personnummer).slice(0, 11)}${(Number(String(l.personnummer).slice(11)) + 1) % 10}`,
      }),
      (l) => ({ ...l, enrolledAt: '2027-01-01' }),
      (l) => ({ ...l, enrolledAt: '2025-02-30' }),
      (l) => ({ ...l, referralSource: 'okänd' }),
      (l) => ({ ...l, exit: { date: '2024-01-01', category: 'other' } }),
      (l) => ({ ...l, exit: { date: '2025-06-01', category: 'work' } }),
      (l) => ({ ...l, monthsWithoutWork: -3 }),
      (l) => {
        const { lastName: _drop, ...rest } = l;
        return rest;
      },
    ];
    const before = await counts();
    let run = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 25 }),
        fc.nat(),
        fc.integer({ min: 0, max: mutations.length - 1 }),
        async (n, badPick, mutation) => {
          run++;
          const bad = badPick % n;
          const lines = Array.from({ length: n }, (_, i) => {
            // Distinct birth dates per line and per run: fictitious numbers are one per date.
            const birth = new Date(Date.UTC(1960, 0, 1 + run * 30 + i)).toISOString().slice(0, 10);
            const l = line(birth, { unit: `Enhet ${run}` });
            return i === bad ? mutations[mutation]!(l) : l;
          });
          const report = await rejectedReport(importCases(t, readJsonLines(jsonl(lines))));
          expect(report.rejected.map((r) => r.line)).toEqual([bad + 1]);
          expect(report.rejected[0]!.reason.length).toBeGreaterThan(5);
        },
      ),
      { numRuns: 30 },
    );
    expect(await counts()).toEqual(before);
  });
});
