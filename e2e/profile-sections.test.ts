import { fictitiousPersonnummer, formatPersonnummer } from '@arbetsbro/identity';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, expectNoAxeViolations, launchBrowser } from './support/browser.ts';
import { type Doc, focusedName, isoDay, openTab, press, typeOver } from './support/keyboard.ts';
import { type RunningServer, startServer } from './support/server.ts';

// A profile that fits a screen: each section saves on its own (skills, then licences picked in a
// searchable multi-select, then languages), an unsaved edit in one section survives saving
// another, and a language that does not exist is refused on its own field with focus there.
// Then intake routing: the age rule shown as the personnummer is typed, and an intake handed over
// to the unit the rule names. As the demo coach, with the keyboard, axe-clean at every step.

/** Whether the control has keyboard focus. */
function hasFocus(locator: Locator) {
  return locator.evaluate((el) => el === (el.ownerDocument as unknown as Doc).activeElement);
}

/** The text of what a field's aria-describedby points at (its description and its error). */
async function describedBy(field: Locator): Promise<string> {
  const ids = ((await field.getAttribute('aria-describedby')) ?? '').split(/\s+/).filter(Boolean);
  const texts = await Promise.all(ids.map((id) => field.page().locator(`[id="${id}"]`).textContent()));
  return texts.join(' ');
}

interface StoredProfile {
  skills: string[];
  licences: string[];
  languages: Array<{ code: string; level: string }>;
  maxCommuteKm: number | null;
}

describe('the profile saved section by section, and an intake handed over by age', () => {
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
  let participantId = '';

  async function stored(): Promise<StoredProfile> {
    const res = await page.request.get(`${server.url}/api/participants/${participantId}`);
    return ((await res.json()) as { profile: StoredProfile }).profile;
  }

  /** The PATCH bodies sent while `action` runs: each section sends only its own fields. */
  async function patchesDuring(action: () => Promise<void>): Promise<Array<Record<string, unknown>>> {
    const sent: Array<Record<string, unknown>> = [];
    const listener = (request: import('playwright-core').Request) => {
      if (request.method() === 'PATCH' && request.url().endsWith('/profile'))
        sent.push((request.postDataJSON() as { profile: Record<string, unknown> }).profile);
    };
    page.on('request', listener);
    try {
      await action();
    } finally {
      page.off('request', listener);
    }
    return sent;
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
    const res = await page.request.post(`${server.url}/api/participants`, {
      headers: { 'X-CSRF-Token': csrf },
      data: {
        personnummer: fictitiousPersonnummer(Math.random, { today: isoDay(), minAge: 30, maxAge: 55 }),
        firstName: 'Sektion',
        lastName: `Sparsson ${Math.floor(Math.random() * 100_000)}`,
        enrolledAt: isoDay(-10),
        referralSource: 'socialtjansten',
        educationLevel: 'compulsory',
        monthsWithoutWork: 12,
        incomeSupport: false,
      },
    });
    expect(res.status(), await res.text()).toBe(201);
    participantId = ((await res.json()) as { id: string }).id;
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  step('saves the skills on their own; an unsaved distance in another section stays as typed', async () => {
    await page.goto(`${server.url}/deltagare/${participantId}`);
    const panel = await openTab(page, 'Profil');
    // An edit in "Bostad och resor" that is not saved yet.
    const commute = panel.getByLabel('Längsta restid som sträcka (km)');
    await typeOver(commute, '25');

    await press(panel.getByRole('button', { name: 'Lägg till kompetens' }), 'Enter');
    await expect.poll(() => hasFocus(panel.getByRole('combobox', { name: 'Kompetens 1' }))).toBe(true);
    await page.keyboard.type('truck');
    await page.getByRole('option', { name: /^Truckkörning/ }).waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expectNoAxeViolations(page);
    const sent = await patchesDuring(async () => {
      await press(panel.getByRole('button', { name: 'Spara kompetenser' }), 'Enter');
      await panel.getByText('Kompetenserna är sparade.').waitFor();
    });
    expect(sent).toEqual([{ skills: [expect.stringMatching(/truck/i)] }]);
    const profile = await stored();
    expect(profile.skills).toEqual([expect.stringMatching(/truck/i)]);
    expect(profile.maxCommuteKm).toBeNull();
    expect(await commute.inputValue()).toBe('25');
    await expectNoAxeViolations(page);
  });

  step('picks licences in the searchable multi-select and removes one by its tag', async () => {
    const panel = page.getByRole('tabpanel', { name: 'Profil' });
    const picker = panel.getByRole('combobox', { name: 'Lägg till körkort eller certifikat' });
    await picker.focus();
    await page.keyboard.type('personbil');
    await page.getByRole('option', { name: /^Körkort B \(personbil\)/ }).waitFor();
    // Both B and BE match "personbil"; the first is B.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    const chosen = panel.getByRole('grid', { name: /^Valt|^Valda/ });
    await chosen.getByRole('row', { name: /Körkort B \(personbil\)/ }).waitFor();
    expect(await picker.inputValue()).toBe('');
    // A second one, by its code.
    await page.keyboard.type('c1e');
    await page.getByRole('option', { name: /^Körkort C1E/ }).waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await chosen.getByRole('row', { name: /Körkort C1E/ }).waitFor();
    await expectNoAxeViolations(page);
    // The tag's remove button says what it removes.
    const remove = chosen.getByRole('button', { name: /^Ta bort Körkort C1E/ });
    await press(remove, 'Enter');
    await expect.poll(() => chosen.getByRole('row').count()).toBe(1);

    const sent = await patchesDuring(async () => {
      await press(panel.getByRole('button', { name: 'Spara körkort och certifikat' }), 'Enter');
      await panel.getByText('Körkort och certifikat är sparade.').waitFor();
    });
    expect(sent).toEqual([{ licences: ['B'] }]);
    const profile = await stored();
    expect(profile.licences).toEqual(['B']);
    expect(profile.skills).toEqual([expect.stringMatching(/truck/i)]);
    expect(await panel.getByLabel('Längsta restid som sträcka (km)').inputValue()).toBe('25');
    await expectNoAxeViolations(page);
  });

  step(
    'refuses a language that does not exist on its own field, with focus there; nothing lost',
    async () => {
      const panel = page.getByRole('tabpanel', { name: 'Profil' });
      await press(panel.getByRole('button', { name: 'Lägg till språk' }), 'Enter');
      await expect.poll(() => focusedName(page)).toBe('languages.0.code');
      await page.keyboard.type('Klingonska');
      await page.getByText('Inget språk matchar. Pröva ett annat namn.').waitFor();
      await page.keyboard.press('Tab');
      expect(await focusedName(page)).toBe('languages.0.level');
      await page.keyboard.type('B1');

      const refused = await patchesDuring(async () => {
        await press(panel.getByRole('button', { name: 'Spara språk' }), 'Enter');
        await expect.poll(() => focusedName(page)).toBe('languages.0.code');
      });
      expect(refused).toEqual([]);
      const language = panel.getByRole('combobox', { name: 'Språk' });
      expect(await language.inputValue()).toBe('Klingonska');
      expect(await language.getAttribute('aria-invalid')).toBe('true');
      expect(await describedBy(language)).toContain(
        'Det finns inget språk som heter ”Klingonska” i listan. Välj ett språk i listan.',
      );
      await panel.getByRole('alert').filter({ hasText: 'Formuläret innehåller ett fel' }).waitFor();
      // The other sections are as they were: the saved licence, the unsaved distance.
      expect(await panel.getByLabel('Längsta restid som sträcka (km)').inputValue()).toBe('25');
      await panel.getByRole('row', { name: /Körkort B \(personbil\)/ }).waitFor();
      await expectNoAxeViolations(page);

      // Put right by name, with the keyboard, and saved: only the languages are sent.
      await typeOver(language, 'svensk');
      await page.getByRole('option', { name: 'Svenska' }).waitFor();
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      const sent = await patchesDuring(async () => {
        await press(panel.getByRole('button', { name: 'Spara språk' }), 'Enter');
        await panel.getByText('Språken är sparade.').waitFor();
      });
      expect(sent).toEqual([{ languages: [{ code: 'sv', level: 'CEFR-B1' }] }]);

      // And the distance typed at the start is still there to save on its own.
      await press(panel.getByRole('button', { name: 'Spara bostad och resor' }), 'Enter');
      await panel.getByText('Bostad och resor är sparade.').waitFor();
      const profile = await stored();
      expect(profile).toMatchObject({
        skills: [expect.stringMatching(/truck/i)],
        licences: ['B'],
        languages: [{ code: 'sv', level: 'CEFR-B1' }],
        maxCommuteKm: 25,
      });
      await expectNoAxeViolations(page);
    },
  );

  step('shows the age rule as the personnummer is typed and hands the intake over to that unit', async () => {
    await page.goto(`${server.url}/deltagare/ny`);
    await page.getByRole('heading', { level: 1, name: 'Skriv in deltagare' }).waitFor();
    const personnummer = fictitiousPersonnummer(Math.random, { today: isoDay(), minAge: 19, maxAge: 19 });
    await page.getByLabel(/^Personnummer eller samordningsnummer/).focus();
    await page.keyboard.type(formatPersonnummer(personnummer));
    await page
      .getByText(
        'Personnummer stämmer. Personen är 19 år och hör till Framtidscentrum 16–24, som du inte arbetar i.',
      )
      .waitFor();
    await page
      .getByText(/Du kan lämna över inskrivningen till Framtidscentrum 16–24 som en remiss/)
      .waitFor();
    await expectNoAxeViolations(page);

    await page.keyboard.press('Tab');
    await page.keyboard.type('Ung');
    await page.keyboard.press('Tab');
    await page.keyboard.type(`Överlämnadsson ${Math.floor(Math.random() * 100_000)}`);
    await press(page.getByLabel('Anvisad av'), 'ArrowDown');
    const handOver = page.getByRole('button', { name: 'Lämna över till Framtidscentrum 16–24' });
    await press(handOver, 'Enter');
    // It asks once: the coach loses access to the record.
    const ask = page.getByRole('alert').filter({ hasText: 'Lämna över till Framtidscentrum 16–24?' });
    await ask.getByText(/Därefter har du inte tillgång till akten/).waitFor();
    await expectNoAxeViolations(page);
    await press(ask.getByRole('button', { name: 'Ja, lämna över till Framtidscentrum 16–24' }), 'Enter');

    const confirmation = page.getByRole('status').filter({
      hasText: 'Inskrivningen är överlämnad till Framtidscentrum 16–24',
    });
    await confirmation.waitFor();
    await confirmation.getByText(/står under ”Ej tilldelade” där/).waitFor();
    await confirmation.getByText(/Du har inte tillgång till personens akt/).waitFor();
    // Focus moved to the confirmation, so that it is read out and the next step is a Tab away.
    await expect
      .poll(() =>
        page.evaluate(
          () =>
            (globalThis as unknown as { document: { activeElement: { className: string } } }).document
              .activeElement.className,
        ),
      )
      .toContain('alert--success');
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Skriv in en till deltagare' }).waitFor();
  });
});
