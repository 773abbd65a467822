// Numbers as Swedish reports write them: "22,2 %", "1 234", months by name.

function locale(language: string): string {
  return language === 'sv' ? 'sv-SE' : 'en-GB';
}

/** A whole number (thousands separated). */
export function formatCount(value: number, language: string): string {
  return new Intl.NumberFormat(locale(language), { maximumFractionDigits: 0 }).format(value);
}

/** A number with at most one decimal ("40,5"). */
export function formatNumber(value: number, language: string): string {
  return new Intl.NumberFormat(locale(language), { maximumFractionDigits: 1 }).format(value);
}

/** A share given in percent 0–100, with one decimal at most: "22,2 %" (a no-break space before %). */
export function formatPercent(value: number, language: string): string {
  return new Intl.NumberFormat(locale(language), { style: 'percent', maximumFractionDigits: 1 }).format(
    value / 100,
  );
}

/** A figure as a KPI is given: a count or a percent. */
export function formatValue(value: number, unit: 'count' | 'percent', language: string): string {
  return unit === 'percent' ? formatPercent(value, language) : formatNumber(value, language);
}

/** "2026-03" → "mars" (long) or "mars" / "Mar" (short) in the reader's language. */
export function formatMonth(month: string, language: string, style: 'long' | 'short' = 'long'): string {
  const [year, m] = month.split('-').map(Number);
  if (!year || !m) return month;
  const date = new Date(Date.UTC(year, m - 1, 15));
  return new Intl.DateTimeFormat(locale(language), { month: style, timeZone: 'UTC' })
    .format(date)
    .replace(/\.$/, '');
}

/** A timestamp in Swedish time: "2026-11-30 10:15" in Swedish. */
export function formatDateTime(iso: string, language: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale(language), {
    dateStyle: 'short',
    timeStyle: 'short',
    timeZone: 'Europe/Stockholm',
  }).format(date);
}

/**
 * A target typed by a person: a number from 0 with a decimal comma or point ("40,5"), spaces
 * ignored; null when it is not one.
 */
export function parseTarget(text: string): number | null {
  const cleaned = text.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(cleaned)) return null;
  const value = Number(cleaned);
  return Number.isFinite(value) ? value : null;
}

/** Kaplan–Meier: the share still without a job at `days` (0–1), or null beyond the curve's end. */
export function survivalAt(
  steps: ReadonlyArray<{ days: number; survival: number }>,
  days: number,
): number | null {
  const last = steps.at(-1);
  if (!last || days > last.days) return null;
  let value = 1;
  for (const step of steps) {
    if (step.days > days) break;
    value = step.survival;
  }
  return value;
}
