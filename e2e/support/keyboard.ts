import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

// What the browser tests do with the keyboard and read back, in one place: put focus on a control
// and press a key as Tab would, type into or over a field, pick a participant's tab with the arrow
// keys, and ask what has focus (the test project is compiled without DOM types).

/** Keyboard: put focus on a control (as Tab would) and press a key on it. */
export async function press(locator: Locator, key: string) {
  await locator.focus();
  await locator.press(key);
}

/** Keyboard: focus a field and type into it. */
export async function typeInto(locator: Locator, text: string) {
  await locator.focus();
  await locator.page().keyboard.type(text);
}

/** Keyboard: focus a field, select what is there and type over it. */
export async function typeOver(locator: Locator, text: string) {
  await locator.focus();
  await locator.press('Control+A');
  await locator.page().keyboard.type(text);
}

/** Today + days, as YYYY-MM-DD in Swedish time. */
export function isoDay(offsetDays = 0): string {
  const date = new Date(Date.now() + offsetDays * 86_400_000);
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(date);
}

/** The page's document as these helpers read it. */
export interface Doc {
  activeElement: { textContent: string | null; getAttribute(name: string): string | null } | null;
  documentElement: { scrollWidth: number; clientWidth: number };
}

/** What has keyboard focus: its name attribute, or its text. */
export function focusedName(page: Page) {
  return page.evaluate(() => {
    const el = (globalThis as unknown as { document: Doc }).document.activeElement;
    return el?.getAttribute('name') ?? el?.textContent ?? null;
  });
}

/** Picks a tab in the participant page's tab list with the arrow keys; returns its panel. */
export async function openTab(page: Page, name: string) {
  const tabs = page.getByRole('tablist', { name: 'Deltagarens uppgifter' });
  const target = tabs.getByRole('tab', { name, exact: true });
  await tabs.getByRole('tab', { selected: true }).focus();
  for (let i = 0; i < 8 && (await target.getAttribute('aria-selected')) !== 'true'; i++) {
    await page.keyboard.press('ArrowRight');
  }
  expect(await target.getAttribute('aria-selected')).toBe('true');
  return page.getByRole('tabpanel', { name });
}
