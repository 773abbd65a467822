import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../db/client.ts';
import { WorkbookError } from '../../files/workbook.ts';
import { createTestContext, type TestContext } from '../../test/test-context.ts';
import { ImportRejected, type ImportReport, importCases } from './import-cases.ts';
import { type RawLine, readCaseFile } from './read-case-file.ts';

// The field cases of November 2026 (../shared/field-cases/2026-11, copied here: they are
// synthetic), each an example of a kind of input units really have (issue 9).

const dir = join(import.meta.dirname, 'fixtures', 'field-cases');
const file = (name: string) => join(dir, name);
/** The personnummer in these files, as digits: no report may carry them. */
const NUMBERS = ['198504122386', '8504122386', '199001014571', '197703154125', '506072388'];

let t: TestContext;
beforeAll(async () => {
  t = await createTestContext();
  t.setNow(new Date('2026-10-15T09:00:00Z'));
});
afterAll(() => t.close());

async function attempt(lines: RawLine[], dryRun: boolean): Promise<ImportReport> {
  try {
    return await importCases(t, lines, { dryRun });
  } catch (error) {
    if (error instanceof ImportRejected) return error.report;
    throw error;
  }
}

function expectNoPersonalData(report: ImportReport) {
  const text = JSON.stringify(report).replace(/[-\s]/g, '');
  for (const n of NUMBERS) expect(text).not.toContain(n);
  for (const name of ['Anna', 'Testsson', 'Åsa', 'Öberg']) expect(JSON.stringify(report)).not.toContain(name);
}

async function units(): Promise<string[]> {
  return rowsOf<{ name: string }>(await t.db.execute(sql`select name from unit order by name`)).map(
    (r) => r.name,
  );
}

describe('spreadsheet dialects', () => {
  it('F01: rows of nothing but separators are skipped like blank lines', async () => {
    const lines = await readCaseFile(file('F01-separator-rows.csv'));
    expect(lines.map((l) => l.line)).toEqual([2, 3]);
    const report = await attempt(lines, true);
    expect(report.rejected).toEqual([]);
    expect(report.enrolments).toBe(2);
  });

  it('F02: a Windows-1252 file arrives intact (å, ä, ö and the en dash)', async () => {
    const [line] = await readCaseFile(file('F02-windows-1252.csv'));
    const value = (line as { value: Record<string, unknown> }).value;
    expect(value.firstName).toBe('Åsa');
    expect(value.lastName).toBe('Öberg-Älvström');
    expect(value.unit).toBe('Framtidscentrum 16–24');
  });

  it('F03: numeric personnummer cells are read as digits; a lost leading zero is named with its row and column', async () => {
    const lines = await readCaseFile(file('F03-numeric-personnummer.xlsx'));
    expect((lines[0] as { value: { personnummer: string } }).value.personnummer).toBe('198504122386');
    expect(lines[1]).toMatchObject({ line: 3, error: expect.stringContaining('kolumn A') });
    expect((lines[1] as { error: string }).error).toContain('inledande nollan');
    const report = await attempt(lines, true);
    expect(report.rejected.map((r) => r.line)).toEqual([3]);
    expectNoPersonalData(report);
  });

  it('F04: an empty cell is empty in XLSX as in CSV', async () => {
    const xlsx = await readCaseFile(file('F04-empty-cells.xlsx'));
    const csv = await readCaseFile(file('F04-empty-cells-control.csv'));
    expect(xlsx).toEqual(csv);
    expect((await attempt(xlsx, true)).rejected).toEqual([]);
  });

  it('F13: the sheet that holds the header is found; a named sheet without one is refused clearly', async () => {
    const lines = await readCaseFile(file('F13-second-sheet.xlsx'));
    expect(lines.map((l) => l.line)).toEqual([2, 3]);
    await expect(readCaseFile(file('F13-second-sheet.xlsx'), 'xlsx', { sheet: 'Blad1' })).rejects.toThrow(
      WorkbookError,
    );
    await expect(readCaseFile(file('F13-second-sheet.xlsx'), 'xlsx', { sheet: 'Blad1' })).rejects.toThrow(
      /rubrikrad/,
    );
  });
});

describe('text and identity numbers in files', () => {
  it('F05: ages a labour-market unit cannot serve are refused, saying why', async () => {
    const report = await attempt(await readCaseFile(file('F05-implausible-age.jsonl')), true);
    expect(report.rejected.map((r) => r.line)).toEqual([1, 2]);
    for (const r of report.rejected) expect(r.reason).toMatch(/^personnummer: Personen skulle vara \d+ år/);
    expectNoPersonalData(report);
  });

  it('F06: a NUL in a name is refused by the dry run and the real run alike, nothing saved, nothing personal in the report', async () => {
    const lines = await readCaseFile(file('F06-nul-in-name.jsonl'));
    const before = rowsOf<{ n: number }>(
      await t.db.execute(sql`select count(*)::int as n from participant`),
    )[0]!.n;
    const dry = await attempt(lines, true);
    const real = await attempt(lines, false);
    expect(dry.rejected).toEqual(real.rejected);
    expect(real.imported).toBe(false);
    expect(real.rejected[0]!.reason).toContain('U+0000');
    expectNoPersonalData(real);
    const after = rowsOf<{ n: number }>(
      await t.db.execute(sql`select count(*)::int as n from participant`),
    )[0]!.n;
    expect(after).toBe(before);
  });

  it('F07: a unit name typed composed (Windows) and decomposed (macOS) is one unit', async () => {
    const a = await attempt(await readCaseFile(file('F07a-unit-nfc.jsonl')), false);
    const b = await attempt(await readCaseFile(file('F07b-unit-nfd.jsonl')), false);
    expect(a.imported && b.imported).toBe(true);
    expect(a.unitsCreated).toEqual(['Jobbtorg Älvängen']);
    expect(b.unitsCreated).toEqual([]);
    expect((await units()).filter((u) => u.normalize('NFC') === 'Jobbtorg Älvängen')).toEqual([
      'Jobbtorg Älvängen',
    ]);
  });

  it('F08: every overlapping period is reported in one run', async () => {
    const report = await attempt(await readCaseFile(file('F08-overlapping-periods.jsonl')), true);
    expect(report.rejected.map((r) => r.line)).toEqual([2, 3]);
  });

  it('F09: dash variants and no-break spaces in personnummer read as the plain number', async () => {
    const report = await attempt(await readCaseFile(file('F09-dash-variants.jsonl')), true);
    // The four lines are one person with one start date (already enrolled by F07): refused as
    // overlapping, never as a bad number.
    expect(report.rejected.length).toBeGreaterThanOrEqual(3);
    for (const r of report.rejected) expect(r.reason).toMatch(/överlappar/);
  });

  it('F11: a name of only zero-width characters is empty', async () => {
    const report = await attempt(await readCaseFile(file('F11-zero-width-name.jsonl')), true);
    expect(report.rejected).toHaveLength(1);
    expect(report.rejected[0]!.reason).toMatch(/förnamn: Förnamn saknas\..*efternamn: Efternamn saknas\./);
  });
});
