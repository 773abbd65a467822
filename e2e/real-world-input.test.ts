import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fictitiousPersonnummer, formatPersonnummer } from '@arbetsbro/identity';
import type { Locator, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, expectNoAxeViolations, launchBrowser } from './support/browser.ts';
import { isoDay, openTab, press } from './support/keyboard.ts';
import { type RunningServer, startServer } from './support/server.ts';

// Real-world input in the web forms (issue 9), as a coach types and pastes it: a date that does
// not exist is refused on its field and kept as typed, with nothing saved; "9.30" is a time; a
// language is picked by name; the server's refusals (an unknown language or occupation, a control
// character in a note) land on the field that holds them, with focus; long texts show their limit.
// In Swedish, with the keyboard, axe-clean in every error state; the intake at a phone's width.

const screenshotDir = process.env.E2E_SCREENSHOT_DIR ?? tmpdir();

async function shot(page: Page, name: string) {
  await page.screenshot({ path: join(screenshotDir, `arbetsbro-input-${name}.png`), fullPage: true });
}

interface ActiveElement {
  tagName: string;
  getAttribute(name: string): string | null;
  value?: string;
}

/** What has keyboard focus: its name attribute, role and value. */
function focused(page: Page) {
  return page.evaluate(() => {
    // Runs in the browser; the test project is compiled without DOM types.
    const el = (globalThis as unknown as { document: { activeElement: ActiveElement | null } }).document
      .activeElement;
    return {
      tag: el?.tagName.toLowerCase(),
      name: el?.getAttribute('name'),
      role: el?.getAttribute('role'),
      id: el?.getAttribute('id'),
      value: el?.value,
    };
  });
}

/** Keyboard: empty a field and type into it. */
async function retype(locator: Locator, text: string) {
  await locator.focus();
  await locator.page().keyboard.press('Control+A');
  await locator.page().keyboard.press('Backspace');
  await locator.page().keyboard.type(text);
}

/** The texts an element's aria-describedby points at (description, error), joined. */
async function describedBy(locator: Locator): Promise<string> {
  const ids = ((await locator.getAttribute('aria-describedby')) ?? '').split(/\s+/).filter(Boolean);
  const texts: string[] = [];
  for (const id of ids)
    texts.push(((await locator.page().locator(`[id="${id}"]`).textContent()) ?? '').trim());
  // Swedish digit groups are joined by no-break spaces ("10 000"): compare them as spaces.
  return texts.join(' ').replace(/[\u00A0\u202F]/g, ' ');
}

/** Writes (POST/PUT/PATCH) the page sends to the API while `fn` runs. */
async function writesDuring(page: Page, fn: () => Promise<void>): Promise<string[]> {
  const sent: string[] = [];
  const listener = (request: Request) => {
    if (request.method() !== 'GET' && new URL(request.url()).pathname.startsWith('/api/')) {
      sent.push(`${request.method()} ${new URL(request.url()).pathname}`);
    }
  };
  page.on('request', listener);
  try {
    await fn();
    // Anything the submit would have sent has been sent by now.
    await page.waitForTimeout(300);
  } finally {
    page.off('request', listener);
  }
  return sent.filter((write) => !write.endsWith('/intake-check'));
}

describe('real-world input in the web forms', () => {
  // One participant through the forms: once a step fails, the later ones have nothing to stand on.
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
  let participantId = '';
  const personnummer = fictitiousPersonnummer(Math.random, { today: isoDay(), minAge: 30, maxAge: 55 });
  const lastName = `Datumsson ${Math.floor(Math.random() * 1000)}`;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    page = await browser.newPage();
    page.setDefaultTimeout(10_000);
    await page.goto(`${server.url}/deltagare/ny`);
    await page.getByRole('heading', { level: 1, name: 'Logga in' }).waitFor();
    await page.getByLabel('Användarnamn').fill('coach');
    await page.getByLabel('Lösenord').fill(server.demoPassword);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Skriv in deltagare' }).waitFor();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  step(
    'intake at 390 px: 31 February is refused on the field, kept as typed, and nothing is saved',
    async () => {
      await page.setViewportSize({ width: 390, height: 844 });
      await page.getByLabel(/^Personnummer eller samordningsnummer/).fill(formatPersonnummer(personnummer));
      await page.getByText(/Personnummer stämmer\. Personen är \d+ år/).waitFor();
      await page.getByLabel('Förnamn').fill('Vera');
      await page.getByLabel('Efternamn').fill(lastName);
      const referral = page.getByLabel('Anvisad av');
      await press(referral, 'ArrowDown');

      const enrolledAt = page.getByRole('textbox', { name: 'Inskrivningsdatum' });
      // Today is the default: the coach types over it.
      expect(await enrolledAt.inputValue()).toBe(isoDay());
      await retype(enrolledAt, '2025-02-31');
      const afRegistered = page.getByRole('textbox', { name: 'Inskriven på Arbetsförmedlingen sedan' });
      await retype(afRegistered, '2024-13-01');

      const writes = await writesDuring(page, async () => {
        await press(page.getByRole('button', { name: 'Skriv in deltagaren' }), 'Enter');
        await expect.poll(async () => (await focused(page)).name).toBe('enrolledAt');
      });
      expect(writes).toEqual([]);
      // On the field, referenced from it, with the typed text still there.
      expect(await enrolledAt.getAttribute('aria-invalid')).toBe('true');
      expect(await describedBy(enrolledAt)).toContain('Datumet finns inte. Skriv det som ÅÅÅÅ-MM-DD.');
      expect(await enrolledAt.inputValue()).toBe('2025-02-31');
      expect(await afRegistered.getAttribute('aria-invalid')).toBe('true');
      expect(await afRegistered.inputValue()).toBe('2024-13-01');
      // The summary names the fields as the form labels them.
      const summary = page.getByRole('alert').filter({ hasText: 'Formuläret innehåller 2 fel' });
      await summary.getByText('Inskrivningsdatum: Datumet finns inte. Skriv det som ÅÅÅÅ-MM-DD.').waitFor();
      await summary
        .getByText('Inskriven på Arbetsförmedlingen sedan: Datumet finns inte. Skriv det som ÅÅÅÅ-MM-DD.')
        .waitFor();
      await shot(page, '1-intake-31-february');
      await expectNoAxeViolations(page);

      // Nothing was saved: the number is still free.
      const me = await page.request.get(`${server.url}/api/auth/me`);
      const { csrfToken } = (await me.json()) as { csrfToken: string };
      const check = await page.request.post(`${server.url}/api/participants/intake-check`, {
        headers: { 'X-CSRF-Token': csrfToken },
        data: { personnummer },
      });
      expect(((await check.json()) as { knownPerson: boolean }).knownPerson).toBe(false);

      // Corrected in the same field; another way of writing the date is read as ISO on leaving it.
      const month = isoDay(-30).slice(0, 8).replace(/-/g, '.');
      await retype(enrolledAt, `${month}${isoDay(-30).slice(8)}`);
      await page.keyboard.press('Tab');
      expect(await enrolledAt.inputValue()).toBe(isoDay(-30));
      await retype(afRegistered, '');
      await press(page.getByRole('button', { name: 'Skriv in deltagaren' }), 'Enter');
      await page.getByRole('heading', { level: 1, name: `Vera ${lastName}` }).waitFor();
      participantId = new URL(page.url()).pathname.split('/').at(-1) ?? '';
      const detail = await page.request.get(`${server.url}/api/participants/${participantId}`);
      const { enrolments } = (await detail.json()) as {
        enrolments: Array<{ enrolledAt: string; afRegisteredSince: string | null }>;
      };
      expect(enrolments[0]).toMatchObject({ enrolledAt: isoDay(-30), afRegisteredSince: null });
      await page.setViewportSize({ width: 1280, height: 800 });
    },
  );

  step('plan: a step deadline that does not exist is refused on its field and kept', async () => {
    const panel = await openTab(page, 'Handlingsplan');
    await press(panel.getByRole('radio', { name: 'Arbete' }), 'Space');
    await press(panel.getByRole('button', { name: 'Lägg till steg' }), 'Enter');
    await expect.poll(async () => (await focused(page)).name).toBe('steps.0.title');
    await page.keyboard.type('Ta truckkort A och B');
    const deadline = panel.getByRole('textbox', { name: /^Klart senast/ });
    await retype(deadline, '2026-02-30');
    const writes = await writesDuring(page, async () => {
      await press(panel.getByRole('button', { name: 'Spara ny version' }), 'Enter');
      await expect.poll(async () => (await focused(page)).name).toBe('steps.0.dueDate');
    });
    expect(writes).toEqual([]);
    expect(await deadline.inputValue()).toBe('2026-02-30');
    expect(await deadline.getAttribute('aria-invalid')).toBe('true');
    expect(await describedBy(deadline)).toContain('Datumet finns inte. Skriv det som ÅÅÅÅ-MM-DD.');
    await shot(page, '2-plan-deadline');
    await expectNoAxeViolations(page);

    // Still there after leaving the field, and saved once corrected (as YYYY-MM-DD).
    await page.keyboard.press('Tab');
    expect(await deadline.inputValue()).toBe('2026-02-30');
    await retype(deadline, '2026-2-28');
    await press(panel.getByRole('button', { name: 'Spara ny version' }), 'Enter');
    await panel.getByText('Handlingsplanen är sparad som version 1.').waitFor();
    const detail = await page.request.get(`${server.url}/api/participants/${participantId}`);
    const { currentEnrolmentId } = (await detail.json()) as { currentEnrolmentId: string };
    const plan = await page.request.get(`${server.url}/api/enrolments/${currentEnrolmentId}/plan`);
    const { current } = (await plan.json()) as { current: { steps: Array<{ dueDate: string | null }> } };
    expect(current.steps.map((s) => s.dueDate)).toEqual(['2026-02-28']);
  });

  step('follow-up: 25.00 is refused on the time field, 9.30 is saved as 09:30', async () => {
    const panel = await openTab(page, 'Uppföljningar');
    await panel.getByRole('textbox', { name: 'Datum' }).fill(isoDay(3));
    const time = panel.getByRole('textbox', { name: /^Tid/ });
    await retype(time, '25.00');
    await press(panel.getByRole('button', { name: 'Planera uppföljningen' }), 'Enter');
    await expect.poll(async () => (await focused(page)).name).toBe('dueTime');
    expect(await describedBy(time)).toContain('Tiden finns inte. Skriv den som TT:MM, till exempel 09:30.');
    expect(await time.inputValue()).toBe('25.00');
    await expectNoAxeViolations(page);

    await retype(time, '9.30');
    await press(panel.getByRole('button', { name: 'Planera uppföljningen' }), 'Enter');
    const todo = panel.getByRole('table', { name: 'Uppföljningar att göra' });
    await todo.getByRole('rowheader', { name: new RegExp(`${isoDay(3)} 09:30`) }).waitFor();
    const detail = await page.request.get(`${server.url}/api/participants/${participantId}`);
    const { currentEnrolmentId } = (await detail.json()) as { currentEnrolmentId: string };
    const list = await page.request.get(`${server.url}/api/enrolments/${currentEnrolmentId}/follow-ups`);
    const { items } = (await list.json()) as { items: Array<{ dueDate: string; dueTime: string | null }> };
    expect(items).toContainEqual(expect.objectContaining({ dueDate: isoDay(3), dueTime: '09:30' }));
    await shot(page, '3-follow-up-time');
  });

  step(
    'profile: a language is picked by name; a bad one is refused on that field, with focus there',
    async () => {
      const panel = await openTab(page, 'Profil');
      await press(panel.getByRole('button', { name: 'Lägg till språk' }), 'Enter');
      const languageField = panel.getByRole('combobox', { name: 'Språk' });
      await expect.poll(async () => (await focused(page)).name).toBe('languages.0.code');
      await page.keyboard.type('Klingonska');
      await page.getByText('Inget språk matchar. Pröva ett annat namn.').waitFor();
      await page.keyboard.press('Tab');
      expect((await focused(page)).name).toBe('languages.0.level');
      await page.keyboard.type('B1');

      // No such language: refused on the field before anything is sent; what was typed stays.
      const writes = await writesDuring(page, async () => {
        await press(panel.getByRole('button', { name: 'Spara språk' }), 'Enter');
        await expect.poll(async () => (await focused(page)).name).toBe('languages.0.code');
      });
      expect(writes).toEqual([]);
      expect(await languageField.inputValue()).toBe('Klingonska');
      expect(await languageField.getAttribute('aria-invalid')).toBe('true');
      expect(await describedBy(languageField)).toContain(
        'Det finns inget språk som heter ”Klingonska” i listan. Välj ett språk i listan.',
      );
      await expectNoAxeViolations(page);

      // Picked by name with the keyboard.
      await retype(languageField, 'tigrin');
      await page.getByRole('option', { name: 'Tigrinska' }).waitFor();
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      expect(await languageField.inputValue()).toBe('Tigrinska');

      // A code the server does not know (a vocabulary changed under the coach): the server's
      // `profile.languages.0.code` lands on this field, focus with it, never the path.
      await page.route('**/api/participants/*/profile', async (route) => {
        const body = route.request().postDataJSON() as { profile: { languages: Array<{ code: string }> } };
        body.profile.languages[0]!.code = 'xx';
        await route.continue({ postData: JSON.stringify(body) });
      });
      await press(panel.getByRole('button', { name: 'Spara språk' }), 'Enter');
      await expect.poll(async () => (await focused(page)).name).toBe('languages.0.code');
      await expect.poll(() => languageField.getAttribute('aria-invalid')).toBe('true');
      expect(await describedBy(languageField)).toContain('Okänt språk.');
      const summary = panel.getByRole('alert').filter({ hasText: 'Formuläret innehåller' });
      await summary.getByText('Språk: Okänt språk.').waitFor();
      expect(await panel.textContent()).not.toContain('profile.languages');
      await shot(page, '4-profile-language');
      await expectNoAxeViolations(page);
      await page.unroute('**/api/participants/*/profile');

      await press(panel.getByRole('button', { name: 'Spara språk' }), 'Enter');
      await panel.getByText('Språken är sparade.').waitFor();
      const stored = await page.request.get(`${server.url}/api/participants/${participantId}`);
      const { profile } = (await stored.json()) as { profile: { languages: unknown[] } };
      expect(profile.languages).toEqual([{ code: 'ti', level: 'CEFR-B1' }]);
    },
  );

  step(
    'profile: a refused occupation moves focus to its combobox (its value sits on a hidden input)',
    async () => {
      const panel = await openTab(page, 'Profil');
      await press(panel.getByRole('button', { name: 'Lägg till erfarenhet' }), 'Enter');
      await expect.poll(async () => (await focused(page)).role).toBe('combobox');
      await page.keyboard.type('lager');
      await page.getByRole('option', { name: /^Lagerarbetare/ }).waitFor();
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      await page.keyboard.press('Tab');
      await page.keyboard.type('2');
      await page.route('**/api/participants/*/profile', async (route) => {
        const body = route.request().postDataJSON() as { profile: { occupations: Array<{ id: string }> } };
        body.profile.occupations[0]!.id = 'local:occupation:finns-inte';
        await route.continue({ postData: JSON.stringify(body) });
      });
      await press(panel.getByRole('button', { name: 'Spara erfarenhet och önskemål' }), 'Enter');
      const occupation = panel.getByRole('combobox', { name: 'Yrke' });
      await expect.poll(() => occupation.getAttribute('aria-invalid')).toBe('true');
      const occupationId = await occupation.getAttribute('id');
      await expect.poll(async () => (await focused(page)).id).toBe(occupationId);
      expect(await describedBy(occupation)).toContain('Yrket finns inte i yrkestaxonomin.');
      await panel.getByRole('alert').getByText('Yrke: Yrket finns inte i yrkestaxonomin.').waitFor();
      await expectNoAxeViolations(page);
      await page.unroute('**/api/participants/*/profile');
    },
  );

  step(
    'journal: the note shows its limit and counts; over it, and with a pasted control character, it is refused on the field',
    async () => {
      const panel = await openTab(page, 'Journal');
      const note = panel.getByRole('textbox', { name: 'Anteckning' });
      // The limit is read with the field; the count is shown, and announced only near the limit.
      expect(await describedBy(note)).toContain('Högst 10 000 tecken.');
      await note.focus();
      await page.keyboard.type('Första mötet.');
      await panel.getByText('9 987 tecken kvar av 10 000').waitFor();
      expect(await panel.getByRole('status').filter({ hasText: 'tecken kvar' }).count()).toBe(0);

      await note.fill(`Lång anteckning ${'x'.repeat(10_000)}`);
      await panel.getByText('16 tecken för mycket (högst 10 000)').waitFor();
      await panel.getByRole('status').filter({ hasText: '16 tecken för mycket' }).waitFor();
      await press(panel.getByRole('button', { name: 'Spara anteckningen' }), 'Enter');
      await expect.poll(async () => (await focused(page)).name).toBe('text');
      expect(await describedBy(note)).toContain(
        'Texten är för lång: högst 10 000 tecken. Korta den med 16 tecken.',
      );
      await shot(page, '5-journal-counter');
      await expectNoAxeViolations(page);

      // Pasted from another system with a bell character in it: the server refuses it by field.
      await note.fill('Ringde arbetsgivaren\u0007 om praktiken.');
      await press(panel.getByRole('button', { name: 'Spara anteckningen' }), 'Enter');
      await expect.poll(() => note.getAttribute('aria-invalid')).toBe('true');
      await expect.poll(async () => (await focused(page)).name).toBe('text');
      expect(await describedBy(note)).toContain('Texten innehåller ett osynligt styrtecken (U+0007)');
      expect(await note.inputValue()).toBe('Ringde arbetsgivaren\u0007 om praktiken.');
      await expectNoAxeViolations(page);

      await note.fill('Ringde arbetsgivaren om praktiken.');
      await press(panel.getByRole('button', { name: 'Spara anteckningen' }), 'Enter');
      await panel.getByRole('article').filter({ hasText: 'Ringde arbetsgivaren om praktiken.' }).waitFor();
    },
  );
});
