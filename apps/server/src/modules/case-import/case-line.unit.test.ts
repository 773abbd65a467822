import { fictitiousPersonnummer } from '@arbetsbro/identity';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { routeByAge } from '../participant/index.ts';
import { checkPeriods, type ValidCaseLine, validateCaseLine } from './case-line.ts';

const today = '2026-10-15';
const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

const validLine = fc
  .record({
    birthDay: fc.integer({ min: 0, max: 15_000 }),
    enrolledOffset: fc.integer({ min: 0, max: 2_000 }),
    exitAfter: fc.option(fc.integer({ min: 0, max: 500 })),
  })
  .map(({ birthDay, enrolledOffset, exitAfter }) => {
    const birth = Date.UTC(1960, 0, 1) + birthDay * DAY;
    const enrolled = Date.parse(`${today}T00:00:00Z`) - (enrolledOffset + 600) * DAY;
    return {
      personnummer: fictitiousPersonnummer(() => 0, { birthDate: iso(birth) }),
      firstName: 'A',
      lastName: 'B',
      unit: 'Jobbcentrum 25+',
      enrolledAt: iso(Math.max(enrolled, birth)),
      referralSource: 'self',
      educationLevel: null,
      monthsWithoutWork: 3,
      incomeSupport: false,
      ...(exitAfter === null
        ? {}
        : { exit: { date: iso(Math.max(enrolled, birth) + exitAfter * DAY), category: 'other' } }),
    };
  });

describe('validateCaseLine', () => {
  it('accepts every well-formed line and rejects it with the line number once one field is broken', () => {
    fc.assert(
      fc.property(
        validLine,
        fc.integer({ min: 1, max: 10_000 }),
        fc.integer({ min: 0, max: 4 }),
        (l, lineNo, m) => {
          expect(validateCaseLine(l, lineNo, today).ok).toBe(true);
          const broken = [
            {
              ...l,
              personnummer: `${l.personnummer.slice(0, 11)}${(Number(l.personnummer.slice(11)) + 3) % 10}`,
            },
            { ...l, enrolledAt: '2030-01-01' },
            { ...l, incomeSupport: 'kanske' },
            { ...l, exit: { date: '1950-01-01', category: 'other' } },
            { ...l, extra: 1 },
          ][m]!;
          const result = validateCaseLine(broken, lineNo, today);
          expect(result.ok).toBe(false);
          if (!result.ok) {
            expect(result.line).toBe(lineNo);
            expect(result.reason).not.toContain(l.personnummer);
          }
        },
      ),
    );
  });
});

describe('one run names every problem of a line', () => {
  it('a wrong check digit beside a malformed date and an unknown code: all three', () => {
    fc.assert(
      fc.property(validLine, (l) => {
        const wrong = `${l.personnummer.slice(0, 11)}${(Number(l.personnummer.slice(11)) + 3) % 10}`;
        const result = validateCaseLine(
          { ...l, personnummer: wrong, enrolledAt: '1/6/2025', referralSource: 'bogus' },
          2,
          today,
        );
        expect(result.ok).toBe(false);
        if (!result.ok) {
          expect(result.reason).toMatch(/^personnummer: /);
          expect(result.reason).toContain('inskrivningsdatum: ');
          expect(result.reason).toContain('referralSource: ');
          expect(result.reason).not.toContain(wrong);
        }
      }),
      { numRuns: 50 },
    );
  });
});

describe('checkPeriods', () => {
  const asLine = (line: number, start: string, end: string | null): ValidCaseLine =>
    ({ line, data: { enrolledAt: start, exit: end ? { date: end } : null } }) as unknown as ValidCaseLine;

  it('accepts consecutive non-overlapping periods, and rejects a period inside an open one', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 1, max: 60 }), fc.integer({ min: 0, max: 60 })), {
          minLength: 1,
          maxLength: 8,
        }),
        (gaps) => {
          let day = Date.UTC(2020, 0, 1);
          const lines = gaps.map(([length, gap], i) => {
            const start = day + gap * DAY;
            const end = start + length * DAY;
            day = end;
            return asLine(i + 1, iso(start), i === gaps.length - 1 ? null : iso(end));
          });
          // Shuffled order in the file does not matter.
          expect(checkPeriods([...lines].reverse(), []).size).toBe(0);
          // A further period starting after the open one began overlaps it.
          const late = asLine(99, iso(day + DAY), null);
          expect([...checkPeriods([...lines, late], []).keys()]).toEqual([99]);
        },
      ),
    );
  });

  it('rejects a line that overlaps a period already in the database', () => {
    const rejected = checkPeriods(
      [asLine(3, '2025-05-01', '2025-06-01')],
      [{ enrolledAt: '2025-01-01', exitDate: '2025-05-15' }],
    );
    expect(rejected.get(3)).toMatch(/redan en inskrivning/);
    expect(
      checkPeriods([asLine(3, '2025-05-15', null)], [{ enrolledAt: '2025-01-01', exitDate: '2025-05-15' }])
        .size,
    ).toBe(0);
  });
});

describe('routeByAge', () => {
  const unit = (name: string, minAge: number | null, maxAge: number | null) =>
    ({ name, minAge, maxAge, id: name, municipalityCode: '1488', createdAt: new Date() }) as Parameters<
      typeof routeByAge
    >[0][number];
  const units = [
    unit('Jobbcentrum 25+', 25, null),
    unit('Framtidscentrum 16–24', 16, 24),
    unit('Utan ålder', null, null),
  ];

  it('sends 16–24 to Framtidscentrum, 25+ to Jobbcentrum, younger nowhere', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 110 }), (age) => {
        const routed = routeByAge(units, age)?.name;
        if (age < 16) expect(routed).toBeUndefined();
        else if (age <= 24) expect(routed).toBe('Framtidscentrum 16–24');
        else expect(routed).toBe('Jobbcentrum 25+');
      }),
    );
  });
});
