import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, expectNoAxeViolations, launchBrowser } from './support/browser.ts';
import { type RunningServer, startServer } from './support/server.ts';

interface FocusedElement {
  tagName: string;
  id: string;
  textContent: string | null;
}

function focusedElement(page: Page) {
  return page.evaluate(() => {
    // Runs in the browser; the test project is compiled without DOM types.
    const el = (globalThis as unknown as { document: { activeElement: FocusedElement | null } }).document
      .activeElement;
    return { tag: el?.tagName.toLowerCase(), id: el?.id, text: el?.textContent?.trim() };
  });
}

describe('the app shell', () => {
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

  async function loginAs(page: Page, username: string, password = server.demoPassword) {
    await page.getByLabel('Användarnamn').fill(username);
    await page.getByLabel('Lösenord', { exact: true }).fill(password);
    await page.getByRole('button', { name: 'Logga in' }).click();
  }

  it('returns to the page asked for after login, and moves focus on client-side navigation', async () => {
    const context = await browser.context.browser()?.newContext();
    const page = context ? await context.newPage() : await browser.newPage();
    await page.context().clearCookies();
    await page.goto(`${server.url}/statistik`);
    await page.getByRole('heading', { level: 1, name: 'Logga in' }).waitFor();
    await loginAs(page, 'chef');

    await page.getByRole('heading', { level: 1, name: 'Statistik' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/statistik');
    expect(await page.title()).toBe('Statistik – Arbetsbro');

    const nav = page.getByRole('navigation', { name: 'Huvudmeny' });
    // Administration (accounts, units, settings) is the administrator's: not in a manager's menu.
    expect(await nav.getByRole('link', { name: 'Administration' }).count()).toBe(0);
    await nav.getByRole('link', { name: 'Deltagare' }).click();
    const heading = page.getByRole('heading', { level: 1, name: 'Deltagare' });
    await heading.waitFor();
    // Client-side navigation moves focus to the new page's heading.
    expect(await focusedElement(page)).toMatchObject({ tag: 'h1', text: 'Deltagare' });
    expect(await nav.getByRole('link', { name: 'Deltagare' }).getAttribute('aria-current')).toBe('page');
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: 'Logga ut' }).click();
    await page.getByText('Du är nu utloggad.').waitFor();
    expect(new URL(page.url()).pathname).toBe('/logga-in');
    // The session is gone on the server too.
    expect((await page.request.get(`${server.url}/api/auth/me`)).status()).toBe(401);
    await page.close();
  });

  it('tells a coach that Administration is not for their role', async () => {
    const page = await browser.newPage();
    await page.context().clearCookies();
    await page.goto(`${server.url}/administration`);
    await loginAs(page, 'coach');
    await page.getByRole('heading', { level: 1, name: 'Du saknar behörighet' }).waitFor();
    const nav = page.getByRole('navigation', { name: 'Huvudmeny' });
    expect(await nav.getByRole('link', { name: 'Administration' }).count()).toBe(0);
    await page.close();
  });

  it('skips to the main content from the skip link', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/deltagare`);
    await page.getByRole('heading', { level: 1, name: 'Deltagare' }).waitFor();
    await page.keyboard.press('Tab');
    expect((await focusedElement(page)).text).toBe('Hoppa till huvudinnehåll');
    await page.keyboard.press('Enter');
    expect((await focusedElement(page)).id).toBe('main');
    await page.close();
  });

  it('changes the password: errors tied to their fields, then the new password works', async () => {
    const page = await browser.newPage();
    await page.context().clearCookies();
    await page.goto(`${server.url}/konto/losenord`);

    await loginAs(page, 'coach');
    await page.getByRole('heading', { level: 1, name: 'Byt lösenord' }).waitFor();

    const current = page.getByLabel('Nuvarande lösenord');
    const next = page.getByLabel('Nytt lösenord');
    const confirm = page.getByLabel('Upprepa det nya lösenordet');
    const newPassword = `${server.demoPassword}-nytt`;

    // Mismatch is caught in the browser, and the message is the field's description.
    await current.fill(server.demoPassword);
    await next.fill(newPassword);
    await confirm.fill(`${newPassword}x`);
    await page.getByRole('button', { name: 'Byt lösenord' }).click();
    expect(await confirm.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await confirm.getAttribute('aria-describedby')) ?? '';
    const descriptions = await Promise.all(
      describedBy.split(' ').map((id) => page.locator(`[id="${id}"]`).textContent()),
    );
    expect(descriptions).toContain('Lösenorden stämmer inte överens.');
    await expectNoAxeViolations(page);

    // A wrong current password comes back from the server on its field.
    await current.fill(`${server.demoPassword}-fel`);
    await confirm.fill(newPassword);
    await page.getByRole('button', { name: 'Byt lösenord' }).click();
    await page.getByRole('alert').filter({ hasText: 'Det nuvarande lösenordet stämmer inte.' }).waitFor();
    expect(await current.getAttribute('aria-invalid')).toBe('true');

    await current.fill(server.demoPassword);
    await page.getByRole('button', { name: 'Byt lösenord' }).click();
    await page.getByText('Ditt lösenord är bytt.').first().waitFor();
    expect(await current.inputValue()).toBe('');

    await page.getByRole('button', { name: 'Logga ut' }).click();
    await page.getByText('Du är nu utloggad.').waitFor();
    await loginAs(page, 'coach', server.demoPassword);
    await page.getByRole('alert').waitFor();
    await loginAs(page, 'coach', newPassword);
    await page.getByRole('heading', { level: 1, name: /^Hej / }).waitFor();
    await page.close();
  });
  it('sends the user to the login page with a notice when the session has ended', async () => {
    const page = await browser.newPage();
    await page.context().clearCookies();
    await page.goto(`${server.url}/konto/losenord`);
    await loginAs(page, 'foretag');
    await page.getByRole('heading', { level: 1, name: 'Byt lösenord' }).waitFor();

    // The session disappears (expiry, logout in another tab); the next API call gets 401.
    await page.context().clearCookies();
    await page.getByLabel('Nuvarande lösenord').fill(server.demoPassword);
    await page.getByLabel('Nytt lösenord').fill(`${server.demoPassword}-nytt`);
    await page.getByLabel('Upprepa det nya lösenordet').fill(`${server.demoPassword}-nytt`);
    await page.getByRole('button', { name: 'Byt lösenord' }).click();

    await page.getByText('Du har loggats ut. Logga in igen för att fortsätta.').waitFor();
    expect(new URL(page.url()).pathname).toBe('/logga-in');
    // Logging in again returns to where the user was.
    await loginAs(page, 'foretag');
    await page.getByRole('heading', { level: 1, name: 'Byt lösenord' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/konto/losenord');
    await page.close();
  });

  it('switches to English and remembers the choice', async () => {
    const page = await browser.newPage();
    await page.context().clearCookies();
    await page.goto(`${server.url}/logga-in`);
    await page.getByRole('button', { name: 'Change language to English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Log in' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.title()).toBe('Log in – Arbetsbro');

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Log in' }).waitFor();
    await page.getByRole('button', { name: 'Byt språk till svenska' }).click();
    await page.getByRole('heading', { level: 1, name: 'Logga in' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('sv');
    await page.close();
  });
});
