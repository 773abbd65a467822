// The taxonomy combobox in a real Chromium: a page with only the component (built from
// apps/web/src/components/ConceptCombobox.harness), served and answered by the browser's request
// routing, so the test needs no server or database. The API answers follow GET /api/taxonomy/search.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import type { Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, expectNoAxeViolations, launchBrowser } from './support/browser.ts';

const harness = fileURLToPath(new URL('../apps/web/src/components/ConceptCombobox.harness', import.meta.url));
const origin = 'http://combobox.test';

const concepts = [
  {
    id: 'O_lager',
    label: 'Lagerarbetare',
    kind: 'occupation',
    ssykCode: '4322',
    synonym: 'Lagermedarbetare',
  },
  { id: 'O_lagerchef', label: 'Lagerchef', kind: 'occupation', ssykCode: '1324', synonym: null },
  { id: 'O_truck', label: 'Truckförare', kind: 'occupation', ssykCode: '8344', synonym: null },
  { id: 'S_saved', label: 'Truckvana', kind: 'skill', ssykCode: null, synonym: null },
  { id: 'S_lager', label: 'Lagerhantering', kind: 'skill', ssykCode: null, synonym: null },
] as const;
const fold = (s: string) => s.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');

const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

let browser: Browser;
let dist: string;
let searches: Array<{ q: string; kind: string }>;

beforeAll(async () => {
  dist = await mkdtemp(join(tmpdir(), 'arbetsbro-combobox-'));
  // Vitest sets NODE_ENV=test, which would give React's development build; test what ships.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  await build({
    configFile: false,
    root: harness,
    plugins: [react()],
    logLevel: 'error',
    mode: 'production',
    build: { outDir: dist, emptyOutDir: true },
  }).finally(() => {
    process.env.NODE_ENV = nodeEnv;
  });
  browser = await launchBrowser();
  await browser.context.route(`${origin}/**`, async (route) => {
    const url = new URL(route.request().url());
    if (url.pathname === '/api/taxonomy/search') {
      const q = url.searchParams.get('q') ?? '';
      const kind = url.searchParams.get('kind') ?? 'all';
      searches.push({ q, kind });
      const results = concepts
        .filter((c) => kind === 'all' || c.kind === kind)
        .filter(
          (c) => fold(c.label).startsWith(fold(q)) || (c.synonym && fold(c.synonym).startsWith(fold(q))),
        )
        .map((c) => ({
          id: c.id,
          label: c.label,
          kind: c.kind,
          ssykCode: c.ssykCode,
          matchedSynonym: fold(c.label).startsWith(fold(q)) ? null : c.synonym,
        }));
      return route.fulfill({ json: { results, taxonomyVersion: 'test' } });
    }
    if (url.pathname.startsWith('/api/taxonomy/concepts/')) {
      const id = decodeURIComponent(url.pathname.split('/').pop()!);
      const c = concepts.find((x) => x.id === id);
      if (!c)
        return route.fulfill({ status: 404, json: { status: 404, title: 'Hittades inte', detail: '' } });
      return route.fulfill({
        json: {
          id,
          requestedId: id,
          label: c.label,
          kind: c.kind,
          ssyk: c.ssykCode ? { code: c.ssykCode } : null,
        },
      });
    }
    const file = url.pathname === '/' ? 'index.html' : url.pathname.slice(1);
    try {
      const body = await readFile(join(dist, file));
      return route.fulfill({ body, contentType: types[extname(file)] ?? 'application/octet-stream' });
    } catch {
      return route.fulfill({ status: 404, body: 'not found' });
    }
  });
});

afterAll(async () => {
  await browser?.close();
  if (dist) await rm(dist, { recursive: true, force: true });
});

async function openPage(): Promise<Page> {
  searches = [];
  const page = await browser.newPage();
  await page.goto(origin);
  await page.getByRole('heading', { name: 'Testsida' }).waitFor();
  return page;
}

describe('ConceptCombobox', () => {
  it('searches as the person types (debounced, from two characters) and is chosen with the keyboard', async () => {
    const page = await openPage();
    const input = page.getByRole('combobox', { name: 'Yrke' });
    await input.click();
    await input.pressSequentially('lage', { delay: 20 });
    const option = page.getByRole('option', { name: /Lagerarbetare/ });
    await option.waitFor();
    await expect(option.textContent()).resolves.toContain('SSYK 4322');
    expect(await page.getByRole('option').count()).toBe(2);
    // One request for what was typed, not one per keystroke; never for a single letter.
    expect(searches.map((s) => s.q)).toEqual(['lage']);
    expect(searches[0]!.kind).toBe('occupation');
    // react-aria announces the number of suggestions in Swedish.
    await expect
      .poll(async () => (await page.locator('[aria-live]').allTextContents()).join(' '))
      .toMatch(/2 alternativ/);

    // Move through the list and back: it stays open (react-aria would close it on the scroll event
    // that scrollIntoView fires), then choose with Enter.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => input.getAttribute('aria-activedescendant')).toMatch(/O_lager$/);
    expect(await input.getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('occupation').textContent()).toBe('O_lager');
    expect(await input.inputValue()).toBe('Lagerarbetare');
    expect(await page.locator('input[type=hidden][name=occupation]').inputValue()).toBe('O_lager');
    expect(await input.getAttribute('aria-expanded')).toBe('false');
    await expectNoAxeViolations(page);
    await page.close();
  });

  it('shows a synonym that matched, and says so when nothing is found', async () => {
    const page = await openPage();
    const input = page.getByRole('combobox', { name: 'Yrke' });
    await input.focus();
    await input.pressSequentially('lagerm', { delay: 20 });
    await expect(page.getByRole('option', { name: /Lagerarbetare/ }).textContent()).resolves.toContain(
      'även Lagermedarbetare',
    );
    await input.fill('xyzzy');
    await expect.poll(() => page.locator('.concept-combobox__status').textContent()).toMatch(/Inga träffar/);
    // Escape with nothing chosen empties the field and closes the list.
    await page.keyboard.press('Escape');
    expect(await input.inputValue()).toBe('');
    expect(await input.getAttribute('aria-expanded')).toBe('false');
    await page.close();
  });

  it('shows the label of a saved concept id, and clearing the field clears the choice', async () => {
    const page = await openPage();
    const input = page.getByRole('combobox', { name: 'Kompetens' });
    await expect.poll(() => input.inputValue()).toBe('Truckvana');
    await input.fill('');
    await expect.poll(() => page.getByTestId('skill').textContent()).toBe('ingen');
    await page.close();
  });
});
