import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, expectNoAxeViolations, launchBrowser } from './support/browser.ts';
import { isoDay, press, typeInto } from './support/keyboard.ts';
import { type RunningServer, startServer } from './support/server.ts';

// The matching loop (issue 11), in Swedish and mostly with the keyboard, three people in three
// browsers: a coach opens a need's candidates with their explanation, puts their person on the
// shortlist and records the person's consent → a liaison (who sees pseudonyms) presents the
// consented candidate through an expiring link → the employer opens the link on a phone in a fresh
// browser without logging in and answers "intervju", then "anställd" with a start date → the coach
// sees the period's work exit waiting for the one-month check, the placement's follow-ups, confirms
// the job held, and the exit counts as work (A). Axe on every page visited.
//
// The server runs in real time (no test clock), so the employer reports a hire that started five
// weeks ago: the one-month check is then due and can be confirmed today, as it would be by a coach
// a month after a hire that starts today.

const screenshotDir = process.env.E2E_SCREENSHOT_DIR ?? tmpdir();

async function shot(page: Page, name: string) {
  await page.screenshot({ path: join(screenshotDir, `arbetsbro-matching-${name}.png`), fullPage: true });
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

/** A date plus whole months, clamped to the month's last day (as the server schedules). */
function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(d, last));
  return first.toISOString().slice(0, 10);
}

function addDays(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

async function login(page: Page, server: RunningServer, username: string, path: string) {
  await page.goto(`${server.url}${path}`);
  await page.getByRole('heading', { level: 1, name: 'Logga in' }).waitFor();
  await typeInto(page.getByLabel('Användarnamn'), username);
  await page.keyboard.press('Tab');
  await page.keyboard.type(server.demoPassword);
  await page.keyboard.press('Enter');
}

/** Picks a tab in the participant page's tab list with the arrow keys. */
async function openTab(page: Page, name: string) {
  const tabs = page.getByRole('tablist', { name: 'Deltagarens uppgifter' });
  const target = tabs.getByRole('tab', { name, exact: true });
  await tabs.getByRole('tab', { selected: true }).focus();
  for (let i = 0; i < 10 && (await target.getAttribute('aria-selected')) !== 'true'; i++) {
    await page.keyboard.press('ArrowRight');
  }
  expect(await target.getAttribute('aria-selected')).toBe('true');
  return page.getByRole('tabpanel', { name });
}

interface Candidate {
  participantId: string;
  displayName: string;
  pseudonymised: boolean;
  score: number;
  readyInWeeks: number;
}

describe('the matching loop: a need → candidates → shortlist → consent → the employer’s link → work', () => {
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
  let coachBrowser: Browser;
  let liaisonBrowser: Browser;
  let employerBrowser: Browser;
  let coach: Page;
  let liaison: Page;
  let employer: Page;
  let needPath = '';
  let needTitle = '';
  let person: Candidate;
  let link = '';
  // The employer reports a hire that started five weeks ago (see the note at the top).
  const startDate = isoDay(-35);

  beforeAll(async () => {
    server = await startServer();
    coachBrowser = await launchBrowser();
    liaisonBrowser = await launchBrowser();
    coach = await coachBrowser.newPage();
    liaison = await liaisonBrowser.newPage();
    coach.setDefaultTimeout(10_000);
    liaison.setDefaultTimeout(10_000);
  });

  afterAll(async () => {
    await employerBrowser?.close();
    await liaisonBrowser?.close();
    await coachBrowser?.close();
    await server?.stop();
  });

  step('the coach opens an open need and sees ranked candidates with their explanation', async () => {
    await login(coach, server, 'coach', '/rekryteringsbehov');
    await coach.getByRole('heading', { level: 1, name: 'Rekryteringsbehov' }).waitFor();
    const needLink = coach.getByRole('link', { name: /^Lagerarbetare till / }).first();
    needTitle = (await needLink.textContent())?.trim() ?? '';
    await press(needLink, 'Enter');
    await coach.getByRole('heading', { level: 1, name: needTitle }).waitFor();
    needPath = new URL(coach.url()).pathname;
    const needId = needPath.split('/').at(-1) ?? '';

    // Whom to follow: the best candidate enrolled long enough ago for a hire five weeks back
    // (the API, read with the coach's own session, only to choose; the page shows the same list).
    const me = (await (await coach.request.get(`${server.url}/api/auth/me`)).json()) as { csrfToken: string };
    const answer = await coach.request.post(`${server.url}/api/matching/candidates`, {
      headers: { 'X-CSRF-Token': me.csrfToken },
      data: { needId, top: 20 },
    });
    expect(answer.status()).toBe(200);
    const { candidates } = (await answer.json()) as { candidates: Candidate[] };
    expect(candidates.length).toBeGreaterThan(1);
    expect(candidates.every((c) => !c.pseudonymised)).toBe(true);
    for (const candidate of candidates) {
      const detail = (await (
        await coach.request.get(`${server.url}/api/participants/${candidate.participantId}`)
      ).json()) as {
        protectedIdentity: boolean;
        currentEnrolmentId: string;
        enrolments: Array<{ id: string; enrolledAt: string; coach: { displayName: string } | null }>;
      };
      const open = detail.enrolments.find((e) => e.id === detail.currentEnrolmentId);
      // The coach's own person (so that the coach is told), not protected, enrolled long enough ago.
      if (
        !detail.protectedIdentity &&
        open &&
        open.coach?.displayName === 'Johan Berg' &&
        open.enrolledAt <= isoDay(-40)
      ) {
        person = candidate;
        break;
      }
    }
    expect(person, 'a candidate of the coach enrolled at least 40 days ago').toBeDefined();

    const section = coach.getByRole('region', { name: 'Kandidater', exact: true });
    const list = section.getByRole('list').first();
    await list.getByRole('listitem').first().waitFor();
    // Best first, named for the coach, with the score and readiness at a glance.
    const first = section
      .getByRole('listitem')
      .filter({ has: coach.getByRole('heading', { level: 3 }) })
      .first();
    expect(await first.getByRole('heading', { level: 3 }).textContent()).toContain(
      candidates[0]?.displayName,
    );
    await first.getByText(/^\d+(,\d)? av 100 poäng$/).waitFor();
    await first.getByText(/^(Redo nu|Redo om \d+ veck(a|or))$/).waitFor();

    // The chosen person's explanation, opened with the keyboard: the occupation in words, the
    // factors as a table with points, and the gaps with the training that closes them.
    const item = section
      .getByRole('listitem')
      .filter({ has: coach.getByRole('heading', { level: 3, name: new RegExp(person.displayName) }) });
    await press(
      item.getByText(`Förklaring för ${person.displayName}: poäng per faktor och det som saknas`),
      'Enter',
    );
    const table = item.getByRole('table', { name: `Poäng per faktor för ${person.displayName}` });
    await table.waitFor();
    const occupationRow = table.getByRole('row', { name: /^Yrke / });
    expect(await occupationRow.getByRole('cell').first().textContent()).toMatch(/^\d+(,\d)? av 30$/);
    await item
      .getByText(/^Yrke:/)
      .first()
      .waitFor();
    for (const factor of [
      'Erfarenhet',
      'Krav-kompetenser',
      'Körkort och certifikat',
      'Språk',
      'Resväg',
      'Totalt',
    ]) {
      await table.getByRole('rowheader', { name: factor, exact: true }).waitFor();
    }
    if (person.readyInWeeks > 0) {
      await item.getByText('Det som saknas och vad som stänger det').waitFor();
      await item
        .getByText(/\d+ veck(a|or)$/)
        .first()
        .waitFor();
    }
    await shot(coach, '1-candidates');
    await expectNoAxeViolations(coach);
  });

  step('the coach puts the person on the shortlist with a note', async () => {
    const section = coach.getByRole('region', { name: 'Kandidater', exact: true });
    const item = section
      .getByRole('listitem')
      .filter({ has: coach.getByRole('heading', { level: 3, name: new RegExp(person.displayName) }) });
    await press(item.getByRole('button', { name: `Lägg ${person.displayName} på kandidatlistan` }), 'Enter');
    await typeInto(
      item.getByLabel('Anteckning (frivillig)'),
      'Har kört truck förut, vill gärna jobba dagtid.',
    );
    await press(item.getByRole('button', { name: 'Lägg till' }), 'Enter');
    await item.getByText('På kandidatlistan').waitFor();

    const shortlist = coach.getByRole('region', { name: /^Kandidatlista/ });
    const entry = shortlist
      .getByRole('listitem')
      .filter({ has: coach.getByRole('heading', { name: person.displayName }) });
    await entry.getByText('Bedöms', { exact: true }).waitFor();
    await entry.getByText('Har kört truck förut, vill gärna jobba dagtid.').waitFor();
    await entry.getByText('Inget samtycke').waitFor();

    // A status by hand, with the reason kept in the history.
    await press(entry.getByRole('button', { name: `Ändra status för ${person.displayName}` }), 'Enter');
    const status = entry.getByLabel('Ny status');
    await status.selectOption('relevant');
    await typeInto(entry.getByLabel('Varför (syns i historiken)'), 'Ringde: vill gärna börja.');
    await press(entry.getByRole('button', { name: 'Spara status' }), 'Enter');
    await entry.getByText('Aktuell', { exact: true }).waitFor();
    await press(entry.getByText(/^Historik \(2 händelser\)$/), 'Enter');
    const history = entry.getByRole('table', { name: `Historik för ${person.displayName}` });
    await history.getByRole('cell', { name: 'Bedöms → Aktuell' }).waitFor();
    await history.getByRole('cell', { name: 'Ringde: vill gärna börja.' }).waitFor();
    await history.getByRole('cell', { name: 'Johan Berg' }).first().waitFor();
    await shot(coach, '2-shortlist');
    await expectNoAxeViolations(coach);
  });

  step('the coach records the person’s consent to share name, contact details and profile', async () => {
    const shortlist = coach.getByRole('region', { name: /^Kandidatlista/ });
    const entry = shortlist
      .getByRole('listitem')
      .filter({ has: coach.getByRole('heading', { name: person.displayName }) });
    await press(
      entry.getByRole('button', { name: `Registrera samtycke för ${person.displayName}` }),
      'Enter',
    );
    const form = entry.getByRole('region', { name: `Samtycke för ${person.displayName}` });
    // Sending without a field or a way: the summary, and focus on the first field.
    await press(form.getByRole('button', { name: 'Registrera samtycke' }), 'Enter');
    await form.getByRole('alert').filter({ hasText: 'Välj minst en uppgift som får delas.' }).waitFor();
    await expect.poll(async () => (await focused(coach)).name).toBe('fields.name');
    for (const field of ['Namn', 'Kontaktuppgifter', 'Profil och cv']) {
      await press(form.getByRole('checkbox', { name: field }), 'Space');
    }
    expect(await form.getByLabel('Samtycket lämnades').inputValue()).toBe(isoDay());
    await press(form.getByRole('radio', { name: 'Vid ett möte' }), 'Space');
    await shot(coach, '3-consent');
    await expectNoAxeViolations(coach);
    await press(form.getByRole('button', { name: 'Registrera samtycke' }), 'Enter');
    await entry.getByText(`Namn, Kontaktuppgifter, Profil och cv (lämnat ${isoDay()})`).waitFor();
    await entry.getByRole('button', { name: `Återkalla samtycket för ${person.displayName}` }).waitFor();
    // The coach does not present: the liaison or the manager does.
    expect(await coach.getByRole('region', { name: 'Presentera för arbetsgivaren' }).count()).toBe(0);
  });

  step('the person’s page shows the best open needs, alternative occupations and the consent', async () => {
    await coach.goto(`${server.url}/deltagare/${person.participantId}?flik=matchning`);
    const panel = coach.getByRole('tabpanel', { name: 'Matchning' });
    const needs = panel.getByRole('region', { name: 'Bästa öppna behov' });
    await needs.getByRole('link', { name: needTitle }).waitFor();
    await needs
      .getByText(/^\d+(,\d)? av 100 poäng$/)
      .first()
      .waitFor();
    const alternatives = panel.getByRole('region', { name: 'Alternativa yrken' });
    await alternatives.getByRole('table', { name: 'Alternativa yrken för deltagaren' }).waitFor();
    const consents = panel.getByRole('table', { name: 'Deltagarens samtycken' });
    await consents.getByRole('cell', { name: 'Namn, Kontaktuppgifter, Profil och cv' }).waitFor();
    await consents.getByText('Gäller', { exact: true }).waitFor();
    await shot(coach, '4-person-matching');
    await expectNoAxeViolations(coach);
  });

  step('the liaison sees pseudonyms, the consented name on the list, and creates the link once', async () => {
    await liaisonBrowser.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: server.url,
    });
    await login(liaison, server, 'foretag', needPath);
    await liaison.getByRole('heading', { level: 1, name: needTitle }).waitFor();
    const candidates = liaison.getByRole('region', { name: 'Kandidater', exact: true });
    await candidates.getByText(/Du ser kandidaterna med pseudonym/).waitFor();
    // The note shows before the list has loaded: wait for the candidates themselves.
    await candidates.getByRole('heading', { level: 3 }).first().waitFor();
    const names = await candidates.getByRole('heading', { level: 3 }).allTextContents();
    expect(names.length).toBeGreaterThan(1);
    for (const name of names) expect(name).toMatch(/^\d+\. Kandidat K-[0-9A-F]{6}$/);
    expect(names.join(' ')).not.toContain(person.displayName);

    // On the shortlist the person is named: they consented to share their name.
    const shortlist = liaison.getByRole('region', { name: /^Kandidatlista/ });
    const entry = shortlist
      .getByRole('listitem')
      .filter({ has: liaison.getByRole('heading', { name: person.displayName }) });
    await entry.getByText('Aktuell', { exact: true }).waitFor();

    const present = liaison.getByRole('region', { name: 'Presentera för arbetsgivaren' });
    await press(present.getByRole('checkbox', { name: person.displayName }), 'Space');
    expect(await present.getByLabel('Länken gäller i').inputValue()).toBe('14');
    await expectNoAxeViolations(liaison);
    await press(present.getByRole('button', { name: 'Skapa länk' }), 'Enter');
    const created = present.getByRole('region', { name: 'Länken är skapad' });
    await created.waitFor();
    await expect.poll(async () => (await focused(liaison)).text).toBe('Länken är skapad');
    link = await created.getByLabel('Länk till arbetsgivaren').inputValue();
    expect(link).toMatch(new RegExp(`^${server.url}/svar/[A-Za-z0-9_-]{40,}$`));
    await press(created.getByRole('button', { name: 'Kopiera länken' }), 'Enter');
    await expect
      .poll(() =>
        liaison.evaluate(() =>
          (
            globalThis as unknown as { navigator: { clipboard: { readText(): Promise<string> } } }
          ).navigator.clipboard.readText(),
        ),
      )
      .toBe(link);
    await entry.getByText('Presenterad', { exact: true }).waitFor();
    const presentations = present.getByRole('table', { name: 'Presentationer för behovet' });
    await presentations.getByText('Gäller', { exact: true }).waitFor();
    await presentations.getByText('Inte öppnad').waitFor();
    await shot(liaison, '5-presentation');
    await expectNoAxeViolations(liaison);

    // Closed and reopened, the page never shows the link again: it is not stored.
    await press(created.getByRole('button', { name: 'Klar' }), 'Enter');
    await liaison.reload();
    await liaison.getByRole('table', { name: 'Presentationer för behovet' }).waitFor();
    expect(await liaison.getByRole('textbox', { name: 'Länk till arbetsgivaren' }).count()).toBe(0);
    expect(await liaison.content()).not.toContain(new URL(link).pathname);
  });

  step('the employer opens the link on a phone without logging in and answers “intervju”', async () => {
    employerBrowser = await launchBrowser();
    employer = await employerBrowser.newPage();
    employer.setDefaultTimeout(10_000);
    await employer.setViewportSize({ width: 390, height: 844 });
    await employer.goto(link);
    await employer.getByRole('heading', { level: 1, name: `Kandidater till ${needTitle}` }).waitFor();
    expect(new URL(employer.url()).pathname).toBe(new URL(link).pathname);
    expect(await employer.getByRole('heading', { name: 'Logga in' }).count()).toBe(0);
    const card = employer.getByRole('article', { name: person.displayName });
    // Exactly the consented fields: name, contact details, profile.
    await card.getByText('Telefon').waitFor();
    await card.getByText('E-post').waitFor();
    await card.getByText('Erfarenhet').waitFor();
    // Nothing that fits on a phone needs a horizontal scroll.
    const overflow = await employer.evaluate(() => {
      const doc = (
        globalThis as unknown as {
          document: { documentElement: { scrollWidth: number; clientWidth: number } };
        }
      ).document.documentElement;
      return doc.scrollWidth - doc.clientWidth;
    });
    expect(overflow).toBeLessThanOrEqual(0);
    await shot(employer, '6-employer-link');
    await expectNoAxeViolations(employer);

    // Sending without an answer: the message, and focus on the first choice.
    await press(card.getByRole('button', { name: `Skicka svar för ${person.displayName}` }), 'Enter');
    await card.getByRole('alert').filter({ hasText: 'Välj ett svar.' }).waitFor();
    await press(card.getByRole('radio', { name: /^Intervju – ja/ }), 'Space');
    await press(card.getByRole('button', { name: `Skicka svar för ${person.displayName}` }), 'Enter');
    await card.getByText(`Tack! Svaret för ${person.displayName} är skickat: Intervju – ja.`).waitFor();
    await card.getByText('Ert svar: Intervju – ja').waitFor();
    await expectNoAxeViolations(employer);
  });

  step('the employer answers “anställd” with the start date and form of employment', async () => {
    const card = employer.getByRole('article', { name: person.displayName });
    await press(card.getByRole('radio', { name: /^Anställd/ }), 'Space');
    // A hire needs its start date and kind: both asked for before anything is sent.
    await press(card.getByRole('button', { name: `Skicka svar för ${person.displayName}` }), 'Enter');
    await card.getByRole('alert').filter({ hasText: 'Ange när anställningen börjar.' }).waitFor();
    await expect.poll(async () => (await focused(employer)).name).toBe('startDate');
    await employer.keyboard.type(startDate);
    await press(card.getByRole('radio', { name: 'Utan anställningsstöd' }), 'Space');
    await card.getByLabel('Anställningsform').selectOption('permanent');
    await shot(employer, '7-employer-hired');
    await expectNoAxeViolations(employer);
    await press(card.getByRole('button', { name: `Skicka svar för ${person.displayName}` }), 'Enter');
    await card.getByText('Ert svar: Anställd').waitFor();
    // The hire started the placement: a change now goes through the unit, not the link.
    await card.getByText(/Om något ändras, kontakta företagskontakten/).waitFor();
    await expect.poll(async () => (await focused(employer)).text).toMatch(/^✓Tack för att ni anställer!/);
    expect(await card.getByRole('button', { name: /^Skicka svar/ }).count()).toBe(0);

    // A link that is not (or no longer) valid says so, without a login page.
    await employer.goto(`${server.url}/svar/${'A'.repeat(43)}`);
    await employer.getByRole('heading', { level: 1, name: 'Länken gäller inte längre' }).waitFor();
    await employer.getByText(/Kontakta företagskontakten/).waitFor();
    await expectNoAxeViolations(employer);
  });

  step('the liaison sees the employer’s answers in the history; the need is filled', async () => {
    await liaison.reload();
    await liaison.getByRole('heading', { level: 1, name: needTitle }).waitFor();
    const shortlist = liaison.getByRole('region', { name: /^Kandidatlista/ });
    const entry = shortlist
      .getByRole('listitem')
      .filter({ has: liaison.getByRole('heading', { name: person.displayName }) });
    await entry.getByText('Anställd', { exact: true }).waitFor();
    await press(entry.getByText(/^Historik \(5 händelser\)$/), 'Enter');
    const history = entry.getByRole('table', { name: `Historik för ${person.displayName}` });
    await history.getByRole('cell', { name: 'Presenterad → Intervju' }).waitFor();
    await history.getByRole('cell', { name: 'Intervju → Anställd' }).waitFor();
    expect(await history.getByRole('cell', { name: 'Arbetsgivaren (länk)' }).count()).toBe(2);
    await liaison.getByText('Tillsatt', { exact: true }).first().waitFor();
    const presentations = liaison.getByRole('table', { name: 'Presentationer för behovet' });
    expect(await presentations.getByText('Inte öppnad').count()).toBe(0);
    await shot(liaison, '8-answered');
    await expectNoAxeViolations(liaison);
  });

  step('the coach is told, and the period shows the work exit waiting for the one-month check', async () => {
    await coach.goto(`${server.url}/matchning`);
    const notifications = coach.getByRole('region', { name: /^Notiser/ });
    const escaped = needTitle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    await notifications
      .getByRole('link', { name: new RegExp(`Arbetsgivaren har svarat.*${escaped}.*anställd`) })
      .first()
      .waitFor();
    await expectNoAxeViolations(coach);

    await coach.goto(`${server.url}/deltagare/${person.participantId}`);
    const exit = await openTab(coach, 'Avslut');
    await exit.getByText('Väntar på kontroll efter en månad').waitFor();
    await exit.getByText('E. Övrigt', { exact: true }).waitFor();
    await exit.getByText(`Kontrollen görs senast ${addMonths(startDate, 1)} under Uppföljningar.`).waitFor();
    await shot(coach, '9-exit-pending');
    await expectNoAxeViolations(coach);

    // The placement's follow-ups with both sides: a week, the one-month check, three and six months.
    const followUps = await openTab(coach, 'Uppföljningar');
    const todo = followUps.getByRole('table', { name: 'Uppföljningar att göra' });
    const check = todo.getByRole('row').filter({ hasText: 'Kontroll efter en månad i arbete' });
    await check.waitFor();
    const due = (await todo.getByRole('rowheader').allTextContents()).map((text) => text.slice(0, 10));
    for (const date of [
      addDays(startDate, 7),
      addMonths(startDate, 1),
      addMonths(startDate, 3),
      addMonths(startDate, 6),
    ]) {
      expect(due).toContain(date);
    }
    expect(await check.getByRole('rowheader').textContent()).toContain(addMonths(startDate, 1));
    await shot(coach, '10-follow-ups');
    await expectNoAxeViolations(coach);
  });

  step('the one-month check confirms the job held: the exit counts as work (A)', async () => {
    const panel = coach.getByRole('tabpanel', { name: 'Uppföljningar' });
    const todo = panel.getByRole('table', { name: 'Uppföljningar att göra' });
    const check = todo.getByRole('row').filter({ hasText: 'Kontroll efter en månad i arbete' });
    await press(check.getByRole('button', { name: /^Markera uppföljningen .* som genomförd$/ }), 'Enter');
    await expect.poll(async () => (await focused(coach)).name).toBe('outcome');
    await coach.keyboard.type('Ringde arbetsgivaren: anställningen fortsätter.');
    await press(panel.getByRole('radio', { name: 'Ja, anställningen har hållit en månad' }), 'Space');
    await press(panel.getByRole('button', { name: 'Spara som genomförd' }), 'Enter');
    await panel
      .getByRole('table', { name: 'Genomförda uppföljningar' })
      .getByRole('cell', { name: /anställningen fortsätter/ })
      .waitFor();
    const exit = await openTab(coach, 'Avslut');
    await exit.getByText('A. Börjat arbeta', { exact: true }).waitFor();
    await exit.getByText('Verifierat', { exact: true }).waitFor();
    await shot(coach, '11-exit-verified');
    await expectNoAxeViolations(coach);
  });

  step(
    'allocation across all open needs: the total beside the greedy floor, one click to a shortlist',
    async () => {
      await coach.goto(`${server.url}/matchning`);
      await coach.getByRole('heading', { level: 1, name: 'Matchning' }).waitFor();
      const allocation = coach.getByRole('region', { name: 'Förslag över alla öppna behov' });
      await allocation.getByLabel('Förslag per person (K)').selectOption('2');
      await press(allocation.getByRole('button', { name: 'Beräkna förslag' }), 'Enter');
      await allocation.getByRole('heading', { name: 'Förslag för Alla mina enheter' }).waitFor();
      await expect.poll(async () => (await focused(coach)).text).toBe('Förslag för Alla mina enheter');
      const total = Number(
        ((await allocation.getByRole('definition').nth(0).textContent()) ?? '')
          .replace(/\s/g, '')
          .replace(',', '.'),
      );
      const greedy = Number(
        ((await allocation.getByRole('definition').nth(1).textContent()) ?? '')
          .replace(/\s/g, '')
          .replace(',', '.'),
      );
      expect(total).toBeGreaterThan(0);
      expect(total).toBeGreaterThanOrEqual(greedy);
      await allocation.getByText(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/).waitFor();
      const byNeed = allocation.getByRole('table', { name: 'Förslag per behov' });
      await allocation.getByRole('table', { name: 'Förslag per person' }).waitFor();
      // The filled need is no longer open: it has no row.
      expect(await byNeed.getByRole('rowheader', { name: needTitle }).count()).toBe(0);
      const add = byNeed.getByRole('button', { name: /^Lägg .* på kandidatlistan för / }).first();
      const label = (await add.getAttribute('aria-label')) ?? '';
      await press(add, 'Enter');
      await byNeed
        .getByText(/^(Tillagd|Står redan på listan)$/)
        .first()
        .waitFor();
      await shot(coach, '12-allocation');
      await expectNoAxeViolations(coach);

      // The proposal is on that need's shortlist now.
      const [, name, title] = /^Lägg (.*) på kandidatlistan för (.*)$/.exec(label) ?? [];
      await press(byNeed.getByRole('link', { name: title ?? '', exact: true }), 'Enter');
      await coach.getByRole('heading', { level: 1, name: title ?? '' }).waitFor();
      await coach
        .getByRole('region', { name: /^Kandidatlista/ })
        .getByRole('heading', { name: name ?? '' })
        .waitFor();
    },
  );
});
