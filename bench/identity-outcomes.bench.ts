// Personnummer parsing (the import validates every line) and the outcome KPI calculation over a
// large municipality's history. Synthetic data from a fixed seed; no reference data needed.
import { fictitiousPersonnummer, parsePersonnummer } from '@arbetsbro/identity';
import {
  calculateOutcomeKpis,
  EDUCATION_LEVELS,
  type EnrolmentPeriod,
  EXIT_CATEGORIES,
  REFERRAL_SOURCES,
} from '@arbetsbro/kolada';

function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function time(label: string, runs: number, fn: () => void): void {
  fn(); // warm up
  const start = process.hrtime.bigint();
  for (let i = 0; i < runs; i++) fn();
  const ms = Number(process.hrtime.bigint() - start) / 1e6 / runs;
  console.log(`${label}: ${ms.toFixed(2)} ms`);
}

const rng = seeded(42);
const today = '2026-11-23';
const pick = <T>(items: readonly T[]): T => items[Math.floor(rng() * items.length)]!;
const day = (base: number, span: number) =>
  new Date(base + Math.floor(rng() * span) * 86_400_000).toISOString().slice(0, 10);

const numbers = Array.from({ length: 100_000 }, () => {
  const n = fictitiousPersonnummer(rng, { today });
  return rng() < 0.5 ? `${n.slice(2, 8)}-${n.slice(8)}` : n;
});
time('parsePersonnummer × 100,000 (10- and 12-digit forms)', 5, () => {
  for (const n of numbers)
    if (!parsePersonnummer(n, { today }).ok) throw new Error('unexpected invalid number');
});

const base = Date.UTC(2019, 0, 1);
const periods: EnrolmentPeriod[] = Array.from({ length: 100_000 }, (_, i) => {
  const enrolledAt = day(base, 365 * 7);
  const exited = rng() < 0.8;
  const exitDate = new Date(Date.parse(enrolledAt) + Math.floor(rng() * 900) * 86_400_000)
    .toISOString()
    .slice(0, 10);
  return {
    personId: `p${i % 60_000}`,
    enrolledAt,
    birthDate: day(Date.UTC(1960, 0, 1), 365 * 48),
    referralSource: pick(REFERRAL_SOURCES),
    educationLevel: rng() < 0.9 ? pick(EDUCATION_LEVELS) : null,
    monthsWithoutWork: rng() < 0.9 ? Math.floor(rng() * 60) : null,
    exit: exited
      ? {
          exitDate,
          category: pick(EXIT_CATEGORIES),
          employment: { kind: 'subsidised', startDate: exitDate, heldOneMonth: pick([true, false, null]) },
          studies: { kind: 'komvux', studentFinanceEligible: rng() < 0.7 },
        }
      : null,
  };
});
time('calculateOutcomeKpis, 100,000 periods, one year', 5, () => {
  calculateOutcomeKpis(periods, { from: '2025-01-01', to: '2025-12-31' });
});
