import { calculateOutcomeKpisByGender, calculateOutcomeKpisByGenderFromGroups } from '@arbetsbro/kolada';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { periodsArb, rangeArb } from '../../../../../packages/kolada/src/outcomes/test-arbitraries.ts';
import { enrolment, participant } from '../../db/schema/index.ts';
import { createTestContext, ensureUnits, type TestContext } from '../../test/test-context.ts';
import { toEnrolmentPeriod } from './kolada-report.presenter.ts';
import { outcomesRepository } from './outcomes.repository.ts';
import { presentStatistics } from './statistics.presenter.ts';
import { statisticsGroupsFromRows } from './statistics-groups.ts';

// The yearly report is computed from a GROUP BY in SQL (outcomeGroups), the Statistik page and the
// tests from rows with the pure engine: on random enrolments the two must give the same report.
let t: TestContext;
beforeAll(async () => {
  t = await createTestContext();
});
afterAll(() => t.close());

let serial = 0;
describe('outcomeGroups (SQL) and the engine over rows agree', () => {
  it('on random periods, genders and reporting ranges', async () => {
    await fc.assert(
      fc.asyncProperty(periodsArb(), rangeArb(), async (periods, range) => {
        const run = ++serial;
        const unitId = (await ensureUnits(t, [`Slump ${run}`]))[`Slump ${run}`]!;
        const m = t.config.municipality.code;
        // One participant per person id; numbers made up here, unique per run, genders from the serial.
        const people = new Map<string, { id: string; birthDate: string }>();
        for (const p of periods) {
          if (people.has(p.personId)) continue;
          const s = String(((run * 37 + people.size * 7) % 998) + 1).padStart(3, '0');
          const digits = `${p.birthDate.replace(/-/g, '')}${s}`;
          const [row] = await t.db
            .insert(participant)
            .values({
              municipalityCode: m,
              personnummer: `${digits}${(run + people.size) % 10}`,
              personnummerKind: 'personnummer',
              birthDate: p.birthDate,
              firstName: 'Slump',
              lastName: String(run),
              profile: {
                occupations: [],
                wishedOccupations: [],
                interests: [],
                skills: [],
                licences: [],
                languages: [],
                educations: [],
              },
            })
            .onConflictDoNothing()
            .returning({ id: participant.id });
          if (!row) return; // a rare clash of made-up numbers: skip this run
          people.set(p.personId, { id: row.id, birthDate: p.birthDate });
        }
        // A person has one open period at most: all but their latest period are exited.
        const byPerson = new Map<string, typeof periods>();
        // The same person's period twice (same start and end) is one period: keep the first.
        const seenPeriods = new Set<string>();
        for (const p of periods) {
          const key = `${p.personId} ${p.enrolledAt} ${p.exit?.exitDate ?? ''}`;
          if (seenPeriods.has(key)) continue;
          seenPeriods.add(key);
          byPerson.set(p.personId, [...(byPerson.get(p.personId) ?? []), p]);
        }
        const rows = [...byPerson.values()].flatMap((list) =>
          list
            .sort((a, b) => a.enrolledAt.localeCompare(b.enrolledAt))
            .map((p, i) =>
              p.exit || i === list.length - 1
                ? p
                : { ...p, exit: { exitDate: p.enrolledAt, category: 'other' as const } },
            ),
        );
        if (rows.length)
          await t.db.insert(enrolment).values(
            rows.map((p) => ({
              municipalityCode: m,
              participantId: people.get(p.personId)!.id,
              unitId,
              enrolledAt: p.enrolledAt,
              referralSource: p.referralSource,
              educationLevel: p.educationLevel,
              monthsWithoutWork: p.monthsWithoutWork,
              // Income support on every other period, so the month figures have something to count.
              incomeSupport: p.enrolledAt.endsWith('1') || p.enrolledAt.endsWith('3'),
              exitDate: p.exit?.exitDate ?? null,
              exitCategory: p.exit?.category ?? null,
              exitEmploymentKind: p.exit?.employment?.kind ?? null,
              exitEmploymentStart: p.exit?.employment?.startDate ?? null,
              exitHeldOneMonth: p.exit?.employment?.heldOneMonth ?? null,
              exitStudiesKind: p.exit?.studies?.kind ?? null,
              exitStudentFinanceEligible: p.exit?.studies?.studentFinanceEligible ?? null,
            })),
          );
        const scope = { municipalityCode: m, unitIds: [unitId], ...range };
        const fromRows = calculateOutcomeKpisByGender(
          (await outcomesRepository.periods(t.db, scope)).map(toEnrolmentPeriod),
          range,
        );
        const fromGroups = calculateOutcomeKpisByGenderFromGroups(
          await outcomesRepository.outcomeGroups(t.db, scope),
          range,
        );
        expect(fromGroups.kpis).toEqual(fromRows.kpis);
        expect(fromGroups.byGender).toEqual(fromRows.byGender);
        expect(fromGroups.exits).toEqual(fromRows.exits);

        // The Statistik page: SQL groups and the rows give the same page.
        const year = Number(range.to.slice(0, 4));
        const today = '2026-06-15';
        const names = {
          needs: [],
          year,
          today,
          unitNames: new Map(),
          staffNames: new Map(),
          interventionTypeLabels: {},
        };
        const statisticsRows = await outcomesRepository.periods(t.db, {
          ...scope,
          from: `${year - 2}-01-01`,
          to: `${year}-12-31`,
          withInterventions: true,
        });
        const sqlGroups = await outcomesRepository.statisticsGroups(t.db, {
          municipalityCode: m,
          unitIds: [unitId],
          year,
          today,
        });
        expect(presentStatistics({ ...names, groups: sqlGroups })).toEqual(
          presentStatistics({ ...names, groups: statisticsGroupsFromRows(statisticsRows, { year, today }) }),
        );
      }),
      { numRuns: 20 },
    );
  }, 120_000);
});
