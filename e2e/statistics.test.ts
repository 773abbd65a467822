import { spawn } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, expectNoAxeViolations, launchBrowser } from './support/browser.ts';
import { type Doc, press, typeInto, typeOver } from './support/keyboard.ts';
import { type RunningServer, startServer } from './support/server.ts';

// The manager (chef) follows the year on Statistik: the demo municipality's figures as charts with
// their tables, the year and unit kept in the address, a goal set and raised with a reason (and a
// change saved elsewhere in between: 409), the comparison with Kolada's values and where they come
// from, and the Excel export read back. One server, one browser, one login; axe at every step.

const screenshotDir = process.env.E2E_SCREENSHOT_DIR ?? tmpdir();
const cli = fileURLToPath(new URL('../apps/server/bin/arbetsbro.js', import.meta.url));

async function shot(page: Page, name: string) {
  await page.screenshot({ path: join(screenshotDir, `arbetsbro-statistics-${name}.png`), fullPage: true });
}

const thisYear = Number(
  new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', year: 'numeric' }).format(new Date()),
);
const percent = (value: number) =>
  new Intl.NumberFormat('sv-SE', { style: 'percent', maximumFractionDigits: 1 }).format(value / 100);

interface Statistics {
  summary: { participants: number; exits: number };
  monthly: unknown[];
  breakdowns: Array<{ key: string; rows: Array<{ suppressed: boolean }> }>;
  units: Array<{ id: string; name: string }>;
}
interface Report {
  kpis: Array<{ id: string; value: number | null }>;
}

/** Runs `arbetsbro …` against the test server's database; resolves with its output. */
function arbetsbro(env: NodeJS.ProcessEnv, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
    });
    child.stderr.on('data', (chunk) => {
      out += chunk;
    });
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0 ? resolve(out) : reject(new Error(`arbetsbro ${args.join(' ')} → ${code}\n${out}`)),
    );
  });
}

describe('Statistik: a manager follows the year, sets a goal and downloads the report', () => {
  let failed = false;
  function step(name: string, fn: () => Promise<void>) {
    it(name, async (ctx) => {
      if (failed) ctx.skip();
      try {
        await fn();
      } catch (error) {
        failed = true;
        throw error;
      }
    });
  }

  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let unit = { id: '', name: '' };

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    page = await browser.newPage();
    page.setDefaultTimeout(15_000);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const api = async <T>(path: string): Promise<T> => {
    const response = await page.request.get(`${server.url}${path}`);
    expect(response.status(), path).toBe(200);
    return (await response.json()) as T;
  };
  const status = () => page.getByRole('status').filter({ hasText: /^Visar statistik för/ });

  step('the manager opens Statistik: the demo municipality’s figures as charts with tables', async () => {
    await page.goto(server.url);
    await page.getByRole('heading', { level: 1, name: 'Logga in' }).waitFor();
    await typeInto(page.getByLabel('Användarnamn'), 'chef');
    await typeInto(page.getByLabel('Lösenord', { exact: true }), server.demoPassword);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: /^Hej / }).waitFor();
    await page
      .getByRole('navigation', { name: 'Huvudmeny' })
      .getByRole('link', { name: 'Statistik' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Statistik' }).waitFor();
    await page.getByRole('heading', { level: 2, name: `Året i korthet ${thisYear}` }).waitFor();
    expect(await status().textContent()).toBe(`Visar statistik för ${thisYear}, alla mina enheter.`);

    // The figures are the API's, written the Swedish way.
    const stats = await api<Statistics>(`/api/statistics?year=${thisYear}`);
    const report = await api<Report>(`/api/statistics/kolada-report?year=${thisYear}`);
    const figure = (name: string) => page.locator('.stat-figure').filter({ hasText: name }).locator('dd');
    expect(await figure('Deltagare under året').textContent()).toBe(String(stats.summary.participants));
    expect(await figure('Avslut').first().textContent()).toBe(String(stats.summary.exits));
    expect(stats.summary.participants).toBeGreaterThan(0);

    // Every chart is one image with a name, and its table is beside it in a focusable region.
    for (const name of [
      /^Linjediagram: andel av avsluten till arbete eller studier per månad/,
      /^Staplat stapeldiagram: avslut per månad/,
      /^Diagram: aktiva deltagare/,
      /^Stapeldiagram: andel till arbete eller studier per enhet/,
      /^Stegdiagram: andel som ännu inte fått arbete/,
      /^Stapeldiagram: rekryteringsbehov/,
    ]) {
      const chart = page.getByRole('img', { name });
      await chart.waitFor();
      expect(await chart.locator('svg').count(), String(name)).toBeGreaterThan(0);
    }
    const months = page
      .getByRole('region', { name: 'Tabell: Andel till arbete eller studier' })
      .getByRole('table', { name: 'Andel till arbete eller studier' });
    expect(await months.locator('tbody tr').count()).toBe(stats.monthly.length);
    expect(
      await page
        .getByRole('region', { name: 'Tabell: Andel till arbete eller studier' })
        .getAttribute('tabindex'),
    ).toBe('0');

    // A group too small to show reads "färre än 5".
    const small = stats.breakdowns.find((b) => b.rows.some((r) => r.suppressed));
    expect(small, 'the demo has a suppressed group').toBeDefined();
    const titles: Record<string, string> = {
      unit: 'Enhet',
      coach: 'Coach',
      ageBand: 'Åldersgrupp',
      education: 'Utbildningsnivå',
      withoutWork: 'Tid utan arbete före inskrivning',
      incomeSupport: 'Försörjningsstöd vid inskrivning',
      interventionType: 'Insatstyp',
    };
    const smallTable = page.getByRole('region', { name: `Tabell: ${titles[small!.key]}` });
    expect(await smallTable.textContent()).toContain('färre än 5');

    // The Kolada report: U40455 as the API counts it, and how it was counted behind a disclosure.
    const kolada = page.getByRole('table', { name: `Nyckeltal ${thisYear} (preliminärt)` });
    const u40455 = kolada.getByRole('row').filter({ hasText: 'U40455' });
    const share = report.kpis.find((k) => k.id === 'U40455')!.value;
    expect(await u40455.locator('td').nth(1).textContent()).toBe(share === null ? '–' : percent(share));
    const how = u40455.getByText('Hur räknades detta?');
    await press(u40455.locator('summary'), 'Enter');
    await u40455.getByText('Regel', { exact: true }).waitFor();
    expect(await u40455.textContent()).toContain('(A + B) delat med alla avslut');
    expect(await how.isVisible()).toBe(true);

    await shot(page, '1-overview');
    await expectNoAxeViolations(page);
  });

  step('the year and unit are kept in the address, so the view can be shared and reloaded', async () => {
    const filters = page.getByRole('group', { name: 'Urval' });
    await filters.getByLabel('År', { exact: true }).selectOption(String(thisYear - 1));
    await page.waitForURL((url) => url.searchParams.get('ar') === String(thisYear - 1));
    await expect
      .poll(() => status().textContent())
      .toBe(`Visar statistik för ${thisYear - 1}, alla mina enheter.`);
    await page.reload();
    await page.getByRole('heading', { level: 2, name: `Året i korthet ${thisYear - 1}` }).waitFor();
    expect(await filters.getByLabel('År', { exact: true }).inputValue()).toBe(String(thisYear - 1));

    // One unit, then back to this year: the unit stays, the default year leaves the address.
    const stats = await api<Statistics>(`/api/statistics?year=${thisYear}`);
    unit = stats.units.find((u) => u.name === 'Jobbcentrum 25+') ?? stats.units[0]!;
    await filters.getByLabel('Enhet', { exact: true }).selectOption(unit.id);
    await page.waitForURL((url) => url.searchParams.get('enhet') === unit.id);
    await filters.getByLabel('År', { exact: true }).selectOption(String(thisYear));
    await page.waitForURL((url) => !url.searchParams.has('ar') && url.searchParams.get('enhet') === unit.id);
    await expect.poll(() => status().textContent()).toBe(`Visar statistik för ${thisYear}, ${unit.name}.`);
    // The exports follow the filter.
    const excel = page.getByRole('link', { name: 'Ladda ner Excel' });
    expect(await excel.getAttribute('href')).toBe(
      `/api/statistics/export?year=${thisYear}&format=xlsx&unitId=${unit.id}`,
    );
  });

  step('the manager sets a goal and raises it with a reason; a change saved elsewhere is named', async () => {
    const goals = page.getByRole('region', { name: 'Mål', exact: true });
    const form = goals.getByRole('region', { name: 'Sätt ett mål' });
    expect(await form.getByLabel('Nyckeltal').inputValue()).toBe('U40455');
    await typeInto(form.getByRole('textbox', { name: 'Mål', exact: true }), '40');
    // No reason: the field says so and has focus.
    await press(form.getByRole('button', { name: 'Sätt målet' }), 'Enter');
    await form.getByText('Skriv varför målet sätts eller ändras.').first().waitFor();
    const reason = form.getByRole('textbox', { name: 'Varför sätts eller ändras målet?' });
    await expect
      .poll(() =>
        reason.evaluate(
          (el) =>
            el === (globalThis as unknown as { document: { activeElement: unknown } }).document.activeElement,
        ),
      )
      .toBe(true);
    await typeInto(reason, 'Nämndens mål för året');
    await press(form.getByRole('button', { name: 'Sätt målet' }), 'Enter');
    await goals.getByText('Målet för Börjat arbeta eller studera, andel (%) är sparat.').waitFor();

    const goal = goals.getByRole('article', {
      name: `Börjat arbeta eller studera, andel (%) (U40455) – ${unit.name}`,
    });
    await goal.waitFor();
    const history = goal.getByRole('table', { name: 'Ändringar av målet' });
    await history
      .getByRole('row')
      .filter({ hasText: `Nytt mål: minst ${percent(40)}` })
      .waitFor();
    expect(await history.textContent()).toContain('Nämndens mål för året');
    // The goal is drawn in the month-by-month chart of the chosen unit.
    await page
      .getByRole('img', { name: /med målet 40\s% som en vågrät linje/ })
      .first()
      .waitFor();

    // The manager opens the change; meanwhile the goal is changed elsewhere (another tab).
    await press(goal.getByRole('button', { name: `Ändra målet för U40455, ${unit.name}` }), 'Enter');
    const edit = goal.getByRole('region', { name: `Ändra målet för U40455, ${unit.name}` });
    const me = await api<{ csrfToken: string }>('/api/auth/me');
    const elsewhere = await page.request.put(`${server.url}/api/statistics/goals`, {
      headers: { 'X-CSRF-Token': me.csrfToken },
      data: {
        unitId: unit.id,
        kpiId: 'U40455',
        year: thisYear,
        target: 42,
        direction: 'at_least',
        reason: 'Ändrat i en annan flik',
        version: 1,
      },
    });
    expect(elsewhere.status()).toBe(200);

    await typeOver(edit.getByRole('textbox', { name: 'Mål', exact: true }), '45');
    await typeInto(
      edit.getByRole('textbox', { name: 'Varför sätts eller ändras målet?' }),
      'Höjt efter halvårsuppföljningen',
    );
    await press(edit.getByRole('button', { name: 'Spara målet' }), 'Enter');
    await edit
      .getByRole('alert')
      .filter({ hasText: 'Någon annan ändrade målet medan du arbetade.' })
      .waitFor();
    // The goals were read again: the other change is in the history, what was typed is still there.
    await history
      .getByRole('row')
      .filter({ hasText: `minst ${percent(40)} → minst ${percent(42)}` })
      .waitFor();
    expect(await edit.getByRole('textbox', { name: 'Mål', exact: true }).inputValue()).toBe('45');
    await shot(page, '2-goal-conflict');
    await expectNoAxeViolations(page);

    await press(edit.getByRole('button', { name: 'Spara målet' }), 'Enter');
    await goals.getByText('Målet för Börjat arbeta eller studera, andel (%) är sparat.').waitFor();
    const raised = history
      .getByRole('row')
      .filter({ hasText: `minst ${percent(42)} → minst ${percent(45)}` });
    await raised.waitFor();
    expect(await raised.textContent()).toContain('Höjt efter halvårsuppföljningen');
    expect(await raised.textContent()).toContain('Maria Lindqvist');
    expect(await goal.locator('.stat-figure').first().textContent()).toContain(`minst ${percent(45)}`);
    await shot(page, '3-goal-raised');
  });

  step('the comparison names its source and year, and says how to get Kolada’s values', async () => {
    const comparison = page.getByRole('region', { name: 'Jämförelse med andra kommuner' });
    // The demo stores no Kolada values: the page says so and names the command.
    await comparison.getByText('Det finns inga värden från Kolada lagrade ännu').waitFor();
    expect(await comparison.locator('code').textContent()).toContain('arbetsbro kolada fetch --years');
    const table = comparison.getByRole('table', { name: 'Jämförelse av U40455' });
    expect(await table.getByRole('row').filter({ hasText: unit.name }).textContent()).toContain(
      `Arbetsbro, ${thisYear} (preliminärt)`,
    );

    // Values as an installation without internet reads them in; the page names source and year.
    const csv = join(tmpdir(), `kolada-e2e-${Date.now()}.csv`);
    const last = thisYear - 1;
    await writeFile(
      csv,
      `kpi,municipality,year,gender,value\nU40455,1488,${last},T,38.2\nU40455,0014,${last},T,41\nU40455,0000,${last - 1},T,39.5\nU40455,0000,${last},T,40.1\n`,
    );
    await arbetsbro(server.cliEnv, ['kolada', 'import-values', csv]);
    await page.reload();
    await comparison.getByRole('img', { name: /^Stapeldiagram: Börjat arbeta eller studera/ }).waitFor();
    const row = (name: string) => table.getByRole('row').filter({ hasText: name });
    expect(await row('Trollhättan').textContent()).toContain(`Källa: Kolada, ${last}`);
    expect(await row('Trollhättan').textContent()).toContain(percent(38.2));
    expect(await row('Riket').textContent()).toContain(`Källa: Kolada, ${last}`);
    expect(await row('Riket').textContent()).toContain(percent(40.1));
    expect(await comparison.getByText('Det finns inga värden från Kolada').count()).toBe(0);
    await shot(page, '4-comparison');
    await expectNoAxeViolations(page);
  });

  step('the Excel export downloads through its link and holds the Kolada report', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Ladda ner Excel' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await download.path());
    const sheet = workbook.getWorksheet(`Kolada ${thisYear}`);
    expect(sheet, workbook.worksheets.map((w) => w.name).join(', ')).toBeDefined();
    const report = await api<Report>(`/api/statistics/kolada-report?year=${thisYear}&unitId=${unit.id}`);
    const share = report.kpis.find((k) => k.id === 'U40455')!.value;
    let found: unknown;
    sheet!.eachRow((row) => {
      if (row.getCell(1).value === 'U40455') found = row.getCell(3).value;
    });
    expect(found).toBe(share);
  });

  step('on a phone the page fits the screen; wide tables scroll in their own region', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.reload();
    await page.getByRole('heading', { level: 2, name: `Året i korthet ${thisYear}` }).waitFor();
    await page.getByRole('img', { name: /^Linjediagram: andel av avsluten/ }).waitFor();
    const width = await page.evaluate(() => {
      const doc = (globalThis as unknown as { document: Doc }).document.documentElement;
      return { scroll: doc.scrollWidth, client: doc.clientWidth };
    });
    expect(width.scroll).toBeLessThanOrEqual(width.client);
    await shot(page, '5-phone');
    await expectNoAxeViolations(page);
  });
});
