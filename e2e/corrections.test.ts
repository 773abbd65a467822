import { fictitiousPersonnummer } from '@arbetsbro/identity';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, expectNoAxeViolations, launchBrowser } from './support/browser.ts';
import { type Doc, focusedName, isoDay, openTab, press, typeOver } from './support/keyboard.ts';
import { type RunningServer, startServer } from './support/server.ts';

// Putting right what was entered wrongly, and doing the day's work from Min vecka, as a coach
// with the keyboard: an exit corrected (Kolada's category follows), a follow-up moved and one
// cancelled straight from Min vecka (at phone width), a journal note amended with the original
// kept, and a conflict that shows what the other change was — axe-clean at every step.

describe('a coach corrects what was entered wrongly and works from Min vecka', () => {
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
  let csrf = '';
  const suffix = Math.floor(Math.random() * 100_000);
  const exited = { id: '', name: `Eddie Exitsson ${suffix}` };
  const busy = { id: '', enrolmentId: '', name: `Fia Följsson ${suffix}` };

  async function apiCall(method: 'post' | 'patch', path: string, data: unknown) {
    const res = await page.request[method](`${server.url}${path}`, {
      headers: { 'X-CSRF-Token': csrf },
      data,
    });
    expect(res.status(), await res.text()).toBeLessThan(300);
    return res.json();
  }

  async function intake(name: string) {
    const [firstName, ...rest] = name.split(' ');
    const personnummer = fictitiousPersonnummer(Math.random, { today: isoDay(), minAge: 30, maxAge: 55 });
    return apiCall('post', '/api/participants', {
      personnummer,
      firstName,
      lastName: rest.join(' '),
      enrolledAt: isoDay(-40),
      referralSource: 'socialtjansten',
      educationLevel: 'compulsory',
      monthsWithoutWork: 14,
      incomeSupport: true,
    });
  }

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    page = await browser.newPage();
    page.setDefaultTimeout(10_000);
    await page.goto(`${server.url}/deltagare`);
    await page.getByLabel('Användarnamn').fill('coach');
    await page.getByLabel('Lösenord').fill(server.demoPassword);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Deltagare' }).waitFor();
    csrf = ((await (await page.request.get(`${server.url}/api/auth/me`)).json()) as { csrfToken: string })
      .csrfToken;

    // One person who left for municipal labour-market employment (E in Kolada) …
    const first = await intake(exited.name);
    exited.id = first.id;
    await apiCall('post', `/api/enrolments/${first.enrolments[0].id}/exit`, {
      version: first.enrolments[0].version,
      date: isoDay(-1),
      category: 'work',
      employment: { kind: 'municipal_labour_market', startDate: isoDay(-1), employerName: 'Kommunen' },
    });
    // … and one with two follow-ups this week and a journal note.
    const second = await intake(busy.name);
    busy.id = second.id;
    busy.enrolmentId = second.enrolments[0].id;
    for (const purpose of ['Avstämning om praktiken', 'Trepartssamtal']) {
      await apiCall('post', `/api/enrolments/${busy.enrolmentId}/follow-ups`, {
        with: 'participant',
        dueDate: isoDay(1),
        purpose,
      });
    }
    await apiCall('post', `/api/enrolments/${busy.enrolmentId}/journal`, {
      occurredOn: isoDay(0),
      text: 'Samtal om truckkort A.',
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  step('corrects an exit: studies instead of work, and Kolada’s category follows', async () => {
    await page.goto(`${server.url}/deltagare/${exited.id}`);
    const panel = await openTab(page, 'Avslut');
    await panel.getByText('E. Övrigt', { exact: true }).waitFor();
    await press(panel.getByRole('button', { name: 'Rätta avslutet' }), 'Enter');
    // Focus moves to the correction form, which starts from what was recorded.
    await expect.poll(() => focusedName(page)).toBe('Rätta avslutet');
    expect(await panel.getByRole('radio', { name: /^A\. Arbete/ }).isChecked()).toBe(true);
    await press(panel.getByRole('radio', { name: /^B\. Studier/ }), 'Space');
    await panel.getByLabel('Utbildningsform').selectOption('komvux');
    await press(panel.getByRole('checkbox', { name: 'Utbildningen ger rätt till studiemedel' }), 'Space');
    // Without a reason it is refused on the field.
    await press(panel.getByRole('button', { name: 'Spara rättelsen' }), 'Enter');
    await expect.poll(() => focusedName(page)).toBe('reason');
    await page.keyboard.type('Fel orsak: personen började på Komvux, inte i kommunen.');
    await expectNoAxeViolations(page);
    await press(panel.getByRole('button', { name: 'Spara rättelsen' }), 'Enter');

    await panel.locator('dd strong', { hasText: 'B. Börjat studera' }).waitFor();
    const history = panel.getByText('Rättelser (1)');
    await press(history, 'Enter');
    await panel.getByText(/Fel orsak: personen började på Komvux/).waitFor();
    await panel
      .getByRole('listitem')
      .filter({ hasText: 'Räknas i Kolada som:' })
      .filter({ hasText: 'E. Övrigt' })
      .last()
      .waitFor();
    await expectNoAxeViolations(page);
  });

  step('moves and cancels follow-ups from Min vecka at phone width, with the keyboard', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${server.url}/uppfoljning`);
    await page.getByRole('heading', { level: 1, name: 'Uppföljning' }).waitFor();
    const list = page.getByRole('table', { name: /närmaste sju dagarnas/ });
    const rows = list.getByRole('row').filter({ hasText: busy.name });
    await expect.poll(() => rows.count()).toBe(2);
    await expectNoAxeViolations(page);

    // Move the first one three days on, with a reason.
    const moving = rows.filter({ hasText: 'Avstämning om praktiken' });
    await press(moving.getByRole('button', { name: /^Flytta uppföljningen .* Fia Följsson/ }), 'Enter');
    await expect.poll(() => focusedName(page)).toBe('dueDate');
    await typeOver(page.getByLabel('Datum', { exact: true }), isoDay(3));
    await page.getByLabel(/^Varför ändras den\?/).fill('Deltagaren är sjuk');
    await expectNoAxeViolations(page);
    await press(page.getByRole('button', { name: 'Spara ändringen', exact: true }), 'Enter');
    await page
      .getByRole('status')
      .filter({ hasText: `Uppföljningen med ${busy.name} är flyttad.` })
      .waitFor();
    await list
      .getByRole('row')
      .filter({ hasText: 'Avstämning om praktiken' })
      .getByRole('rowheader', { name: new RegExp(isoDay(3)) })
      .waitFor();

    // Cancel the other: a reason is needed, then it leaves the list.
    const cancelling = list.getByRole('row').filter({ hasText: 'Trepartssamtal' });
    await press(cancelling.getByRole('button', { name: /^Ställ in uppföljningen/ }), 'Enter');
    await expect.poll(() => focusedName(page)).toBe('reason');
    await page.keyboard.type('Arbetsgivaren kan inte');
    await press(page.getByRole('button', { name: 'Ställ in uppföljningen', exact: true }), 'Enter');
    await expect.poll(() => list.getByRole('row').filter({ hasText: 'Trepartssamtal' }).count()).toBe(0);
    // Nothing on the page scrolls sideways at this width.
    const overflow = await page.evaluate(() => {
      const root = (globalThis as unknown as { document: Doc }).document.documentElement;
      return root.scrollWidth - root.clientWidth;
    });
    expect(overflow).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page);

    // In the person's record the cancelled one is kept, with its reason.
    await press(list.getByRole('link', { name: busy.name }).first(), 'Enter');
    const followUps = page.getByRole('tabpanel', { name: 'Uppföljningar' });
    await followUps.getByRole('cell', { name: /Inställd.*Arbetsgivaren kan inte/ }).waitFor();
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  step('amends a journal note; the original is kept and shown', async () => {
    const panel = await openTab(page, 'Journal');
    await panel.getByText('Samtal om truckkort A.').waitFor();
    await press(panel.getByRole('button', { name: /^Ändra anteckningen från/ }), 'Enter');
    await expect.poll(() => focusedName(page)).toBe('text');
    // Focus is in the note's text (the new-note form above has a field of the same name).
    await page.keyboard.press('Control+A');
    await page.keyboard.type('Samtal om truckkort A och B.');
    await panel.getByLabel(/^Varför ändras anteckningen/).fill('Skrev fel behörighet');
    await expectNoAxeViolations(page);
    await press(panel.getByRole('button', { name: 'Spara ändringen' }), 'Enter');
    await panel.locator('p.journal__text', { hasText: 'Samtal om truckkort A och B.' }).waitFor();
    await panel.getByText(/ändrad \d{4}-\d{2}-\d{2}/).waitFor();
    await press(panel.getByText('Rättelser (1)'), 'Enter');
    // The original text, struck through, beside the new one, with the reason.
    await panel.locator('del', { hasText: 'Samtal om truckkort A.' }).waitFor();
    await panel.getByText(/Skrev fel behörighet/).waitFor();
    await expectNoAxeViolations(page);
  });

  step('shows what the other change was before saving over it', async () => {
    const panel = await openTab(page, 'Översikt');
    await press(panel.getByRole('button', { name: 'Ändra kontaktuppgifter' }), 'Enter');
    await typeOver(panel.getByLabel('Telefon'), '070-111 11 11');
    // Meanwhile the same coach, in another tab, saves another number.
    const other = await browser.newPage();
    const detail = (await (await other.request.get(`${server.url}/api/participants/${busy.id}`)).json()) as {
      version: number;
    };
    const saved = await other.request.patch(`${server.url}/api/participants/${busy.id}`, {
      headers: { 'X-CSRF-Token': csrf },
      data: { version: detail.version, contact: { phone: '070-222 22 22' } },
    });
    expect(saved.status()).toBe(200);
    await other.close();

    await press(panel.getByRole('button', { name: 'Spara' }), 'Enter');
    const conflict = panel.getByRole('alert').filter({ hasText: 'i en annan flik' });
    await conflict.waitFor();
    const diff = conflict.getByRole('table', { name: 'Vad som ändrades medan du arbetade' });
    const phone = diff.getByRole('row').filter({ hasText: 'Telefon' });
    await phone.getByRole('cell', { name: '070-222 22 22' }).waitFor();
    await phone.getByRole('cell', { name: '070-111 11 11' }).waitFor();
    // What the coach typed is still in the field.
    expect(await panel.getByLabel('Telefon').inputValue()).toBe('070-111 11 11');
    await expectNoAxeViolations(page);
  });
});
