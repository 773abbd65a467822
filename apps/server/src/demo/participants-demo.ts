import { randomUUID } from 'node:crypto';
import {
  fictitiousPersonnummer,
  luhnCheckDigit,
  parsePersonnummer,
  todayInSweden,
} from '@arbetsbro/identity';
import { defaultIds } from '@arbetsbro/taxonomy';
import { fakerSV } from '@faker-js/faker';
import type { AppContext } from '../context.ts';
import type { Db } from '../db/client.ts';
import {
  coachAssignment,
  employer,
  employerContact,
  enrolment,
  followUp,
  intervention,
  journalEntry,
  type PlanStepDoc,
  participant,
  planVersion,
} from '../db/schema/index.ts';
import { systemActor } from '../modules/auth/index.ts';
import { staffRepository } from '../modules/staff/index.ts';
import { unitRepository } from '../modules/unit/index.ts';
import {
  EMPLOYERS,
  EXITS,
  type Exit,
  LANGUAGES,
  NOTES,
  SWEDISH_LEVELS,
  TRADES,
} from './participants-demo-data.ts';

// ~60 participants across the two demo units with plans, interventions at fictitious local
// employers, journal notes, follow-ups (some overdue, some today) and exits of every category,
// so that every caseload filter and the statistics have something to show. Deterministic for a
// given seed and day: dates are relative to today so that "today" and "overdue" stay meaningful.
// Personnummer are fictitious (födelsenummer 000, see @arbetsbro/identity); names are made up.

const DAY = 86_400_000;

function iso(ms: number) {
  return new Date(ms).toISOString().slice(0, 10);
}

/** A valid-format organisation number (Luhn), deterministic from the faker stream. */
function organisationsnummer(): string {
  const payload = `55${fakerSV.string.numeric(7)}`;
  const digits = `${payload}${luhnCheckDigit(payload)}`;
  return `${digits.slice(0, 6)}-${digits.slice(6)}`;
}

/** Days relative to "today" in Sweden: the demo stays meaningful whatever day it is seeded. */
interface DemoCalendar {
  now: Date;
  today: string;
  todayMs: number;
  ago(days: number): string;
}

type Trade = (typeof TRADES)[number];
type EnrolmentInsert = typeof enrolment.$inferInsert;

/**
 * ~60 participants with their periods, plans, interventions, journal notes and follow-ups, in one
 * transaction. Each person's records are built by the steps below in a fixed order, so that the
 * faker stream (and so the demo) is the same for a given seed and day.
 */
export async function seedParticipantsDemo(ctx: AppContext, options: { seed: number }) {
  fakerSV.seed(options.seed);
  const municipalityCode = ctx.config.municipality.code;
  const now = ctx.clock();
  const today = todayInSweden(now);
  const todayMs = Date.parse(`${today}T00:00:00Z`);
  const cal: DemoCalendar = { now, today, todayMs, ago: (days) => iso(todayMs - days * DAY) };
  const units = await unitRepository.list(ctx.db, municipalityCode);
  const jc = units.find((u) => u.name === 'Jobbcentrum 25+');
  const fc = units.find((u) => u.name === 'Framtidscentrum 16–24');
  const coachJc = await staffRepository.findByUsername(ctx.db, 'coach');
  const coachFc = await staffRepository.findByUsername(ctx.db, 'coach2');
  if (!jc || !fc || !coachJc || !coachFc) return; // not the standard demo: nothing to add to

  await ctx.db.transaction(async (tx) => {
    const employerIds = await insertEmployers(tx, municipalityCode);
    const usedBirthDates = new Set<string>();
    const count = { jc: 36, fc: 24 };
    let exitIndex = 0;
    for (let i = 0; i < count.jc + count.fc; i++) {
      const young = i >= count.jc;
      const unitId = young ? fc.id : jc.id;
      const coachId = young ? coachFc.id : coachJc.id;
      const person = demoPerson({ i, young, usedBirthDates, cal });
      await tx.insert(participant).values({ municipalityCode, ...person.row });
      // Every fourth is exited (one of each kind, in turn).
      const exit: Exit = i % 4 === 3 && exitIndex < EXITS.length ? EXITS[exitIndex++]! : null;
      const period = demoPeriod({ i, exit, trade: person.trade, employerIds, cal });
      const enrolmentId = randomUUID();
      const assigned = period.unassigned ? null : coachId;
      await tx.insert(enrolment).values({
        municipalityCode,
        id: enrolmentId,
        participantId: person.row.id,
        unitId,
        coachId: assigned,
        ...period.row,
        createdAt: now,
        updatedAt: now,
      });
      await tx
        .insert(coachAssignment)
        .values({ municipalityCode, enrolmentId, coachId: assigned, fromAt: new Date(period.enrolledMs) });
      const ctxOf = { municipalityCode, enrolmentId, coachId, cal, period, exit };
      for (const row of demoPlan({ ...ctxOf, trade: person.trade, wish: person.wish }))
        await tx.insert(planVersion).values(row);
      for (const row of demoInterventions({ ...ctxOf, i, trade: person.trade, employerIds }))
        await tx.insert(intervention).values(row);
      for (const row of demoJournal({ ...ctxOf, i })) await tx.insert(journalEntry).values(row);
      for (const row of demoFollowUps({ ...ctxOf, i, trade: person.trade, employerIds }))
        await tx.insert(followUp).values(row);
    }
    await ctx.audit.record(tx as Db, systemActor(municipalityCode, 'demo'), {
      action: 'create',
      entityType: 'participant',
      reason: 'demo.seed',
      details: { participants: count.jc + count.fc, employers: EMPLOYERS.length },
    });
  });
}

const rng = () => fakerSV.number.float({ min: 0, max: 0.999999 });

/** SNI 2007 divisions of the demo employers' industries. */
const SNI_BY_INDUSTRY: Record<string, string> = {
  'Lager och logistik': '52',
  Restaurang: '56',
  Livsmedel: '10',
  Tillverkning: '28',
  'Vård och omsorg': '87',
  'Städ och lokalvård': '81',
  Fastighet: '68',
  Café: '56',
  Handel: '47',
  Transport: '49',
  Trädgård: '81',
  Bygg: '43',
};

/** The fictitious employers the demo's placements and follow-ups refer to; their ids in order. */
async function insertEmployers(tx: Db, municipalityCode: string): Promise<string[]> {
  const employerIds: string[] = [];
  for (const e of EMPLOYERS) {
    const id = randomUUID();
    employerIds.push(id);
    await tx.insert(employer).values({
      municipalityCode,
      id,
      name: e.name,
      organisationsnummer: organisationsnummer(),
      municipality: e.municipality,
      postcode: e.postcode,
      industry: e.industry,
      sniCode: SNI_BY_INDUSTRY[e.industry] ?? null,
      address: fakerSV.location.streetAddress(),
    });
    await tx.insert(employerContact).values({
      municipalityCode,
      employerId: id,
      name: fakerSV.person.fullName(),
      role: 'Rekryteringsansvarig',
      phone: `0520-${fakerSV.string.numeric(6)}`,
      email: `rekrytering${employerIds.length}@exempel.se`,
    });
  }
  return employerIds;
}

/** One person (a birth date not used before), with a trade they know and one they wish for. */
function demoPerson(input: { i: number; young: boolean; usedBirthDates: Set<string>; cal: DemoCalendar }) {
  const { i, young, usedBirthDates, cal } = input;
  let number: string;
  let birthDate: string;
  do {
    number = fictitiousPersonnummer(rng, {
      today: cal.today,
      minAge: young ? 17 : 25,
      maxAge: young ? 24 : 62,
    });
    const parsed = parsePersonnummer(number, { today: cal.today });
    birthDate = parsed.ok ? parsed.value.birthDate : '';
  } while (usedBirthDates.has(birthDate));
  usedBirthDates.add(birthDate);
  const trade = fakerSV.helpers.arrayElement(TRADES);
  const wish = fakerSV.helpers.arrayElement(TRADES);
  const language = fakerSV.helpers.arrayElement(LANGUAGES);
  const row = {
    id: randomUUID(),
    personnummer: number,
    personnummerKind: 'personnummer' as const,
    birthDate,
    firstName: fakerSV.person.firstName(),
    lastName: fakerSV.person.lastName(),
    phone: `07${fakerSV.string.numeric(1)}-${fakerSV.string.numeric(7)}`,
    email: `deltagare${i + 1}@exempel.se`,
    address: fakerSV.location.streetAddress(),
    profile: {
      occupations:
        rng() < 0.7
          ? [{ id: defaultIds.occupation(trade.occupation), years: 1 + Math.floor(rng() * 8) }]
          : [],
      wishedOccupations: [defaultIds.occupation(wish.occupation)],
      interests: [],
      interestsNote: rng() < 0.4 ? 'Vill arbeta med människor och gärna dagtid.' : null,
      skills: trade.skills
        .slice(0, 1 + Math.floor(rng() * trade.skills.length))
        .map((s) => defaultIds.skill(s)),
      licences: rng() < 0.45 ? ['B'] : rng() < 0.2 ? ['TRUCK-A2', 'TRUCK-B1'] : [],
      languages: [
        { code: 'sv', level: fakerSV.helpers.arrayElement(SWEDISH_LEVELS) },
        ...(rng() < 0.6 ? [language] : []),
      ],
      educations: [],
      municipality: rng() < 0.75 ? '1488' : '1487',
      postcode: rng() < 0.75 ? `461${fakerSV.string.numeric(2)}` : `462${fakerSV.string.numeric(2)}`,
      maxCommuteKm: fakerSV.helpers.arrayElement([10, 20, 30, 50]),
      hasCar: rng() < 0.3,
      availableFrom: null,
      extentPercent: fakerSV.helpers.arrayElement([50, 75, 100, 100, 100]),
      shifts: rng() < 0.5 ? ['day' as const] : ['day' as const, 'evening' as const],
      weekends: rng() < 0.5,
    },
    adaptations: rng() < 0.15 ? ['physical.no_heavy_lifting'] : rng() < 0.1 ? ['working_time.part_time'] : [],
    createdAt: cal.now,
    updatedAt: cal.now,
  };
  return { row, trade, wish };
}

/** The period: when it started, whether it is assigned, and its exit (with the verification due). */
function demoPeriod(input: {
  i: number;
  exit: Exit;
  trade: Trade;
  employerIds: string[];
  cal: DemoCalendar;
}) {
  const { i, exit, trade, employerIds, cal } = input;
  // Exited periods started well before the exit (and before the job started); a few are new this week.
  const enrolledDaysAgo = exit
    ? 130 + Math.floor(rng() * 250)
    : i % 9 === 0
      ? 2 + (i % 10)
      : 30 + Math.floor(rng() * 330);
  const enrolledMs = cal.todayMs - enrolledDaysAgo * DAY;
  const unassigned = !exit && (i === 5 || i === 17 || i === 29 || i === 40 || i === 50);
  let exitColumns: Partial<EnrolmentInsert> = {};
  let verificationDue: string | null = null;
  if (exit) {
    const exitDate =
      exit.category === 'work'
        ? cal.ago(Math.max(exit.startAgo - 2, 0))
        : cal.ago(Math.floor(rng() * 20) + 1);
    exitColumns = { exitDate, exitCategory: exit.category };
    if (exit.category === 'work') {
      const start = cal.ago(exit.startAgo);
      const employerIndex = fakerSV.helpers.arrayElement(trade.employers);
      exitColumns = {
        ...exitColumns,
        exitEmploymentKind: exit.kind,
        exitEmploymentStart: start,
        exitEmployerId: employerIds[employerIndex]!,
        exitEmployerName: EMPLOYERS[employerIndex]!.name,
        exitOccupationId: defaultIds.occupation(trade.occupation),
        exitSubsidy: exit.kind === 'subsidised' ? 'nystartsjobb' : null,
        exitHeldOneMonth: exit.held,
      };
      if (exit.kind !== 'municipal_labour_market') {
        const d = new Date(Date.parse(`${start}T00:00:00Z`));
        d.setUTCMonth(d.getUTCMonth() + 1);
        verificationDue = iso(d.getTime());
      }
    } else if (exit.category === 'studies') {
      exitColumns = {
        ...exitColumns,
        exitStudiesKind: exit.kind,
        exitStudentFinanceEligible: exit.eligible,
        exitStudiesProvider: exit.kind === 'komvux' ? 'Vuxenutbildningen Trollhättan' : null,
      };
    }
  }
  const row = {
    enrolledAt: iso(enrolledMs),
    referralSource: fakerSV.helpers.arrayElement([
      'arbetsformedlingen',
      'socialtjansten',
      'socialtjansten',
      'arbetsformedlingen_with_socialtjansten',
      'self',
      'forsakringskassan',
      'other',
    ]),
    educationLevel: fakerSV.helpers.arrayElement([
      'incomplete_compulsory',
      'compulsory',
      'upper_secondary',
      'post_secondary',
      'foreign_not_validated',
      null,
    ]),
    monthsWithoutWork: fakerSV.helpers.arrayElement([3, 8, 14, 26, 40, null]),
    incomeSupport: rng() < 0.55,
    afRegisteredSince: rng() < 0.7 ? iso(enrolledMs - Math.floor(rng() * 700) * DAY) : null,
    ...exitColumns,
  };
  const lastDay = exitColumns.exitDate ? Date.parse(`${exitColumns.exitDate}T00:00:00Z`) : cal.todayMs;
  const span = Math.max(1, Math.floor((lastDay - enrolledMs) / DAY));
  return {
    row,
    enrolledMs,
    span,
    unassigned,
    verificationDue,
    exitEmployerId: exitColumns.exitEmployerId ?? null,
  };
}

type DemoPeriod = ReturnType<typeof demoPeriod>;
interface PeriodContext {
  municipalityCode: string;
  enrolmentId: string;
  coachId: string;
  cal: DemoCalendar;
  period: DemoPeriod;
  exit: Exit;
}

/** Most have a plan; some were revised (two versions, the newest agreed). */
function demoPlan(
  input: PeriodContext & { trade: Trade; wish: Trade },
): Array<typeof planVersion.$inferInsert> {
  const { municipalityCode, enrolmentId, coachId, cal, period, exit, trade, wish } = input;
  const { enrolledMs, span } = period;
  if (!(rng() < 0.85 && span > 3)) return [];
  const steps: PlanStepDoc[] = [
    {
      id: randomUUID(),
      title: 'Kartlägga erfarenheter och intressen',
      description: null,
      status: 'done',
      dueDate: null,
      interventionId: null,
    },
    {
      id: randomUUID(),
      title: `Praktik som ${trade.occupation.replaceAll('-', ' ')}`,
      description: null,
      status: exit ? 'done' : 'in_progress',
      dueDate: null,
      interventionId: null,
    },
    {
      id: randomUUID(),
      title: 'Söka anställning',
      description: null,
      status: exit ? 'done' : 'planned',
      dueDate: iso(cal.todayMs + 30 * DAY),
      interventionId: null,
    },
  ];
  const versions = rng() < 0.4 ? 2 : 1;
  return Array.from({ length: versions }, (_, n) => {
    const v = n + 1;
    return {
      municipalityCode,
      enrolmentId,
      version: v,
      goal: exit?.category === 'studies' ? ('studies' as const) : ('work' as const),
      goalDescription: `Arbete som ${wish.occupation.replaceAll('-', ' ')}`,
      goalOccupationId: defaultIds.occupation(wish.occupation),
      steps: v === 1 ? steps.slice(0, 2).map((s) => ({ ...s, status: 'planned' as const })) : steps,
      agreedWithParticipant: v === versions,
      agreedAt: v === versions ? iso(enrolledMs + Math.min(span, 7 * v) * DAY) : null,
      createdAt: new Date(enrolledMs + Math.min(span, 7 * v) * DAY),
      createdById: coachId,
    };
  });
}

/** None for some (the "no active intervention" filter), otherwise one or two. */
function demoInterventions(
  input: PeriodContext & { i: number; trade: Trade; employerIds: string[] },
): Array<typeof intervention.$inferInsert> {
  const { municipalityCode, enrolmentId, coachId, period, exit, i, trade, employerIds } = input;
  const count = i % 5 === 1 ? 0 : 1 + (i % 3 === 0 ? 1 : 0);
  const rows: Array<typeof intervention.$inferInsert> = [];
  for (let k = 0; k < count; k++) {
    const type =
      k === 0
        ? fakerSV.helpers.arrayElement([
            'praktik',
            'praktik',
            'arbetstraning',
            'jobbspar',
            'subsidised_employment',
          ])
        : fakerSV.helpers.arrayElement(['utbildning', 'coaching', 'study_guidance']);
    const employerIndex = fakerSV.helpers.arrayElement(trade.employers);
    const needsEmployer = ['praktik', 'arbetstraning', 'jobbspar', 'subsidised_employment'].includes(type);
    const start = period.enrolledMs + Math.min(period.span - 1, 5 + k * 20) * DAY;
    rows.push({
      municipalityCode,
      enrolmentId,
      type,
      subsidyKind: type === 'subsidised_employment' ? 'nystartsjobb' : null,
      title: interventionTitle(type, EMPLOYERS[employerIndex]!.name),
      employerId: needsEmployer ? employerIds[employerIndex]! : null,
      provider: type === 'utbildning' ? 'Vuxenutbildningen Trollhättan' : null,
      occupationId: needsEmployer ? defaultIds.occupation(trade.occupation) : null,
      startDate: iso(start),
      endDate: iso(start + 56 * DAY),
      hoursPerWeek: fakerSV.helpers.arrayElement([20, 30, 40]),
      goals: 'Pröva yrket och visa vad deltagaren kan.',
      status: exit ? 'completed' : 'active',
      createdAt: new Date(start),
      createdById: coachId,
    });
  }
  return rows;
}

const TITLES: Record<string, string> = {
  utbildning: 'Truckkort A+B',
  coaching: 'Individuell coachning',
  study_guidance: 'Studie- och yrkesvägledning',
};
const PLACEMENT_TITLES: Record<string, string> = {
  jobbspar: 'Jobbspår',
  praktik: 'Praktik',
  arbetstraning: 'Arbetsträning',
  subsidised_employment: 'Nystartsjobb',
};

function interventionTitle(type: string, employerName: string): string {
  return TITLES[type] ?? `${PLACEMENT_TITLES[type]} – ${employerName}`;
}

/** One to three notes across the period. */
function demoJournal(input: PeriodContext & { i: number }): Array<typeof journalEntry.$inferInsert> {
  const { municipalityCode, enrolmentId, coachId, period, i } = input;
  const notes = 1 + (i % 3);
  return Array.from({ length: notes }, (_, k) => {
    const at = period.enrolledMs + Math.floor((period.span * k) / notes) * DAY;
    return {
      municipalityCode,
      enrolmentId,
      kind: k === 0 ? 'meeting' : fakerSV.helpers.arrayElement(['note', 'phone', 'employer_contact']),
      occurredOn: iso(at),
      text: NOTES[(i + k) % NOTES.length]!,
      authorId: coachId,
      createdAt: new Date(at),
    };
  });
}

/**
 * Open periods: the next follow-up (overdue for some, today for some, next week for most) and an
 * earlier one done with an outcome. Job exits: the one-month verification (done or pending).
 */
function demoFollowUps(
  input: PeriodContext & { i: number; trade: Trade; employerIds: string[] },
): Array<typeof followUp.$inferInsert> {
  const { municipalityCode, enrolmentId, coachId, cal, period, exit, i, trade, employerIds } = input;
  const rows: Array<typeof followUp.$inferInsert> = [];
  const { enrolledMs, span } = period;
  if (!exit) {
    const due =
      i % 7 === 2 ? cal.ago(3 + (i % 5)) : i % 7 === 4 ? cal.today : iso(cal.todayMs + (2 + (i % 9)) * DAY);
    rows.push({
      municipalityCode,
      enrolmentId,
      kind: i % 7 === 4 ? 'meeting' : 'regular',
      with: i % 2 === 0 ? 'participant' : 'both',
      dueDate: due,
      dueTime: i % 7 === 4 ? `${String(9 + (i % 6)).padStart(2, '0')}:00` : null,
      employerId: i % 2 === 0 ? null : employerIds[fakerSV.helpers.arrayElement(trade.employers)]!,
      purpose: 'Avstämning av praktik och nästa steg.',
      overdueSince: due < cal.today ? due : null,
      createdAt: new Date(enrolledMs),
      createdById: coachId,
    });
    rows.push({
      municipalityCode,
      enrolmentId,
      kind: 'regular',
      with: 'participant',
      dueDate: iso(enrolledMs + Math.floor(span / 2) * DAY),
      purpose: 'Uppföljning efter start.',
      doneAt: new Date(enrolledMs + Math.floor(span / 2) * DAY),
      doneById: coachId,
      outcome: 'Bra start. Fortsätter enligt planen.',
      createdAt: new Date(enrolledMs),
      createdById: coachId,
    });
  }
  const due = period.verificationDue;
  if (due) {
    const held = exit?.category === 'work' ? exit.held : null;
    rows.push({
      municipalityCode,
      enrolmentId,
      kind: 'exit_verification',
      with: 'both',
      dueDate: due,
      employerId: period.exitEmployerId,
      purpose: 'Kontrollera att anställningen varat en sammanhängande månad.',
      ...(held === null
        ? { overdueSince: due < cal.today ? due : null }
        : {
            doneAt: new Date(Date.parse(`${due}T10:00:00Z`)),
            doneById: coachId,
            jobHeld: held,
            outcome: held
              ? 'Anställningen håller. Arbetsgivaren är nöjd.'
              : 'Anställningen avbröts under första månaden.',
          }),
      createdAt: cal.now,
      createdById: coachId,
    });
  }
  return rows;
}
