import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, expectNoAxeViolations, launchBrowser } from './support/browser.ts';
import { type RunningServer, startServer } from './support/server.ts';

// A coach on a phone (390 × 844, an iPhone 12–15): the participant page fits the screen's width on
// every tab — nothing to scroll sideways — and stays axe-clean.

interface Overflow {
  scrollWidth: number;
  clientWidth: number;
  /** The elements that stick out on the right, to say what to fix. */
  wide: string[];
}

function overflow(page: Page): Promise<Overflow> {
  return page.evaluate(() => {
    // Runs in the browser; the test project is compiled without DOM types.
    interface El {
      tagName: string;
      className: unknown;
      getBoundingClientRect(): { right: number };
    }
    const doc = (
      globalThis as unknown as {
        document: {
          documentElement: { scrollWidth: number; clientWidth: number };
          querySelectorAll(s: string): El[];
        };
      }
    ).document;
    const width = doc.documentElement.clientWidth;
    const wide = [...doc.querySelectorAll('body *')]
      .filter((el) => el.getBoundingClientRect().right > width + 0.5)
      .slice(0, 6)
      .map((el) => `${el.tagName.toLowerCase()}.${String(el.className).split(' ').join('.')}`);
    return { scrollWidth: doc.documentElement.scrollWidth, clientWidth: width, wide };
  });
}

describe('the participant page at 390 px', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    page = await browser.newPage();
    page.setDefaultTimeout(15_000);
    await page.setViewportSize({ width: 390, height: 844 });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('does not scroll sideways on any tab, and every tab is axe-clean', async () => {
    await page.goto(`${server.url}/deltagare`);
    await page.getByLabel('Användarnamn').fill('coach');
    await page.getByLabel('Lösenord', { exact: true }).fill(server.demoPassword);
    await page.getByRole('button', { name: 'Logga in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Deltagare' }).waitFor();
    const list = await overflow(page);
    expect(list.scrollWidth, `list: ${list.wide.join(', ')}`).toBeLessThanOrEqual(list.clientWidth);

    // A demo participant with a plan, interventions, journal and follow-ups.
    await page.locator('main a.row-link').first().click();
    const tabs = page.getByRole('tablist', { name: 'Deltagarens uppgifter' });
    await tabs.waitFor();
    const names = (await tabs.getByRole('tab').allTextContents()).map((name) => name.trim());
    expect(names.length).toBeGreaterThanOrEqual(6);

    const problems: string[] = [];
    for (const name of names) {
      await tabs.getByRole('tab', { name, exact: true }).click();
      const panel = page.getByRole('tabpanel', { name });
      await panel.waitFor();
      // Let the tab's data arrive (a loading line is narrow; the list that replaces it may not be).
      await page.waitForLoadState('networkidle');
      await expect.poll(() => panel.getByText(/^Laddar/).count()).toBe(0);
      const result = await overflow(page);
      if (result.scrollWidth > result.clientWidth)
        problems.push(`${name}: ${result.scrollWidth} px wide (${result.wide.join(', ')})`);
      await expectNoAxeViolations(page).catch((error: Error) => problems.push(`${name}: ${error.message}`));
    }
    expect(problems).toEqual([]);

    // The logo link is named by what it shows (axe's experimental label-content-name-mismatch).
    const named = await new AxeBuilder({ page }).withRules(['label-content-name-mismatch']).analyze();
    expect(named.violations.map((v) => v.nodes.map((n) => n.target.join(' ')))).toEqual([]);
    await page.getByRole('link', { name: 'Arbetsbro Trollhättan, till startsidan' }).waitFor();
  });
});
