// `arbetsbro import cases` with 10,000 lines (JSON Lines, fictitious personnummer) into a freshly
// migrated database: parse + validate every line + one all-or-nothing transaction. PGlite in
// memory by default; BENCH_DATABASE_URL=postgres://… runs it against a (scratch!) PostgreSQL DB.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fictitiousPersonnummer } from '@arbetsbro/identity';
import { EDUCATION_LEVELS, REFERRAL_SOURCES } from '@arbetsbro/kolada';
import { createContext } from '../apps/server/src/bootstrap.ts';
import { loadConfig } from '../apps/server/src/config.ts';
import { createLogger } from '../apps/server/src/logger.ts';
import { importCases } from '../apps/server/src/modules/case-import/import-cases.ts';
import { readCaseFile } from '../apps/server/src/modules/case-import/read-case-file.ts';

const LINES = Number(process.env.BENCH_LINES ?? 10_000);

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

const rng = seeded(4);
const pick = <T>(items: readonly T[]): T => items[Math.floor(rng() * items.length)]!;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const DAY = 86_400_000;

// One fictitious number per birth date: spread people over distinct days (ages 18–64).
const start = Date.UTC(1962, 0, 1);
const lines: string[] = [];
for (let i = 0; i < LINES; i++) {
  const birthDate = iso(start + i * DAY);
  const enrolled = Date.UTC(2022, 0, 1) + Math.floor(rng() * 1000) * DAY;
  const r = rng();
  const exit =
    r < 0.3
      ? {
          date: iso(enrolled + 200 * DAY),
          category: 'work',
          employment: {
            kind: pick(['unsubsidised', 'subsidised', 'municipal_labour_market']),
            startDate: iso(enrolled + 200 * DAY),
            heldOneMonth: rng() < 0.5 ? true : null,
          },
        }
      : r < 0.45
        ? {
            date: iso(enrolled + 150 * DAY),
            category: 'studies',
            studies: { kind: 'komvux', studentFinanceEligible: true },
          }
        : r < 0.6
          ? { date: iso(enrolled + 100 * DAY), category: pick(['other_authority', 'completed', 'other']) }
          : undefined;
  lines.push(
    JSON.stringify({
      personnummer: fictitiousPersonnummer(rng, { birthDate }),
      firstName: 'Bench',
      lastName: `Person ${i}`,
      unit: pick(['Jobbcentrum 25+', 'Framtidscentrum 16–24', 'Stöd och matchning']),
      enrolledAt: iso(enrolled),
      referralSource: pick(REFERRAL_SOURCES),
      educationLevel: pick(EDUCATION_LEVELS),
      monthsWithoutWork: Math.floor(rng() * 60),
      incomeSupport: rng() < 0.4,
      ...(exit ? { exit } : {}),
    }),
  );
}

const dir = mkdtempSync(join(tmpdir(), 'arbetsbro-bench-'));
const file = join(dir, 'cases.jsonl');
writeFileSync(file, `${lines.join('\n')}\n`);
const url = process.env.BENCH_DATABASE_URL;
const config = {
  ...loadConfig({}),
  ...(url ? { databaseUrl: url } : { dataDir: join(dir, 'pglite') }),
  logLevel: 'silent' as const,
};
const ctx = await createContext(config, { logger: createLogger('silent') });
try {
  const t0 = performance.now();
  const raw = await readCaseFile(file);
  const t1 = performance.now();
  const dry = await importCases(ctx, raw, { dryRun: true });
  const t2 = performance.now();
  const report = await importCases(ctx, raw);
  const t3 = performance.now();
  const db = url ? 'PostgreSQL' : 'PGlite (file)';
  console.log(`import cases, ${LINES} lines, ${db}, fresh database:`);
  console.log(`  read + parse file:          ${(t1 - t0).toFixed(0)} ms`);
  console.log(`  --dry-run (validate all):   ${(t2 - t1).toFixed(0)} ms (${dry.rejected.length} rejected)`);
  console.log(
    `  import (one transaction):   ${(t3 - t2).toFixed(0)} ms — ${report.enrolments} periods, ${report.newPersons} persons, ${report.verificationFollowUps} verification follow-ups, units created: ${report.unitsCreated.join(', ')}`,
  );
  console.log(`  total:                      ${(t3 - t0).toFixed(0)} ms`);
} finally {
  await ctx.database.close();
  rmSync(dir, { recursive: true, force: true });
}
