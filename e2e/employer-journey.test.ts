import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, expectNoAxeViolations, launchBrowser } from './support/browser.ts';
import { isoDay, press, typeInto } from './support/keyboard.ts';
import { type RunningServer, startServer } from './support/server.ts';

// The employer half, in Swedish and mostly with the keyboard: an employer sends a need through the
// public form on a phone (suggestions confirmed, a gentle note on a discriminatory phrase) → a
// liaison reviews it, fixes the occupation, sees the warning, opens it → the matching API finds
// it; then the liaison logs a contact with a next step and handles it from Min vecka. Axe on every
// page visited.

const screenshotDir = process.env.E2E_SCREENSHOT_DIR ?? tmpdir();

async function shot(page: Page, name: string) {
  await page.screenshot({ path: join(screenshotDir, `arbetsbro-employer-${name}.png`), fullPage: true });
}

interface ActiveElement {
  tagName: string;
  getAttribute(name: string): string | null;
  textContent: string | null;
}

/** What has keyboard focus: its name attribute, role and text. */
function focused(page: Page) {
  return page.evaluate(() => {
    const el = (globalThis as unknown as { document: { activeElement: ActiveElement | null } }).document
      .activeElement;
    return {
      tag: el?.tagName.toLowerCase(),
      name: el?.getAttribute('name'),
      role: el?.getAttribute('role'),
      text: el?.textContent?.trim(),
    };
  });
}

async function openTab(page: Page, name: string) {
  const tabs = page.getByRole('tablist', { name: 'Arbetsgivarens uppgifter' });
  const target = tabs.getByRole('tab', { name, exact: true });
  await tabs.getByRole('tab', { selected: true }).focus();
  for (let i = 0; i < 8 && (await target.getAttribute('aria-selected')) !== 'true'; i++) {
    await page.keyboard.press('ArrowRight');
  }
  expect(await target.getAttribute('aria-selected')).toBe('true');
  return page.getByRole('tabpanel', { name });
}

describe('an employer’s need, from the public form to matching, and a liaison’s week', () => {
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
  const marker = Math.floor(Math.random() * 100_000);
  const company = `Testlagret ${marker} AB`;
  let needPath = '';

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    page = await browser.newPage();
    page.setDefaultTimeout(10_000);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  step('an employer fills in the public form on a phone, without logging in', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${server.url}/rekrytera`);
    await page
      .getByRole('heading', { level: 1, name: 'Vill du rekrytera skräddarsydd kompetens?' })
      .waitFor();
    // A public page: no login, no redirect.
    expect(new URL(page.url()).pathname).toBe('/rekrytera');
    expect(await page.getByRole('button', { name: 'Logga ut' }).count()).toBe(0);
    // The honeypot is in the form but hidden from people and from assistive technology.
    expect(await page.locator('input[name="website"]').count()).toBe(1);
    expect(await page.getByRole('textbox', { name: 'Lämna det här fältet tomt' }).count()).toBe(0);
    await expectNoAxeViolations(page);

    // The need in their own words; the phrase on its own line, so that only the text warns.
    await typeInto(
      page.getByRole('textbox', { name: 'Beskriv behovet med egna ord' }),
      'Vi behöver två lagerarbetare med truckkort A och B till hösten, dagtid.',
    );
    await page.keyboard.press('Enter');
    await page.keyboard.type('Du är ung och pigg och gillar att det händer saker.');

    // Suggestions from the words: the occupation and truck licences, each confirmed.
    const occupation = page.getByRole('button', { name: 'Stämmer: Lagerarbetare' });
    await occupation.waitFor();
    await press(occupation, 'Space');
    expect(await occupation.getAttribute('aria-pressed')).toBe('true');
    const licences = page.getByRole('button', { name: /^Stämmer: Truckkort/ });
    await licences.first().waitFor();
    const licenceCount = await licences.count();
    expect(licenceCount).toBeGreaterThan(0);
    for (let i = 0; i < licenceCount; i++) await press(licences.nth(i), 'Enter');
    for (let i = 0; i < licenceCount; i++)
      expect(await licences.nth(i).getAttribute('aria-pressed')).toBe('true');
    // "två" read as two positions: one press puts it in the field.
    await press(page.getByRole('button', { name: 'Ange 2 tjänster' }), 'Enter');
    expect(await page.getByLabel('Antal tjänster').inputValue()).toBe('2');

    // A gentle note on the phrase, with a neutral rewording; not a block.
    const tip = page.getByRole('note').filter({ hasText: 'Ett tips om formuleringen' });
    await tip.waitFor();
    expect(await tip.locator('mark').textContent()).toBe('ung och pigg');
    await tip.getByText('ålder', { exact: true }).waitFor();
    await shot(page, '1-public-form');
    // Nothing wider than the phone: no sideways scrolling.
    expect(
      await page.evaluate(
        () =>
          (globalThis as unknown as { document: { documentElement: { scrollWidth: number } } }).document
            .documentElement.scrollWidth,
      ),
    ).toBeLessThanOrEqual(390);
    await expectNoAxeViolations(page);

    await typeInto(page.getByLabel('Företagets namn'), company);
    await page.keyboard.press('Tab');
    // A mistyped organisationsnummer: the server's message lands on the field.
    await page.keyboard.type('556677-8890');
    await typeInto(page.getByLabel('Ditt namn'), 'Lena Lager');
    await page.keyboard.press('Tab');
    await page.keyboard.type('lena.lager@example.se');
    await press(page.getByRole('button', { name: 'Skicka behovet' }), 'Enter');
    await expect.poll(async () => (await focused(page)).name).toBe('organisationsnummer');
    const orgnr = page.getByLabel(/^Organisationsnummer/);
    expect(await orgnr.getAttribute('aria-invalid')).toBe('true');
    await page.getByRole('alert').filter({ hasText: 'Kontrollsiffran stämmer inte' }).waitFor();
    await expectNoAxeViolations(page);
    // Left out instead.
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');

    // Refusals the form cannot prevent, as the server words them (answered here once each).
    const refuse = (status: number, detail: string, headers: Record<string, string> = {}) =>
      page.route(
        '**/api/public/recruitment-needs',
        (route) =>
          route.fulfill({
            status,
            headers: { 'Content-Type': 'application/problem+json', ...headers },
            body: JSON.stringify({
              type: `https://arbetsbro.se/problem/${status}`,
              title: 'Fel',
              status,
              detail,
            }),
          }),
        { times: 1 },
      );
    await refuse(413, 'Det som skickades är för stort (högst 32 kB). Korta texten och försök igen.');
    await press(page.getByRole('button', { name: 'Skicka behovet' }), 'Enter');
    const tooLarge = page.getByRole('alert').filter({ hasText: 'Det ni skickade är för stort' });
    await tooLarge.getByText('Korta texten och försök igen.').waitFor();
    await refuse(429, 'Vi har tagit emot flera behov från er på kort tid.', { 'Retry-After': '1800' });
    await press(page.getByRole('button', { name: 'Skicka behovet' }), 'Enter');
    const tooMany = page
      .getByRole('alert')
      .filter({ hasText: 'Vi har tagit emot många behov från er på kort tid' });
    await tooMany.getByText('Försök igen om ungefär 30 minuter.').waitFor();
    await expect.poll(async () => (await focused(page)).text).toContain('Försök igen om ungefär 30 minuter.');
    await expectNoAxeViolations(page);

    // Now the need goes through.
    await press(page.getByRole('button', { name: 'Skicka behovet' }), 'Enter');

    const received = page.getByRole('heading', { name: 'Tack! Vi har tagit emot ert behov' });
    await received.waitFor();
    await expect.poll(async () => (await focused(page)).text).toBe('Tack! Vi har tagit emot ert behov');
    const reference = await page.locator('.public-confirmation strong').textContent();
    expect(reference).toMatch(/^BEHOV-[0-9A-F]{6}$/);
    await shot(page, '2-public-received');
    await expectNoAxeViolations(page);
  });

  step('a liaison finds the received need, fixes the occupation, sees the warning and opens it', async () => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`${server.url}/rekryteringsbehov`);
    await page.getByRole('heading', { level: 1, name: 'Logga in' }).waitFor();
    await typeInto(page.getByLabel('Användarnamn'), 'foretag');
    await page.keyboard.press('Tab');
    await page.keyboard.type(server.demoPassword);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Rekryteringsbehov' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/rekryteringsbehov');

    const received = page.getByRole('region', { name: 'Status' }).getByRole('button', { name: /^Inkommen/ });
    await press(received, 'Enter');
    expect(await received.getAttribute('aria-pressed')).toBe('true');
    const table = page.getByRole('table', { name: /behov, inkommen$/ });
    const row = table.locator('tbody tr').filter({ hasText: company });
    await row.waitFor();
    await shot(page, '3-needs-received');
    await expectNoAxeViolations(page);
    await press(row.getByRole('link'), 'Enter');
    await page.getByRole('heading', { level: 1, name: /^Vi behöver två lagerarbetare/ }).waitFor();
    needPath = new URL(page.url()).pathname;

    // What the employer confirmed arrived in taxonomy terms.
    const summary = page.getByRole('definition').filter({ hasText: 'Lagerarbetare' });
    await summary.first().waitFor();
    // One phrase warned about, with ground, why and a neutral rewording, before the need is opened.
    const warnings = page.getByRole('region', { name: 'En formulering kan vara diskriminerande' });
    await warnings.getByText(/Titta på formuleringen innan behovet öppnas/).waitFor();
    expect(await warnings.locator('mark').allTextContents()).toEqual(['ung och pigg']);
    await warnings.getByText('ålder', { exact: true }).waitFor();
    await warnings.getByText('Skriv hellre').waitFor();
    await shot(page, '4-need-received');
    await expectNoAxeViolations(page);

    // The occupation is fixed: a truck driver rather than a warehouse worker.
    await press(page.getByRole('button', { name: 'Ändra behovet' }), 'Enter');
    const combobox = page.getByRole('combobox', { name: 'Yrke' });
    // The field shows the current occupation once its name has come.
    await expect.poll(() => combobox.inputValue()).toBe('Lagerarbetare');
    await combobox.focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('truckförare');
    const option = page.getByRole('option', { name: /^Truckförare/ });
    await option.waitFor();
    // The current choice stays first in the list; arrow down to the new one.
    const optionId = await option.getAttribute('id');
    for (let i = 0; i < 5 && (await combobox.getAttribute('aria-activedescendant')) !== optionId; i++) {
      await page.keyboard.press('ArrowDown');
    }
    await page.keyboard.press('Enter');
    expect(await combobox.inputValue()).toBe('Truckförare');
    // The live check in the form says the same as the page.
    await page.locator('.live-check').getByText('En formulering kan vara diskriminerande').waitFor();
    await shot(page, '5-need-edit');
    await expectNoAxeViolations(page);
    await press(page.getByRole('button', { name: 'Spara ändringarna' }), 'Enter');
    await page.getByRole('region', { name: 'Behovet' }).getByText('Truckförare', { exact: true }).waitFor();
    expect(await page.locator('.summary').textContent()).toContain('Truckförare');

    // Opening: the warning warns, it does not block.
    const status = page.getByRole('region', { name: 'Status' });
    await status.getByText('Behovet har en varning om en formulering. Du kan öppna det ändå.').waitFor();
    await press(status.getByRole('button', { name: 'Öppna behovet' }), 'Enter');
    await status.locator('.badge').filter({ hasText: 'Öppen' }).waitFor();
    await page
      .getByRole('table', { name: 'Ändringar av behovet, senaste först' })
      .getByText('Inkommen → Öppen')
      .waitFor();
    await shot(page, '6-need-open');
    await expectNoAxeViolations(page);
  });

  step('the opened need is found by the matching API', async () => {
    const needId = needPath.split('/').at(-1);
    const me = await page.request.get(`${server.url}/api/auth/me`);
    const { csrfToken } = (await me.json()) as { csrfToken: string };
    const answer = await page.request.post(`${server.url}/api/matching/candidates`, {
      headers: { 'X-CSRF-Token': csrfToken },
      data: { needId },
    });
    expect(answer.status()).toBe(200);
    const stored = await page.request.get(`${server.url}/api/recruitment-needs/${needId}`);
    const need = (await stored.json()) as {
      status: string;
      occupation: { label: string };
      licences: unknown[];
    };
    expect(need.status).toBe('open');
    expect(need.occupation.label).toBe('Truckförare');
    expect(need.licences.length).toBeGreaterThan(0);
  });

  step('the liaison logs a contact with a next step, moves it and marks it done in Min vecka', async () => {
    const nav = page.getByRole('navigation', { name: 'Huvudmeny' });
    await press(nav.getByRole('link', { name: 'Arbetsgivare' }), 'Enter');
    await page.getByRole('heading', { level: 1, name: 'Arbetsgivare' }).waitFor();
    const mine = page.getByRole('button', { name: /^Mina arbetsgivare/ });
    await press(mine, 'Enter');
    expect(await mine.getAttribute('aria-pressed')).toBe('true');
    const list = page.getByRole('table', { name: /arbetsgivare$/ });
    const first = list.getByRole('rowheader').first().getByRole('link');
    const employerName = (await first.textContent()) ?? '';
    await shot(page, '7-employers');
    await expectNoAxeViolations(page);
    await press(first, 'Enter');
    await page.getByRole('heading', { level: 1, name: employerName }).waitFor();
    const employerPath = new URL(page.url()).pathname;
    await expectNoAxeViolations(page);

    const panel = await openTab(page, 'Kontakter');
    await press(panel.getByRole('radio', { name: 'Möte' }), 'Space');
    await typeInto(panel.getByRole('textbox', { name: /^Anteckning/ }), 'Möte om höstens rekryteringar.');
    const step = `Skicka utkast till avsiktsförklaring ${marker}`;
    await typeInto(panel.getByRole('textbox', { name: /^Vad ska göras/ }), step);
    await typeInto(panel.getByLabel(/^Klart senast/), isoDay(2));
    await press(panel.getByRole('button', { name: 'Logga kontakten' }), 'Enter');
    await panel.getByText('Kontakten är loggad.').waitFor();
    const log = panel.getByRole('table', { name: 'Kontakter med arbetsgivaren, senaste först' });
    await log.getByText(step).waitFor();
    await shot(page, '8-contact-logged');
    await expectNoAxeViolations(page);

    await press(nav.getByRole('link', { name: 'Uppföljning' }), 'Enter');
    await page.getByRole('heading', { level: 1, name: 'Uppföljning' }).waitFor();
    const week = page.getByRole('table', { name: 'Försenade nästa steg och de närmaste sju dagarnas' });
    const row = week.locator('tbody tr').filter({ hasText: step });
    await row.waitFor();
    expect(await row.getByRole('rowheader').textContent()).toBe(isoDay(2));
    await shot(page, '9-week');
    await expectNoAxeViolations(page);

    // Moved one day on, from the list.
    await press(row.getByRole('button', { name: `Flytta: ${step} (${employerName})` }), 'Enter');
    await expect.poll(async () => (await focused(page)).name).toBe('nextStepDue');
    await page.keyboard.press('Control+A');
    await page.keyboard.type(isoDay(3));
    await page.keyboard.press('Enter');
    await expect.poll(() => row.getByRole('rowheader').textContent()).toBe(isoDay(3));
    await expectNoAxeViolations(page);

    // Done: it leaves the week.
    await press(row.getByRole('button', { name: `Markera som klart: ${step} (${employerName})` }), 'Enter');
    await row.waitFor({ state: 'detached' });
    await expect.poll(async () => (await focused(page)).text).toBe('Mina nästa steg med arbetsgivare');
    await shot(page, '10-week-done');
    await expectNoAxeViolations(page);

    // The employer's contact log says so too.
    await page.goto(`${server.url}${employerPath}?flik=kontakter`);
    const done = page
      .getByRole('table', { name: 'Kontakter med arbetsgivaren, senaste först' })
      .locator('tbody tr')
      .filter({ hasText: step });
    await done.getByText('Klart', { exact: true }).waitFor();
    await expectNoAxeViolations(page);
  });
  step('the liaison records a cooperation agreement and uploads its signed copy', async () => {
    const panel = await openTab(page, 'Avtal');
    await press(panel.getByRole('button', { name: 'Lägg till avtal' }), 'Enter');
    await typeInto(panel.getByLabel(/^Gäller från/), isoDay(0));
    await typeInto(panel.getByRole('textbox', { name: /^Undertecknat av/ }), 'Vd');
    await press(panel.getByRole('button', { name: 'Spara avtalet' }), 'Enter');
    await panel
      .getByText('Avtalet är sparat.')
      .waitFor()
      .catch(() => undefined);
    const row = panel
      .getByRole('table', { name: 'Avtal med arbetsgivaren' })
      .locator('tbody tr')
      .filter({ hasText: 'Vd' });
    await row.waitFor();
    const pdf = join(tmpdir(), `samarbetsavtal-${marker}.pdf`);
    await writeFile(pdf, '%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
    await row.getByLabel(/^Ladda upp kopia/).setInputFiles(pdf);
    const link = row.getByRole('link', { name: new RegExp(`^Hämta samarbetsavtal-${marker}\\.pdf`) });
    await link.waitFor();
    const href = (await link.getAttribute('href'))!;
    const download = await page.evaluate(async (url) => {
      const res = await fetch(url);
      return { status: res.status, type: res.headers.get('content-type') };
    }, href);
    expect(download).toEqual({ status: 200, type: 'application/pdf' });
    await shot(page, '10b-agreement-file');
    await expectNoAxeViolations(page);
  });

  step('a coach reads the need and the register; an administrator is kept out', async () => {
    const login = async (username: string) => {
      await page.context().clearCookies();
      await page.goto(`${server.url}${needPath}`);
      await page.getByRole('heading', { level: 1, name: 'Logga in' }).waitFor();
      await typeInto(page.getByLabel('Användarnamn'), username);
      await page.keyboard.press('Tab');
      await page.keyboard.type(server.demoPassword);
      await page.keyboard.press('Enter');
    };
    await login('coach');
    await page.getByRole('heading', { level: 1, name: /^Vi behöver två lagerarbetare/ }).waitFor();
    await page.getByText('Du kan läsa behovet. Företagskontakter och enhetschefer ändrar det.').waitFor();
    expect(await page.getByRole('button', { name: 'Ändra behovet' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Stäng behovet|^Markera som tillsatt/ }).count()).toBe(0);
    await expectNoAxeViolations(page);
    const nav = page.getByRole('navigation', { name: 'Huvudmeny' });
    await press(nav.getByRole('link', { name: 'Arbetsgivare' }), 'Enter');
    await page.getByRole('heading', { level: 1, name: 'Arbetsgivare' }).waitFor();
    // Coaches may register an employer (where a placement starts), not manage the register.
    await page.getByRole('link', { name: 'Lägg till arbetsgivare' }).waitFor();
    expect(await page.getByRole('button', { name: /^Mina arbetsgivare/ }).count()).toBe(0);

    await login('admin');
    await page.getByRole('heading', { level: 1, name: 'Du saknar behörighet' }).waitFor();
    expect(
      await page
        .getByRole('navigation', { name: 'Huvudmeny' })
        .getByRole('link', { name: 'Arbetsgivare' })
        .count(),
    ).toBe(0);
    await expectNoAxeViolations(page);
  });
});
