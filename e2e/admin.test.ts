import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, expectNoAxeViolations, launchBrowser } from './support/browser.ts';
import { typeInto } from './support/keyboard.ts';
import { type RunningServer, startServer } from './support/server.ts';

// An administrator runs the installation from the web app: creates a coach with a unit and hands
// over the one-time link; the coach chooses a password on the link's page and logs in. Axe on
// every administration screen, one of them at 390 px.

const screenshotDir = process.env.E2E_SCREENSHOT_DIR ?? tmpdir();

async function shot(page: Page, name: string) {
  await page.screenshot({ path: join(screenshotDir, `arbetsbro-admin-${name}.png`), fullPage: true });
}

interface ActiveElement {
  tagName: string;
  getAttribute(name: string): string | null;
  textContent: string | null;
}

/** What has keyboard focus: its tag, name attribute and text. */
function focused(page: Page) {
  return page.evaluate(() => {
    // Runs in the browser; the test project is compiled without DOM types.
    const el = (globalThis as unknown as { document: { activeElement: ActiveElement | null } }).document
      .activeElement;
    return {
      tag: el?.tagName.toLowerCase(),
      name: el?.getAttribute('name'),
      label: el?.getAttribute('aria-label'),
      text: el?.textContent?.trim(),
    };
  });
}

async function logIn(page: Page, url: string, username: string, password: string) {
  await page.getByRole('heading', { level: 1, name: 'Logga in' }).waitFor();
  expect(new URL(page.url()).origin).toBe(new URL(url).origin);
  await typeInto(page.getByLabel('Användarnamn'), username);
  await typeInto(page.getByLabel('Lösenord', { exact: true }), password);
  await page.keyboard.press('Enter');
  // The start page: the app has finished its own navigation after the login.
  await page.getByRole('heading', { level: 1, name: /^Hej / }).waitFor();
}

/** Picks a tab of the administration with the arrow keys. */
async function openTab(page: Page, name: string) {
  const tabs = page.getByRole('tablist', { name: 'Administrationens delar' });
  const target = tabs.getByRole('tab', { name, exact: true });
  await tabs.getByRole('tab', { selected: true }).focus();
  for (let i = 0; i < 4 && (await target.getAttribute('aria-selected')) !== 'true'; i++) {
    await page.keyboard.press('ArrowRight');
  }
  expect(await target.getAttribute('aria-selected')).toBe('true');
  return page.getByRole('tabpanel', { name });
}

describe('an administrator creates a coach who then logs in', () => {
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
  let adminBrowser: Browser;
  let coachBrowser: Browser;
  let admin: Page;
  let coach: Page;
  let link = '';
  const username = `nora.${Math.floor(Math.random() * 10_000)}`;
  const password = 'tre-koppar-kaffe-vid-tolv';

  beforeAll(async () => {
    server = await startServer();
    adminBrowser = await launchBrowser();
    coachBrowser = await launchBrowser();
    admin = await adminBrowser.newPage();
    admin.setDefaultTimeout(15_000);
    await adminBrowser.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: server.url,
    });
    coach = await coachBrowser.newPage();
    coach.setDefaultTimeout(15_000);
  });

  afterAll(async () => {
    await adminBrowser?.close();
    await coachBrowser?.close();
    await server?.stop();
  });

  step('the administrator opens Administration from the menu: the accounts with their roles', async () => {
    await admin.goto(server.url);
    await logIn(admin, server.url, 'admin', server.demoPassword);
    const menu = admin.getByRole('navigation', { name: 'Huvudmeny' });
    await menu.getByRole('link', { name: 'Administration' }).click();
    await admin.getByRole('heading', { level: 1, name: 'Administration' }).waitFor();
    const accounts = admin.getByRole('tabpanel', { name: 'Konton' });
    const table = accounts.getByRole('table');
    await table.getByRole('rowheader', { name: 'coach', exact: true }).waitFor();
    const coachRow = table
      .getByRole('row')
      .filter({ has: admin.getByRole('rowheader', { name: 'coach', exact: true }) });
    expect(await coachRow.textContent()).toContain('Arbetsmarknadscoach');
    await expectNoAxeViolations(admin);
  });

  step('an empty form puts the error on the field and focus there', async () => {
    const form = admin.getByRole('region', { name: 'Nytt konto' });
    await form.getByRole('button', { name: 'Skapa konto' }).click();
    await expect.poll(async () => (await focused(admin)).name).toBe('username');
    await form.getByText('Fyll i ett användarnamn.').waitFor();
    await expect.poll(async () => form.getByLabel('Användarnamn').getAttribute('aria-invalid')).toBe('true');
  });

  step('creates a coach with a unit and copies the one-time link', async () => {
    const form = admin.getByRole('region', { name: 'Nytt konto' });
    await typeInto(form.getByLabel('Användarnamn'), username);
    await typeInto(form.getByLabel('Namn', { exact: true }), 'Nora Nykomling');
    expect(await form.getByLabel('Roll').inputValue()).toBe('coach');
    // A coach without a unit is refused on the unit field.
    await form.getByRole('button', { name: 'Skapa konto' }).click();
    await form.getByText('Välj minst en enhet för en coach eller enhetschef.').waitFor();
    await expect.poll(async () => (await focused(admin)).name).toBe('unitIds');
    await form.getByRole('checkbox', { name: 'Jobbcentrum 25+' }).check();
    await form.getByRole('button', { name: 'Skapa konto' }).click();

    const panel = admin.getByRole('region', { name: 'Engångslänk för Nora Nykomling' });
    await panel.waitFor();
    await expect.poll(async () => (await focused(admin)).text).toBe('Engångslänk för Nora Nykomling');
    const shown = await panel.getByLabel('Engångslänk').inputValue();
    expect(shown).toMatch(new RegExp(`^${server.url}/valj-losenord#[A-Za-z0-9_-]{40,}$`));
    await panel.getByRole('button', { name: 'Kopiera länken' }).click();
    await panel.getByText('Länken är kopierad.').waitFor();
    link = await admin.evaluate(() =>
      (
        globalThis as unknown as { navigator: { clipboard: { readText(): Promise<string> } } }
      ).navigator.clipboard.readText(),
    );
    expect(link).toBe(shown);

    const row = admin
      .getByRole('tabpanel', { name: 'Konton' })
      .getByRole('row')
      .filter({ has: admin.getByRole('rowheader', { name: username, exact: true }) });
    await row.getByText('Väntar på lösenord', { exact: false }).waitFor();
    expect(await row.textContent()).toContain('Jobbcentrum 25+');
    await shot(admin, '1-accounts');
    await expectNoAxeViolations(admin);
    // Done with the link: on to the new account's row.
    await panel.getByRole('button', { name: 'Klar' }).click();
    await expect.poll(async () => (await focused(admin)).label).toBe(`Hantera kontot ${username}`);
    expect(await panel.count()).toBe(0);
  });

  step('the units and the settings screens are axe-clean too', async () => {
    const units = await openTab(admin, 'Enheter');
    await units.getByRole('rowheader', { name: 'Framtidscentrum 16–24' }).waitFor();
    const fc = units
      .getByRole('row')
      .filter({ has: admin.getByRole('rowheader', { name: 'Framtidscentrum 16–24' }) });
    expect(await fc.textContent()).toContain('16–24 år');
    await expectNoAxeViolations(admin);
    await units.getByRole('button', { name: 'Ändra Framtidscentrum 16–24' }).click();
    const edit = admin.getByRole('region', { name: 'Ändra Framtidscentrum 16–24' });
    await expect.poll(async () => (await focused(admin)).text).toBe('Ändra Framtidscentrum 16–24');
    expect(await edit.getByLabel('Högsta ålder').inputValue()).toBe('24');
    // Overlapping Jobbcentrum 25+ is refused on the field, with the other unit named.
    await edit.getByLabel('Högsta ålder').fill('30');
    await edit.getByRole('button', { name: 'Spara' }).click();
    await edit.getByText(/Åldrarna överlappar Jobbcentrum 25\+/).waitFor();
    await expect.poll(async () => (await focused(admin)).name).toBe('maxAge');
    await expectNoAxeViolations(admin);
    await edit.getByRole('button', { name: 'Stäng' }).click();
    const settings = await openTab(admin, 'Inställningar');
    expect(await settings.getByLabel('Dagar då en coach kan rätta ett avslut').inputValue()).toBe('30');
    await expectNoAxeViolations(admin);
  });

  step('at 390 px the accounts screen fits without scrolling sideways', async () => {
    await admin.setViewportSize({ width: 390, height: 844 });
    await openTab(admin, 'Konton');
    await admin.getByRole('rowheader', { name: username, exact: true }).waitFor();
    const overflow = await admin.evaluate(() => {
      const doc = (
        globalThis as unknown as {
          document: { documentElement: { scrollWidth: number; clientWidth: number } };
        }
      ).document.documentElement;
      return doc.scrollWidth - doc.clientWidth;
    });
    expect(overflow).toBeLessThanOrEqual(0);
    await shot(admin, '2-phone');
    await expectNoAxeViolations(admin);
    await admin.setViewportSize({ width: 1280, height: 800 });
  });

  step(
    'the coach opens the link, is refused a short password on the field, and sets a good one',
    async () => {
      await coach.goto(link);
      await coach.getByRole('heading', { level: 1, name: 'Välj lösenord' }).waitFor();
      await coach.getByText('Välkommen till Arbetsbro, Nora Nykomling!').waitFor();
      await coach.getByText(username, { exact: true }).waitFor();
      // The token is taken out of the address bar.
      expect(new URL(coach.url()).hash).toBe('');
      await expectNoAxeViolations(coach);

      await typeInto(coach.getByLabel('Nytt lösenord'), 'för-kort');
      await typeInto(coach.getByLabel('Upprepa lösenordet'), 'för-kort');
      await coach.keyboard.press('Enter');
      await coach.getByText('Lösenordet måste ha minst 12 tecken.').waitFor();
      await expect.poll(async () => (await focused(coach)).name).toBe('newPassword');

      await coach.getByLabel('Nytt lösenord').fill(password);
      await coach.getByLabel('Upprepa lösenordet').fill(password);
      await coach.getByRole('button', { name: 'Spara lösenordet' }).click();
      await coach.getByRole('heading', { level: 1, name: 'Lösenordet är sparat' }).waitFor();
      await expectNoAxeViolations(coach);
    },
  );

  step('the coach logs in and sees their Deltagare page, and no Administration', async () => {
    await coach.getByRole('link', { name: 'Till inloggningen' }).click();
    await logIn(coach, server.url, username, password);
    const menu = coach.getByRole('navigation', { name: 'Huvudmeny' });
    await menu.getByRole('link', { name: 'Deltagare' }).click();
    await coach.getByRole('heading', { level: 1, name: 'Deltagare' }).waitFor();
    await coach.getByRole('radio', { name: 'Mina deltagare' }).waitFor();
    expect(await menu.getByRole('link', { name: 'Administration' }).count()).toBe(0);
  });

  step('the link works only once', async () => {
    const again = await coachBrowser.newPage();
    await again.goto(link);
    await again.getByRole('heading', { level: 1, name: 'Länken går inte att använda' }).waitFor();
    await again.close();
  });

  step('the administrator sees the coach active, with a last login', async () => {
    await admin.reload();
    const row = admin
      .getByRole('row')
      .filter({ has: admin.getByRole('rowheader', { name: username, exact: true }) });
    await row.waitFor();
    await expect.poll(async () => row.textContent()).toContain('Aktivt');
    expect(await row.textContent()).not.toContain('Aldrig');
  });

  step('deactivating the coach ends their session at once', async () => {
    const row = admin
      .getByRole('row')
      .filter({ has: admin.getByRole('rowheader', { name: username, exact: true }) });
    await row.getByRole('button', { name: `Hantera kontot ${username}` }).click();
    const manage = admin.getByRole('region', { name: 'Hantera Nora Nykomling' });
    await expect.poll(async () => (await focused(admin)).text).toBe('Hantera Nora Nykomling');
    await expectNoAxeViolations(admin);
    await manage.getByRole('button', { name: 'Inaktivera kontot' }).click();
    await manage.getByText(`Kontot ${username} är inaktiverat`, { exact: false }).waitFor();
    await expect.poll(async () => row.textContent()).toContain('Inaktiverat');

    await coach
      .getByRole('navigation', { name: 'Huvudmeny' })
      .getByRole('link', { name: 'Översikt' })
      .click();
    await coach.reload();
    await coach.getByRole('heading', { level: 1, name: 'Logga in' }).waitFor();
  });
});
