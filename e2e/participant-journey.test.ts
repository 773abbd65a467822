import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fictitiousPersonnummer, formatPersonnummer } from '@arbetsbro/identity';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, expectNoAxeViolations, launchBrowser } from './support/browser.ts';
import { isoDay, openTab, press, typeInto } from './support/keyboard.ts';
import { type RunningServer, startServer } from './support/server.ts';

// The coach's whole working day with one participant, in Swedish and mostly with the keyboard:
// intake → plan → intervention → follow-up → exit, with axe on every main view.

const screenshotDir = process.env.E2E_SCREENSHOT_DIR ?? tmpdir();

async function shot(page: Page, name: string) {
  await page.screenshot({ path: join(screenshotDir, `arbetsbro-journey-${name}.png`), fullPage: true });
}

interface ActiveElement {
  tagName: string;
  getAttribute(name: string): string | null;
  textContent: string | null;
}

/** What has keyboard focus: its name attribute and text. */
function focused(page: Page) {
  return page.evaluate(() => {
    // Runs in the browser; the test project is compiled without DOM types.
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

describe('a coach’s journey with one participant', () => {
  // One story in steps: once a step fails, the later ones have nothing to stand on.
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
  const personnummer = fictitiousPersonnummer(Math.random, { today: isoDay(), minAge: 30, maxAge: 55 });
  const firstName = 'Alva';
  const lastName = `Testsson ${Math.floor(Math.random() * 1000)}`;

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

  step('logs in and shows Mina deltagare with filters and counts', async () => {
    await page.goto(`${server.url}/deltagare`);
    await page.getByRole('heading', { level: 1, name: 'Logga in' }).waitFor();
    await typeInto(page.getByLabel('Användarnamn'), 'coach');
    await page.keyboard.press('Tab');
    await page.keyboard.type(server.demoPassword);
    await page.keyboard.press('Enter');

    // Back to where we were going.
    await page.getByRole('heading', { level: 1, name: 'Deltagare' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/deltagare');
    const filters = page.getByRole('region', { name: 'Snabbfilter' });
    for (const name of [
      'Ej tilldelade',
      'Nya',
      'Uppföljning försenad',
      'Ingen aktiv insats',
      'Avslut behöver verifieras',
      'Möten idag',
    ]) {
      await filters.getByRole('button', { name: new RegExp(`^${name}`) }).waitFor();
    }
    await page.getByRole('radio', { name: 'Mina deltagare' }).waitFor();
    await shot(page, '1-list');
    await expectNoAxeViolations(page);
  });

  step(
    'does the intake with inline checks, server errors next to the fields and routing by age',
    async () => {
      await press(page.getByRole('link', { name: 'Skriv in deltagare' }), 'Enter');
      await page.getByRole('heading', { level: 1, name: 'Skriv in deltagare' }).waitFor();
      await expectNoAxeViolations(page);

      // Submitting the empty form: a summary at the top and focus on the first invalid field.
      await press(page.getByRole('button', { name: 'Skriv in deltagaren' }), 'Enter');
      const summary = page.getByRole('alert').filter({ hasText: 'Formuläret innehåller' });
      await summary.waitFor();
      await expect.poll(async () => (await focused(page)).name).toBe('personnummer');
      expect(
        await page.getByLabel(/^Personnummer eller samordningsnummer/).getAttribute('aria-invalid'),
      ).toBe('true');
      await shot(page, '2-intake-errors');
      await expectNoAxeViolations(page);

      // A wrong check digit is caught while typing.
      const wrong = `${personnummer.slice(0, 11)}${(Number(personnummer.at(-1)) + 1) % 10}`;
      await page.keyboard.type(wrong);
      await page.getByText('Kontrollsiffran stämmer inte').first().waitFor();
      for (let i = 0; i < wrong.length; i++) await page.keyboard.press('Backspace');

      await page.keyboard.type(formatPersonnummer(personnummer));
      await page
        .getByText(/Personnummer stämmer\. Personen är \d+ år och hör till Jobbcentrum 25\+\./)
        .waitFor();
      // 30–55 years old: Jobbcentrum 25+ (the demo coach's unit).
      await page.getByText('Deltagaren hör till Jobbcentrum 25+.').waitFor();

      await page.keyboard.press('Tab');
      expect((await focused(page)).name).toBe('firstName');
      await page.keyboard.type(firstName);
      await page.keyboard.press('Tab');
      await page.keyboard.type(lastName);

      // Referral source with the keyboard: the first choice after "Välj …".
      // Enrolled two months ago, so that the job found below has already lasted a month.
      await page.getByLabel('Inskrivningsdatum').fill(isoDay(-60));
      const referral = page.getByLabel('Anvisad av');
      await press(referral, 'ArrowDown');
      expect(await referral.inputValue()).toBe('arbetsformedlingen');
      await typeInto(page.getByLabel('Månader utan arbete före inskrivningen'), 'fjorton');
      await press(page.getByRole('checkbox', { name: 'Hushållet har försörjningsstöd' }), 'Space');

      // Our own check names the wrong number; fix it and send.
      await press(page.getByRole('button', { name: 'Skriv in deltagaren' }), 'Enter');
      await expect.poll(async () => (await focused(page)).name).toBe('monthsWithoutWork');
      await page.keyboard.press('Control+A');
      await page.keyboard.type('14');

      // An e-mail address the server refuses: its 400 message appears at the field.
      await typeInto(page.getByLabel('E-post'), 'inte-en-adress@');
      await press(page.getByRole('button', { name: 'Skriv in deltagaren' }), 'Enter');
      await expect.poll(async () => (await focused(page)).name).toBe('email');
      const email = page.getByLabel('E-post');
      await expect.poll(() => email.getAttribute('aria-invalid')).toBe('true');
      // The server's own words, referenced from the field.
      const errorId = (await email.getAttribute('aria-describedby')) ?? '';
      expect(await page.locator(`[id="${errorId}"]`).textContent()).toBe('Ogiltig e-postadress.');
      await page.getByRole('alert').filter({ hasText: 'E-post: Ogiltig e-postadress.' }).waitFor();
      await shot(page, '3-intake-server-error');
      await page.keyboard.press('Control+A');
      await page.keyboard.type('alva@example.se');
      await page.keyboard.press('Enter');

      await page.getByRole('heading', { level: 1, name: `${firstName} ${lastName}` }).waitFor();
      await page.getByText(`${firstName} ${lastName} är inskriven.`).first().waitFor();
      expect(await page.getByText(formatPersonnummer(personnummer)).count()).toBeGreaterThan(0);
      await shot(page, '4-participant');
      await expectNoAxeViolations(page);
    },
  );

  step('writes a plan with a step agreed with the participant', async () => {
    const panel = await openTab(page, 'Handlingsplan');
    await panel.getByRole('heading', { name: 'Handlingsplan' }).waitFor();
    await press(panel.getByRole('radio', { name: 'Arbete' }), 'Space');
    await press(panel.getByRole('button', { name: 'Lägg till steg' }), 'Enter');
    // Focus lands in the new step's first field.
    await expect.poll(async () => (await focused(page)).name).toBe('steps.0.title');
    await page.keyboard.type('Ta truckkort A och B');
    await page.keyboard.press('Tab');
    expect((await focused(page)).name).toBe('steps.0.status');
    await page.keyboard.press('ArrowDown');
    expect(await panel.getByLabel('Status').inputValue()).toBe('planned');
    await press(panel.getByRole('button', { name: 'Spara ny version' }), 'Enter');

    await panel.getByText('Handlingsplanen är sparad som version 1.').waitFor();
    const history = panel.getByRole('table', { name: 'Sparade versioner av handlingsplanen' });
    await history.getByRole('cell', { name: '1', exact: true }).waitFor();
    // A saved version starts not agreed; agreement is given for the version, today by default.
    await panel.getByText('Inte överenskommen med deltagaren ännu').first().waitFor();
    await press(panel.getByRole('button', { name: 'Markera som avstämd' }), 'Enter');
    await panel
      .getByText(/Överenskommen med deltagaren \d{4}-\d{2}-\d{2}/)
      .first()
      .waitFor();
    await shot(page, '5-plan');
    await expectNoAxeViolations(page);
  });

  step('keeps what the coach typed when someone else saved the plan first', async () => {
    const panel = await openTab(page, 'Handlingsplan');
    await press(panel.getByRole('button', { name: 'Lägg till steg' }), 'Enter');
    await expect.poll(async () => (await focused(page)).name).toBe('steps.1.title');
    await page.keyboard.type('Praktik på lagret');

    // Meanwhile a colleague saves version 2 of the same plan.
    const participantId = new URL(page.url()).pathname.split('/').at(-1);
    const me = await page.request.get(`${server.url}/api/auth/me`);
    const { csrfToken } = (await me.json()) as { csrfToken: string };
    const detail = await page.request.get(`${server.url}/api/participants/${participantId}`);
    const { currentEnrolmentId } = (await detail.json()) as { currentEnrolmentId: string };
    const saved = await page.request.put(`${server.url}/api/enrolments/${currentEnrolmentId}/plan`, {
      headers: { 'X-CSRF-Token': csrfToken },
      data: { expectedVersion: 1, goal: 'work', steps: [], agreedWithParticipant: false },
    });
    expect(saved.status()).toBe(200);

    await press(panel.getByRole('button', { name: 'Spara ny version' }), 'Enter');
    const conflict = panel.getByRole('alert').filter({ hasText: 'Någon annan har ändrat uppgifterna' });
    await conflict.waitFor();
    // Nothing the coach typed is lost.
    expect(await panel.getByRole('textbox', { name: 'Vad ska göras' }).nth(1).inputValue()).toBe(
      'Praktik på lagret',
    );
    await shot(page, '5b-plan-conflict');
    await expectNoAxeViolations(page);

    await press(conflict.getByRole('button', { name: 'Hämta senaste versionen' }), 'Enter');
    await conflict.waitFor({ state: 'detached' });
    expect(await panel.getByRole('textbox', { name: 'Vad ska göras' }).nth(1).inputValue()).toBe(
      'Praktik på lagret',
    );
    await press(panel.getByRole('button', { name: 'Spara ny version' }), 'Enter');
    await panel.getByText('Handlingsplanen är sparad som version 3.').waitFor();
  });

  step('records work experience with the occupation combobox', async () => {
    const panel = await openTab(page, 'Profil');
    await press(panel.getByRole('button', { name: 'Lägg till erfarenhet' }), 'Enter');
    const occupation = panel.getByRole('combobox', { name: 'Yrke' });
    // Focus lands in the new experience's occupation field: type straight away.
    await expect.poll(async () => (await focused(page)).role).toBe('combobox');
    await page.keyboard.type('lager');
    await panel
      .page()
      .getByRole('option', { name: /^Lagerarbetare/ })
      .waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    expect(await occupation.inputValue()).toBe('Lagerarbetare');
    await page.keyboard.press('Tab');
    await page.keyboard.type('3');
    await press(panel.getByRole('button', { name: 'Lägg till kompetens' }), 'Enter');
    await expect.poll(async () => (await focused(page)).role).toBe('combobox');
    await page.keyboard.type('truck');
    await page.getByRole('option', { name: /^Truckkörning/ }).waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    // Licences from the searchable multi-select.
    await panel.getByRole('combobox', { name: 'Lägg till körkort eller certifikat' }).focus();
    await page.keyboard.type('personbil');
    await page.getByRole('option', { name: /^Körkort B \(personbil\)/ }).waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await panel.getByRole('row', { name: 'Körkort B (personbil)' }).waitFor();
    await press(panel.getByRole('button', { name: 'Lägg till språk' }), 'Enter');
    await expect.poll(async () => (await focused(page)).name).toBe('languages.0.code');
    await page.keyboard.type('sv');
    await page.keyboard.press('Tab');
    expect((await focused(page)).name).toBe('languages.0.level');
    await page.keyboard.type('B1'); // type-ahead in the list of levels
    await shot(page, '5c-profile');
    await expectNoAxeViolations(page);
    // Each section saves on its own; what is typed in the others waits for its own button.
    for (const [button, saved] of [
      ['Spara erfarenhet och önskemål', 'Erfarenhet och önskemål är sparade.'],
      ['Spara kompetenser', 'Kompetenserna är sparade.'],
      ['Spara körkort och certifikat', 'Körkort och certifikat är sparade.'],
      ['Spara språk', 'Språken är sparade.'],
    ] as const) {
      await press(panel.getByRole('button', { name: button }), 'Enter');
      await panel.getByText(saved).waitFor();
    }

    // What the server stored: taxonomy ids and codes, not the words on the screen.
    const participantId = new URL(page.url()).pathname.split('/').at(-1);
    const stored = await page.request.get(`${server.url}/api/participants/${participantId}`);
    const { profile } = (await stored.json()) as {
      profile: {
        occupations: { id: string; years: number }[];
        skills: string[];
        licences: string[];
        languages: unknown[];
      };
    };
    expect(profile.skills).toEqual([expect.stringMatching(/truck/i)]);
    expect(profile.occupations).toEqual([{ id: expect.stringMatching(/lagerarbetare/i), years: 3 }]);
    expect(profile.licences).toEqual(['B']);
    expect(profile.languages).toEqual([{ code: 'sv', level: 'CEFR-B1' }]);
  });

  step('adds an internship', async () => {
    const panel = await openTab(page, 'Insatser');
    const type = panel.getByLabel('Typ', { exact: true });
    await press(type, 'ArrowDown'); // Praktik
    expect(await type.inputValue()).toBe('praktik');
    await typeInto(panel.getByLabel('Benämning'), 'Praktik som lagerarbetare');
    // The employer is new to Arbetsbro: add it without leaving the form.
    await press(panel.getByRole('button', { name: /Arbetsgivaren finns inte i listan/ }), 'Enter');
    await typeInto(panel.getByLabel('Arbetsgivarens namn'), 'Lager & Logistik i Trollhättan AB');
    await page.keyboard.press('Enter');
    await page
      .getByText('Lager & Logistik i Trollhättan AB är tillagd och vald.')
      .waitFor({ state: 'attached' });
    const employer = panel.getByLabel('Arbetsgivare', { exact: true });
    await expect.poll(async () => (await focused(page)).name).toBe('employerId');
    expect(await employer.locator('option:checked').textContent()).toBe('Lager & Logistik i Trollhättan AB');
    await typeInto(panel.getByLabel(/^Timmar per vecka/), '32');
    await page.keyboard.press('Enter');

    const table = panel.getByRole('table', { name: 'Deltagarens insatser' });
    await table.getByRole('rowheader', { name: /Praktik som lagerarbetare/ }).waitFor();
    expect(await table.getByRole('cell', { name: 'Praktik', exact: true }).count()).toBe(1);
    await shot(page, '6-interventions');
    await expectNoAxeViolations(page);
  });

  step('writes a journal note', async () => {
    const panel = await openTab(page, 'Journal');
    await typeInto(
      panel.getByRole('textbox', { name: 'Anteckning' }),
      'Första mötet. Vill arbeta med lager och logistik, har B-körkort.',
    );
    await press(panel.getByRole('button', { name: 'Spara anteckningen' }), 'Enter');
    await panel.getByRole('article').filter({ hasText: 'Första mötet.' }).waitFor();
    await shot(page, '6b-journal');
    await expectNoAxeViolations(page);
  });

  step('plans a follow-up and completes it', async () => {
    const panel = await openTab(page, 'Uppföljningar');
    await panel.getByText('Inga uppföljningar att göra.').waitFor();
    await press(panel.getByRole('radio', { name: 'Deltagaren och arbetsgivaren' }), 'Space');
    // With the employer: the internship's employer, picked with the keyboard.
    await panel.getByLabel('Arbetsgivare', { exact: true }).focus();
    await page.keyboard.type('Lager'); // type-ahead in the employer list
    // Date inputs: the segment order follows the browser's locale, so fill the ISO value.
    await panel.getByLabel('Datum').fill(isoDay(2));
    await typeInto(panel.getByLabel(/^Syfte/), 'Hur går praktiken?');
    await press(panel.getByRole('button', { name: 'Planera uppföljningen' }), 'Enter');

    const todo = panel.getByRole('table', { name: 'Uppföljningar att göra' });
    await todo.getByRole('cell', { name: 'Hur går praktiken?' }).waitFor();
    await expectNoAxeViolations(page);

    await press(todo.getByRole('button', { name: /^Markera uppföljningen .* som genomförd$/ }), 'Enter');
    await expect.poll(async () => (await focused(page)).name).toBe('outcome');
    await page.keyboard.type('Trivs bra, arbetsgivaren vill förlänga.');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');

    const done = panel.getByRole('table', { name: 'Genomförda uppföljningar' });
    await done.getByRole('cell', { name: /Trivs bra/ }).waitFor();
    await panel.getByText('Inga uppföljningar att göra.').waitFor();
    await shot(page, '7-follow-ups');
    await expectNoAxeViolations(page);
  });

  step('registers a work exit that waits for the one-month check', async () => {
    const panel = await openTab(page, 'Avslut');
    await panel
      .getByText(/räknas som ”A\. Börjat arbeta” först när anställningen har varat en månad/)
      .waitFor();
    await press(panel.getByRole('radio', { name: /^A\. Arbete/ }), 'Space');
    // Each kind says how Kolada counts it; municipal labour-market employment is E, not work.
    await panel.getByText('Räknas inte som arbete i Kolada: avslutet blir E. Övrigt.').waitFor();
    await press(panel.getByRole('radio', { name: /^Anställning utan stöd/ }), 'Space');
    await panel.getByLabel('Anställningen börjar').fill(isoDay(-35));
    // The employer from the internship, already in Arbetsbro.
    await panel.getByLabel(/^Arbetsgivare/).focus();
    await page.keyboard.type('Lager'); // type-ahead in the employer list
    expect(
      await panel
        .getByLabel(/^Arbetsgivare/)
        .locator('option:checked')
        .textContent(),
    ).toBe('Lager & Logistik i Trollhättan AB');
    await shot(page, '8-exit-form');
    await expectNoAxeViolations(page);
    await press(panel.getByRole('button', { name: 'Registrera avslut' }), 'Enter');

    await panel.getByRole('heading', { name: 'Perioden är avslutad' }).waitFor();
    await panel.getByText('E. Övrigt', { exact: true }).waitFor();
    await panel.getByText('Väntar på kontroll efter en månad').waitFor();
    await panel.getByRole('definition').filter({ hasText: 'Lager & Logistik i Trollhättan AB' }).waitFor();
    await shot(page, '9-exit-done');
    await expectNoAxeViolations(page);

    // The one-month check is now a follow-up to do.
    const followUps = await openTab(page, 'Uppföljningar');
    await followUps.getByRole('cell', { name: 'Kontroll efter en månad i arbete' }).waitFor();
  });

  step('verifies after the one-month check that the job held: now it counts as A', async () => {
    const panel = await openTab(page, 'Uppföljningar');
    const todo = panel.getByRole('table', { name: 'Uppföljningar att göra' });
    await press(todo.getByRole('button', { name: /^Markera uppföljningen .* som genomförd$/ }), 'Enter');
    await expect.poll(async () => (await focused(page)).name).toBe('outcome');
    await page.keyboard.type('Ringde arbetsgivaren: anställningen fortsätter.');
    await press(panel.getByRole('radio', { name: 'Ja, anställningen har hållit en månad' }), 'Space');
    await shot(page, '9b-verification');
    await expectNoAxeViolations(page);
    await press(panel.getByRole('button', { name: 'Spara som genomförd' }), 'Enter');
    await panel
      .getByRole('table', { name: 'Genomförda uppföljningar' })
      .getByRole('cell', { name: /anställningen fortsätter/ })
      .waitFor();
    const exit = await openTab(page, 'Avslut');
    await exit.getByText('A. Börjat arbeta', { exact: true }).waitFor();
    await exit.getByText('Verifierat', { exact: true }).waitFor();
    await shot(page, '9c-exit-verified');
    await expectNoAxeViolations(page);
  });

  step('finds the participant by personnummer, and shows Min vecka', async () => {
    await press(
      page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Deltagare' }),
      'Enter',
    );
    await page.getByRole('heading', { level: 1, name: 'Deltagare' }).waitFor();
    await typeInto(page.getByRole('searchbox', { name: 'Sök deltagare' }), personnummer);
    await page.keyboard.press('Enter');
    const results = page.getByRole('table', { name: /^Sökresultat/ });
    await results.getByRole('link', { name: `${firstName} ${lastName}` }).waitFor();
    // Searches travel in the request body, never in the address.
    expect(page.url()).not.toContain(personnummer);
    await shot(page, '10-search');
    await expectNoAxeViolations(page);

    await press(
      page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Uppföljning' }),
      'Enter',
    );
    await page.getByRole('heading', { level: 1, name: 'Uppföljning' }).waitFor();
    await page.getByRole('table', { name: 'Antal uppföljningar' }).waitFor();
    await press(page.getByRole('radio', { name: 'Försenade' }), 'Space');
    // The overdue list holds as many rows as the count says (demo data may have some).
    const overdueTable = page.getByRole('table', { name: 'Försenade uppföljningar' });
    await overdueTable.or(page.getByText('Inga försenade uppföljningar.')).waitFor();
    const counts = page.getByRole('table', { name: 'Antal uppföljningar' });
    const overdue = Number(
      await counts
        .getByRole('row', { name: /^Försenade/ })
        .getByRole('cell')
        .textContent(),
    );
    expect(await overdueTable.locator('tbody tr').count()).toBe(overdue);
    await shot(page, '11-week');
    await expectNoAxeViolations(page);
  });

  step('lets a unit manager reassign a participant to another coach (or none)', async () => {
    await press(page.getByRole('button', { name: 'Logga ut' }), 'Enter');
    await page.getByRole('heading', { level: 1, name: 'Logga in' }).waitFor();
    await typeInto(page.getByLabel('Användarnamn'), 'chef');
    await page.keyboard.press('Tab');
    await page.keyboard.type(server.demoPassword);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: /^Hej / }).waitFor();
    await press(
      page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Deltagare' }),
      'Enter',
    );

    // A manager sees the whole unit; pick someone who has a coach.
    const table = page.getByRole('table', { name: /^Alla aktiva/ });
    const row = table.locator('tbody tr').filter({ hasNotText: 'Ingen coach' }).first();
    const name = (await row.getByRole('link').textContent()) ?? '';
    await press(row.getByRole('link'), 'Enter');
    await page.getByRole('heading', { level: 1, name }).waitFor();
    const history = page.getByRole('table', { name: 'Vilka som har varit coach' });
    const before = await history.locator('tbody tr').count();

    const coach = page.getByLabel('Ny coach');
    await coach.focus();
    await page.keyboard.type('Ingen'); // type-ahead to "Ingen coach (ej tilldelad)"
    expect(await coach.inputValue()).toBe('');
    await typeInto(page.getByLabel(/^Anledning/), 'Coachen är föräldraledig');
    await page.keyboard.press('Enter');
    await expect.poll(() => history.locator('tbody tr').count()).toBe(before + 1);
    expect(await page.locator('.summary').textContent()).toContain('Ingen coach');
    await shot(page, '12-manager-reassign');
    await expectNoAxeViolations(page);
  });
});
