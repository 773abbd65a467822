import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JC, pnr, setupCaseWorld } from '../../test/case-fixtures.ts';
import {
  type ApiClient,
  anonymousClient,
  createTestContext,
  json,
  loginAs,
  type TestContext,
} from '../../test/test-context.ts';
import { importCases } from '../case-import/index.ts';

// A hand-built year (2025) covering every rule of the report, counted by hand below.
let t: TestContext;
let units: Record<string, string>;
let chef: ApiClient;
let coach: ApiClient;

const person = (n: number, birth: string, periods: Array<Record<string, unknown>>) =>
  periods.map((p) => ({
    personnummer: pnr(birth),
    firstName: `Person${n}`,
    lastName: 'Räknad',
    unit: JC,
    enrolledAt: '2025-02-01',
    referralSource: 'socialtjansten',
    educationLevel: 'upper_secondary',
    monthsWithoutWork: 14,
    incomeSupport: true,
    ...p,
  }));
const work = (date: string, kind: string, heldOneMonth: boolean | null) => ({
  exit: { date, category: 'work', employment: { kind, startDate: date, heldOneMonth } },
});

beforeAll(async () => {
  t = await createTestContext();
  ({ units } = await setupCaseWorld(t));
  t.setNow(new Date('2026-02-10T10:00:00Z'));
  const lines = [
    ...person(1, '1980-01-01', [work('2025-03-03', 'unsubsidised', true)]), // A
    ...person(2, '1980-01-02', [work('2025-12-15', 'subsidised', null)]), // E, waiting for the one-month check
    ...person(3, '1980-01-03', [work('2025-04-01', 'municipal_labour_market', true)]), // E: never work
    ...person(4, '1980-01-04', [
      {
        exit: {
          date: '2025-06-01',
          category: 'studies',
          studies: { kind: 'komvux', studentFinanceEligible: true },
        },
      },
    ]), // B
    ...person(5, '1980-01-05', [
      {
        exit: {
          date: '2025-06-02',
          category: 'studies',
          studies: { kind: 'other', studentFinanceEligible: false },
        },
      },
    ]), // E
    ...person(6, '1980-01-06', [{ exit: { date: '2025-07-01', category: 'other_authority' } }]), // C
    ...person(7, '1980-01-07', [{ exit: { date: '2025-08-01', category: 'completed' } }]), // D
    ...person(8, '1980-01-08', [{ referralSource: 'self', educationLevel: null, monthsWithoutWork: null }]), // ongoing
    ...person(9, '1980-01-09', [
      { enrolledAt: '2024-01-10', exit: { date: '2024-06-01', category: 'completed' } },
    ]), // not in 2025
    // Two periods in 2025: counted once as a participant, both as referrals; the first exit is E.
    ...person(10, '1980-01-10', [
      { enrolledAt: '2025-01-15', exit: { date: '2025-03-01', category: 'other' } },
      { enrolledAt: '2025-04-01', referralSource: 'arbetsformedlingen' },
    ]),
    ...person(11, '1980-01-11', [work('2025-09-01', 'unsubsidised', false)]), // E: did not hold a month
  ].map((value, i) => ({ line: i + 1, value }));
  const report = await importCases(t, lines);
  expect(report.enrolments).toBe(12);
  chef = await loginAs(t, 'chef');
  coach = await loginAs(t, 'coach');
});
afterAll(() => t.close());

const kpi = (body: { kpis: Array<{ id: string; value: number | null }> }, id: string) =>
  body.kpis.find((k) => k.id === id)?.value;

describe('the yearly Kolada report', () => {
  it('equals the hand count for 2025: A–E, U40455, participants once, referrals', async () => {
    const res = await chef.get('/api/statistics/kolada-report?year=2025');
    expect(res.status).toBe(200);
    const body = await json(res);
    // Exits 2025: A p1; B p4; C p6; D p7; E p2 (pending), p3 (municipal), p5 (no student finance), p10 (other), p11 (did not hold).
    expect(['U40450', 'U40451', 'U40452', 'U40453', 'U40454'].map((id) => kpi(body, id))).toEqual([
      1, 1, 1, 1, 5,
    ]);
    expect(kpi(body, 'U40455')).toBe(22.2); // 2 of 9
    expect(kpi(body, 'U40406')).toBe(11.1);
    expect(kpi(body, 'U40418')).toBe(55.6);
    expect(kpi(body, 'U40800')).toBe(10); // p9 exited 2024; p10 once
    expect(kpi(body, 'U40803')).toBe(10);
    expect(kpi(body, 'U40808')).toBe(9.1); // 1 of 11 referrals
    expect(kpi(body, 'U40806')).toBe(9.1);
    expect(body.exits.pendingVerification).toBe(1);
    expect(body.preliminary).toBe(false);
    // How it was counted: E lists each rule with its count.
    const e = body.kpis.find((k: { id: string }) => k.id === 'U40454');
    expect(e.counted.map((c: { count: number }) => c.count).sort()).toEqual([1, 1, 1, 1, 1]);
    expect(e.counted.map((c: { label: string }) => c.label).join(' ')).toMatch(
      /kommunal arbetsmarknadsanställning/i,
    );
    // Test numbers are fictitious (födelsenummer 000): no gender, so only the total.
    expect(body.genderUnknown).toBe(10);
    expect(body.kpis.find((k: { id: string }) => k.id === 'U40455').byGender).toEqual({
      K: { value: null, numerator: 0, denominator: 0 },
      M: { value: null, numerator: 0, denominator: 0 },
    });
  });

  it('splits by legal gender from the personnummer where Kolada does', async () => {
    // Give two people real-shaped serials inside this test database only: 001 (odd second-to-last digit? no: 0 → woman) and 011 (man).
    await t.db.execute(
      sql`update participant set personnummer = substr(personnummer, 1, 8) || '001' || '0' where first_name = 'Person1'`,
    );
    await t.db.execute(
      sql`update participant set personnummer = substr(personnummer, 1, 8) || '012' || '0' where first_name = 'Person4'`,
    );
    const body = await json(await chef.get('/api/statistics/kolada-report?year=2025'));
    const ab = body.kpis.find((k: { id: string }) => k.id === 'U40455');
    expect(ab.byGender.K).toEqual({ value: 100, numerator: 1, denominator: 1 }); // Person1, serial 001: 0 is even → K
    expect(ab.byGender.M).toEqual({ value: 100, numerator: 1, denominator: 1 }); // Person4, serial 012: 1 is odd → M
    expect(body.genderUnknown).toBe(8);
  });

  it('is the unit’s only for a unit; another unit’s is a 404, and only staff with a unit read it', async () => {
    expect((await coach.get(`/api/statistics/kolada-report?year=2025&unitId=${units[JC]}`)).status).toBe(200);
    const other = await loginAs(t, 'other');
    expect((await other.get(`/api/statistics/kolada-report?year=2025&unitId=${units[JC]}`)).status).toBe(404);
    const own = await json(await other.get('/api/statistics/kolada-report?year=2025'));
    expect(kpi(own, 'U40800')).toBe(0);
    expect((await (await loginAs(t, 'liaison')).get('/api/statistics/kolada-report?year=2025')).status).toBe(
      403,
    );
    expect((await (await loginAs(t, 'admin')).get('/api/statistics/kolada-report?year=2025')).status).toBe(
      403,
    );
    expect((await anonymousClient(t).get('/api/statistics/kolada-report?year=2025')).status).toBe(401);
    const bad = await chef.get('/api/statistics/kolada-report?year=tjugo');
    expect(bad.status).toBe(400);
    expect((await json(bad)).detail ?? JSON.stringify(await json(bad))).toBeTruthy();
  });
});

describe('who may read and write statistics', () => {
  it('every statistics route: anonymous 401, admin and liaison 403, another unit 404, coach reads but sets no goal', async () => {
    const reads = [
      '/api/statistics?year=2025',
      '/api/statistics/kolada-report?year=2025',
      '/api/statistics/goals?year=2025',
      '/api/statistics/export?year=2025&format=csv',
    ];
    const goal = { unitId: units[JC], kpiId: 'U40455', year: 2024, target: 50, reason: 'Test' };
    const anonymous = anonymousClient(t);
    const admin = await loginAs(t, 'admin');
    const liaison = await loginAs(t, 'liaison');
    const other = await loginAs(t, 'other');
    for (const path of reads) {
      expect((await anonymous.get(path)).status, path).toBe(401);
      expect((await admin.get(path)).status, path).toBe(403);
      expect((await liaison.get(path)).status, path).toBe(403);
      expect((await coach.get(path)).status, path).toBe(200);
      expect((await other.get(`${path}&unitId=${units[JC]}`)).status, path).toBe(404);
    }
    expect((await anonymous.put('/api/statistics/goals', goal)).status).toBe(401);
    for (const client of [admin, liaison, coach])
      expect((await client.put('/api/statistics/goals', goal)).status).toBe(403);
    expect((await other.put('/api/statistics/goals', goal)).status).toBe(403);
  });
});

describe('the Statistik page', () => {
  it('month by month, groups with small ones suppressed, and time to a job', async () => {
    const res = await chef.get('/api/statistics?year=2025');
    expect(res.status).toBe(200);
    const s = await json(res);
    expect(s.monthly).toHaveLength(12);
    expect(s.monthly.reduce((n: number, m: { exits: number }) => n + m.exits, 0)).toBe(9);
    expect(s.monthly.at(-1).cumulativeShare).toBe(22.2);
    expect(s.summary).toMatchObject({ participants: 10, exits: 9, workOrStudiesShare: 22.2 });
    const unit = s.breakdowns.find((b: { key: string }) => b.key === 'unit');
    expect(unit.rows).toEqual([
      { label: JC, participants: 10, exits: 9, workOrStudies: 2, share: 22.2, suppressed: false },
    ]);
    // One person without a recorded education: a group of one is never shown.
    const education = s.breakdowns.find((b: { key: string }) => b.key === 'education');
    expect(education.rows.find((r: { label: string }) => r.label === 'Uppgift saknas')).toMatchObject({
      participants: null,
      suppressed: true,
    });
    const cohort = s.survival.find((c: { cohort: string }) => c.cohort === '2025');
    expect(cohort.observations).toBe(11);
    expect(cohort.events).toBe(3); // p1, p2, p11 started jobs (p3's municipal employment is not a job)
  });
});

describe('goals', () => {
  it('a manager sets a goal and raises it; the history keeps who, when, from → to and why', async () => {
    const set = await chef.put('/api/statistics/goals', {
      unitId: units[JC],
      kpiId: 'U40455',
      year: 2025,
      target: 55,
      reason: 'Nämndens mål',
    });
    expect(set.status).toBe(200);
    const goal = (await json(set)).goals[0];
    expect(goal).toMatchObject({ kpiId: 'U40455', target: 55, version: 1 });
    expect(goal.progress).toHaveLength(12);
    expect(goal.progress.at(-1)).toEqual({ month: '2025-12', value: 22.2, met: false });
    // By March only 2 exits: a share of fewer than 5 people is not shown.
    expect(goal.progress[2]).toEqual({ month: '2025-03', value: null, met: null });
    const raised = await json(
      await chef.put('/api/statistics/goals', {
        unitId: units[JC],
        kpiId: 'U40455',
        year: 2025,
        target: 60,
        reason: 'Höjt efter halvåret',
        version: 1,
      }),
    );
    expect(raised.goals[0].history).toMatchObject([
      { fromTarget: null, toTarget: 55, reason: 'Nämndens mål' },
      { fromTarget: 55, toTarget: 60, reason: 'Höjt efter halvåret', by: expect.any(String) },
    ]);
    const stale = await chef.put('/api/statistics/goals', {
      unitId: units[JC],
      kpiId: 'U40455',
      year: 2025,
      target: 65,
      reason: 'x',
      version: 1,
    });
    expect(stale.status).toBe(409);
    // The 409 says what is saved now and who saved it, as other stale writes do.
    expect((await json(stale)).conflict).toMatchObject({
      current: { target: 60, version: 2 },
      changedBy: { you: true },
    });
    expect(
      (
        await chef.put('/api/statistics/goals', {
          unitId: units[JC],
          kpiId: 'U40455',
          year: 2025,
          target: 150,
          reason: 'x',
          version: 2,
        })
      ).status,
    ).toBe(400);
    expect(
      (
        await coach.put('/api/statistics/goals', {
          unitId: units[JC],
          kpiId: 'U40455',
          year: 2025,
          target: 70,
          reason: 'x',
          version: 2,
        })
      ).status,
    ).toBe(403);
    expect((await json(await coach.get('/api/statistics/goals?year=2025'))).goals[0].target).toBe(60);
  });
});

describe('exports', () => {
  it('Excel holds every table (read back cell by cell)', async () => {
    const res = await chef.get('/api/statistics/export?year=2025&format=xlsx');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toMatch(/arbetsbro-2025\.xlsx/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await res.arrayBuffer());
    const kolada = workbook.getWorksheet('Kolada 2025')!;
    const row = kolada.getRows(1, kolada.rowCount)!.find((r) => r.getCell(1).value === 'U40455')!;
    expect(row.getCell(3).value).toBe(22.2);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(
      expect.arrayContaining(['Per månad', 'Enhet', 'Utbildningsnivå', 'Tid till arbete', 'Mål']),
    );
    expect(String(kolada.getCell('A1').value)).toMatch(/Trollhättan/);
  });

  it('the board’s PDF names the municipality, with Swedish characters, the KPIs and the comparison', async () => {
    const res = await chef.get('/api/statistics/export?year=2025&format=pdf');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const pdf = await getDocumentProxy(new Uint8Array(await res.arrayBuffer()));
    const { text } = await extractText(pdf, { mergePages: true });
    expect(text).toMatch(/Trollhättan/);
    expect(text).toMatch(/Börjat arbeta eller studera \(U40455\): 22,2 %/);
    expect(text).toMatch(/Jämförelse/);
    expect(text).toMatch(/Arbetsbro, 2025/);
  });

  it('CSV for the Kolada survey, and no export for a role without statistics', async () => {
    const res = await chef.get('/api/statistics/export?year=2025&format=csv');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // UTF-8 BOM: Excel reads å, ä, ö right
    const text = new TextDecoder().decode(bytes);
    expect(text).toMatch(/\r\nU40455;[^;]+;22,2;/);
    expect(
      (await (await loginAs(t, 'liaison')).get('/api/statistics/export?year=2025&format=csv')).status,
    ).toBe(403);
  });
});
