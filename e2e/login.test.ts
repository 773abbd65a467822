import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, expectNoAxeViolations, launchBrowser } from './support/browser.ts';
import { type RunningServer, startServer } from './support/server.ts';

const screenshotDir = process.env.E2E_SCREENSHOT_DIR ?? tmpdir();

interface FocusedElement {
  tagName: string;
  textContent: string | null;
  getAttribute(name: string): string | null;
}

/** What has keyboard focus, described well enough to assert on. */
function focused(page: Page) {
  return page.evaluate(() => {
    // Runs in the browser; the test project is compiled without DOM types.
    const el = (globalThis as unknown as { document: { activeElement: FocusedElement | null } }).document
      .activeElement;
    return { tag: el?.tagName.toLowerCase(), name: el?.getAttribute('name'), text: el?.textContent?.trim() };
  });
}

async function tabTo(page: Page, fieldName: string) {
  for (let i = 0; i < 15; i++) {
    await page.keyboard.press('Tab');
    if ((await focused(page)).name === fieldName) return;
  }
  throw new Error(`Tab never reached the field "${fieldName}"`);
}

describe('logging in', () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('takes the demo coach from the login page to the start page using only the keyboard', async () => {
    const page = await browser.newPage();
    await page.goto(server.url);

    // Not logged in: the app sends us to the login page.
    await page.getByRole('heading', { level: 1, name: 'Logga in' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/logga-in');
    expect(await page.title()).toBe('Logga in – Arbetsbro');
    expect(await page.getAttribute('html', 'lang')).toBe('sv');
    await page.screenshot({ path: join(screenshotDir, 'arbetsbro-login.png'), fullPage: true });
    await expectNoAxeViolations(page);

    // The first Tab stop is the skip link.
    await page.keyboard.press('Tab');
    expect((await focused(page)).text).toBe('Hoppa till huvudinnehåll');

    await tabTo(page, 'username');
    await page.keyboard.type('coach');
    await page.keyboard.press('Tab');
    expect((await focused(page)).name).toBe('password');
    await page.keyboard.type(server.demoPassword);
    await page.keyboard.press('Enter');

    const heading = page.getByRole('heading', { level: 1 });
    await page.waitForURL((url) => url.pathname === '/');
    await heading.filter({ hasText: /^Hej / }).waitFor();
    expect(await page.title()).toBe('Översikt – Arbetsbro');

    // The greeting names the logged-in user, and the lead says which role they have.
    const me = await page.request.get(`${server.url}/api/auth/me`);
    expect(me.status()).toBe(200);
    const { user } = (await me.json()) as { user: { displayName: string } };
    expect(await heading.textContent()).toBe(`Hej ${user.displayName.split(' ')[0]}!`);
    expect(await page.locator('.page__lead').textContent()).toContain('arbetsmarknadscoach');

    // A coach gets the working sections but not Administration.
    const nav = page.getByRole('navigation', { name: 'Huvudmeny' });
    for (const section of [
      'Översikt',
      'Deltagare',
      'Arbetsgivare',
      'Rekryteringsbehov',
      'Matchning',
      'Uppföljning',
      'Statistik',
    ]) {
      expect(await nav.getByRole('link', { name: section, exact: true }).count()).toBe(1);
    }
    expect(await nav.getByRole('link', { name: 'Administration' }).count()).toBe(0);
    expect(await nav.getByRole('link', { name: 'Översikt' }).getAttribute('aria-current')).toBe('page');

    await page.screenshot({ path: join(screenshotDir, 'arbetsbro-start.png'), fullPage: true });
    await expectNoAxeViolations(page);
    await page.close();
  });

  it('shows the server’s Swedish message when the password is wrong', async () => {
    const page = await browser.newPage();
    await page.context().clearCookies();
    await page.goto(`${server.url}/logga-in`);
    await page.getByLabel('Användarnamn').fill('coach');
    await page.getByLabel('Lösenord').fill(`${server.demoPassword}-fel`);
    await page.getByRole('button', { name: 'Logga in' }).click();

    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('Fel användarnamn eller lösenord.');
    expect(new URL(page.url()).pathname).toBe('/logga-in');
    await page.screenshot({ path: join(screenshotDir, 'arbetsbro-login-error.png'), fullPage: true });
    await expectNoAxeViolations(page);
    await page.close();
  });
});
