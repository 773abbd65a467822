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
  enrolment,
  followUp,
  intervention,
  journalEntry,
  type PlanStepDoc,
  participant,
  planVersion,
} from '../db/schema/index.ts';
import { systemActor } from '../modules/auth/actor.ts';
import { staffRepository } from '../modules/staff/staff.repository.ts';
import { unitRepository } from '../modules/unit/unit.repository.ts';

// ~60 participants across the two demo units with plans, interventions at fictitious local
// employers, journal notes, follow-ups (some overdue, some today) and exits of every category,
// so that every caseload filter and the statistics have something to show. Deterministic for a
// given seed and day: dates are relative to today so that "today" and "overdue" stay meaningful.
// Personnummer are fictitious (födelsenummer 000, see @arbetsbro/identity); names are made up.

const DAY = 86_400_000;

const EMPLOYERS: Array<{ name: string; municipality: string; postcode: string; industry: string }> = [
  {
    name: 'Älvstrandens Lager & Logistik AB',
    municipality: '1488',
    postcode: '46138',
    industry: 'Lager och logistik',
  },
  { name: 'Vänerkökets Restaurang AB', municipality: '1487', postcode: '46230', industry: 'Restaurang' },
  { name: 'Slussgatans Bageri AB', municipality: '1488', postcode: '46132', industry: 'Livsmedel' },
  {
    name: 'Stallbacka Montage & Produktion AB',
    municipality: '1488',
    postcode: '46138',
    industry: 'Tillverkning',
  },
  { name: 'Kronogårdens Omsorg AB', municipality: '1488', postcode: '46160', industry: 'Vård och omsorg' },
  {
    name: 'Halvorstorps Städservice AB',
    municipality: '1488',
    postcode: '46154',
    industry: 'Städ och lokalvård',
  },
  {
    name: 'Vänersborgs Fastighetsskötsel AB',
    municipality: '1487',
    postcode: '46240',
    industry: 'Fastighet',
  },
  { name: 'Skräcklans Café & Konditori AB', municipality: '1487', postcode: '46231', industry: 'Café' },
  { name: 'Överby Dagligvaror AB', municipality: '1488', postcode: '46170', industry: 'Handel' },
  { name: 'Dalbo Åkeri & Transport AB', municipality: '1487', postcode: '46250', industry: 'Transport' },
  { name: 'Göta Älvdals Trädgård AB', municipality: '1488', postcode: '46173', industry: 'Trädgård' },
  { name: 'Sylte Bygg & Renovering AB', municipality: '1488', postcode: '46155', industry: 'Bygg' },
];

/** Occupation slugs from the default vocabulary, with skills that go with them. */
const TRADES: Array<{ occupation: string; skills: string[]; employers: number[] }> = [
  { occupation: 'lagerarbetare', skills: ['plockning', 'truckkorning', 'godshantering'], employers: [0, 8] },
  { occupation: 'truckforare', skills: ['truckkorning', 'lastsakring'], employers: [0, 9] },
  { occupation: 'kock', skills: ['matlagning', 'livsmedelshygien', 'storkok'], employers: [1] },
  { occupation: 'restaurangbitrade', skills: ['disk', 'servering'], employers: [1, 7] },
  { occupation: 'cafebitrade', skills: ['barista', 'kassahantering'], employers: [7, 2] },
  { occupation: 'produktionsmedarbetare', skills: ['lopande-band', 'kvalitetskontroll'], employers: [3] },
  { occupation: 'montor', skills: ['montering', 'handverktyg'], employers: [3] },
  {
    occupation: 'underskoterska-hemtjanst',
    skills: ['personlig-omvardnad', 'basala-hygienrutiner'],
    employers: [4],
  },
  { occupation: 'vardbitrade', skills: ['bemotande', 'basala-hygienrutiner'], employers: [4] },
  { occupation: 'stadare', skills: ['lokalvard', 'stadkemikalier'], employers: [5] },
  { occupation: 'fastighetsskotare', skills: ['fastighetsskotsel', 'enklare-reparationer'], employers: [6] },
  { occupation: 'butikssaljare-dagligvaror', skills: ['varupafyllning', 'kundbemotande'], employers: [8] },
  { occupation: 'distributionsforare', skills: ['kundleveranser', 'ruttplanering'], employers: [9] },
  { occupation: 'tradgardsarbetare', skills: ['gronyteskotsel', 'smamaskiner'], employers: [10] },
  { occupation: 'byggnadsarbetare', skills: ['rivning', 'byggstadning'], employers: [11] },
];

const LANGUAGES = [
  { code: 'ar', level: 'CEFR-C2' },
  { code: 'so', level: 'CEFR-C2' },
  { code: 'ti', level: 'CEFR-C2' },
  { code: 'fa', level: 'CEFR-C2' },
  { code: 'pl', level: 'CEFR-C2' },
  { code: 'en', level: 'CEFR-B1' },
];
const SWEDISH_LEVELS = ['SFI-C', 'SFI-D', 'SAS-GRUND', 'SAS-GY', 'CEFR-C2'];

const NOTES = [
  'Första mötet. Vi gick igenom tidigare erfarenheter och vad deltagaren vill arbeta med.',
  'Avstämning per telefon. Deltagaren har varit på studiebesök och är positiv.',
  'Möte med handledaren på arbetsplatsen. Praktiken fungerar bra, fokus nu på arbetstider.',
  'Deltagaren var sjuk och mötet flyttades. Ny tid bokad.',
  'Gick igenom cv och personligt brev. Deltagaren ska söka två tjänster till nästa vecka.',
  'Trepartssamtal med Arbetsförmedlingen om fortsatt planering.',
  'Arbetsgivaren ser ett rekryteringsbehov till våren. Vi lägger upp ett Jobbspår.',
];

function iso(ms: number) {
  return new Date(ms).toISOString().slice(0, 10);
}

/** A valid-format organisation number (Luhn), deterministic from the faker stream. */
function organisationsnummer(): string {
  const payload = `55${fakerSV.string.numeric(7)}`;
  const digits = `${payload}${luhnCheckDigit(payload)}`;
  return `${digits.slice(0, 6)}-${digits.slice(6)}`;
}

type Exit =
  | null
  | {
      category: 'work';
      kind: 'unsubsidised' | 'subsidised' | 'municipal_labour_market';
      held: boolean | null;
      startAgo: number;
    }
  | { category: 'studies'; kind: 'komvux' | 'folkhogskola' | 'hogskola' | 'other'; eligible: boolean }
  | { category: 'other_authority' | 'completed' | 'other' };

/** Exits spread so that every Kolada category (and both verification states) shows up. */
const EXITS: Exit[] = [
  { category: 'work', kind: 'unsubsidised', held: true, startAgo: 90 },
  { category: 'work', kind: 'unsubsidised', held: true, startAgo: 60 },
  { category: 'work', kind: 'subsidised', held: true, startAgo: 120 },
  { category: 'work', kind: 'unsubsidised', held: null, startAgo: 10 }, // verification in three weeks
  { category: 'work', kind: 'subsidised', held: null, startAgo: 33 }, // verification overdue
  { category: 'work', kind: 'unsubsidised', held: false, startAgo: 80 },
  { category: 'work', kind: 'municipal_labour_market', held: null, startAgo: 50 },
  { category: 'studies', kind: 'komvux', eligible: true },
  { category: 'studies', kind: 'folkhogskola', eligible: true },
  { category: 'studies', kind: 'other', eligible: false },
  { category: 'other_authority' },
  { category: 'completed' },
  { category: 'other' },
  { category: 'work', kind: 'unsubsidised', held: null, startAgo: 31 }, // due today or so
];

export async function seedParticipantsDemo(ctx: AppContext, options: { seed: number }) {
  fakerSV.seed(options.seed);
  const rng = () => fakerSV.number.float({ min: 0, max: 0.999999 });
  const municipalityCode = ctx.config.municipality.code;
  const now = ctx.clock();
  const today = todayInSweden(now);
  const todayMs = Date.parse(`${today}T00:00:00Z`);
  const ago = (days: number) => iso(todayMs - days * DAY);
  const units = await unitRepository.list(ctx.db, municipalityCode);
  const jc = units.find((u) => u.name === 'Jobbcentrum 25+');
  const fc = units.find((u) => u.name === 'Framtidscentrum 16–24');
  const coachJc = await staffRepository.findByUsername(ctx.db, 'coach');
  const coachFc = await staffRepository.findByUsername(ctx.db, 'coach2');
  if (!jc || !fc || !coachJc || !coachFc) return; // not the standard demo: nothing to add to

  await ctx.db.transaction(async (tx) => {
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
        address: fakerSV.location.streetAddress(),
        contactName: fakerSV.person.fullName(),
        contactPhone: `0520-${fakerSV.string.numeric(6)}`,
        contactEmail: `rekrytering${employerIds.length}@exempel.se`,
      });
    }

    const usedBirthDates = new Set<string>();
    const count = { jc: 36, fc: 24 };
    let exitIndex = 0;
    for (let i = 0; i < count.jc + count.fc; i++) {
      const young = i >= count.jc;
      const unit = young ? fc : jc;
      const coach = young ? coachFc : coachJc;
      let number: string;
      let birthDate: string;
      do {
        number = fictitiousPersonnummer(rng, { today, minAge: young ? 17 : 25, maxAge: young ? 24 : 62 });
        const parsed = parsePersonnummer(number, { today });
        birthDate = parsed.ok ? parsed.value.birthDate : '';
      } while (usedBirthDates.has(birthDate));
      usedBirthDates.add(birthDate);
      const trade = fakerSV.helpers.arrayElement(TRADES);
      const wish = fakerSV.helpers.arrayElement(TRADES);
      const language = fakerSV.helpers.arrayElement(LANGUAGES);
      const participantId = randomUUID();
      const firstName = fakerSV.person.firstName();
      const lastName = fakerSV.person.lastName();
      await tx.insert(participant).values({
        municipalityCode,
        id: participantId,
        personnummer: number,
        personnummerKind: 'personnummer',
        birthDate,
        firstName,
        lastName,
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
          shifts: rng() < 0.5 ? ['day'] : ['day', 'evening'],
          weekends: rng() < 0.5,
        },
        adaptations:
          rng() < 0.15 ? ['physical.no_heavy_lifting'] : rng() < 0.1 ? ['working_time.part_time'] : [],
        createdAt: now,
        updatedAt: now,
      });

      // Every fourth is exited (one of each kind, in turn); a few are new this week; three per unit unassigned.
      const exit: Exit = i % 4 === 3 && exitIndex < EXITS.length ? EXITS[exitIndex++]! : null;
      // Exited periods started well before the exit (and before the job started).
      const enrolledDaysAgo = exit
        ? 130 + Math.floor(rng() * 250)
        : i % 9 === 0
          ? 2 + (i % 10)
          : 30 + Math.floor(rng() * 330);
      const enrolledMs = todayMs - enrolledDaysAgo * DAY;
      const unassigned = !exit && (i === 5 || i === 17 || i === 29 || i === 40 || i === 50);
      const enrolmentId = randomUUID();
      let exitColumns: Partial<typeof enrolment.$inferInsert> = {};
      let verificationDue: string | null = null;
      if (exit) {
        const exitDate =
          exit.category === 'work' ? ago(Math.max(exit.startAgo - 2, 0)) : ago(Math.floor(rng() * 20) + 1);
        exitColumns = { exitDate, exitCategory: exit.category };
        if (exit.category === 'work') {
          const start = ago(exit.startAgo);
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
      await tx.insert(enrolment).values({
        municipalityCode,
        id: enrolmentId,
        participantId,
        unitId: unit.id,
        coachId: unassigned ? null : coach.id,
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
        createdAt: now,
        updatedAt: now,
      });
      await tx.insert(coachAssignment).values({
        municipalityCode,
        enrolmentId,
        coachId: unassigned ? null : coach.id,
        fromAt: new Date(enrolledMs),
      });
      const lastDay = exitColumns.exitDate ? Date.parse(`${exitColumns.exitDate}T00:00:00Z`) : todayMs;
      const span = Math.max(1, Math.floor((lastDay - enrolledMs) / DAY));

      // Plan: most have one; some were revised (two versions).
      if (rng() < 0.85 && span > 3) {
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
            dueDate: iso(todayMs + 30 * DAY),
            interventionId: null,
          },
        ];
        const versions = rng() < 0.4 ? 2 : 1;
        for (let v = 1; v <= versions; v++) {
          await tx.insert(planVersion).values({
            municipalityCode,
            enrolmentId,
            version: v,
            goal: exit?.category === 'studies' ? 'studies' : 'work',
            goalDescription: `Arbete som ${wish.occupation.replaceAll('-', ' ')}`,
            goalOccupationId: defaultIds.occupation(wish.occupation),
            steps: v === 1 ? steps.slice(0, 2).map((s) => ({ ...s, status: 'planned' as const })) : steps,
            agreedWithParticipant: v === versions,
            agreedAt: v === versions ? iso(enrolledMs + Math.min(span, 7 * v) * DAY) : null,
            createdAt: new Date(enrolledMs + Math.min(span, 7 * v) * DAY),
            createdById: coach.id,
          });
        }
      }

      // Interventions: none for some (the "no active intervention" filter), otherwise one or two.
      const interventionCount = i % 5 === 1 ? 0 : 1 + (i % 3 === 0 ? 1 : 0);
      for (let k = 0; k < interventionCount; k++) {
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
        const needsEmployer = ['praktik', 'arbetstraning', 'jobbspar', 'subsidised_employment'].includes(
          type,
        );
        const start = enrolledMs + Math.min(span - 1, 5 + k * 20) * DAY;
        await tx.insert(intervention).values({
          municipalityCode,
          enrolmentId,
          type,
          subsidyKind: type === 'subsidised_employment' ? 'nystartsjobb' : null,
          title:
            type === 'utbildning'
              ? 'Truckkort A+B'
              : type === 'coaching'
                ? 'Individuell coachning'
                : type === 'study_guidance'
                  ? 'Studie- och yrkesvägledning'
                  : `${type === 'jobbspar' ? 'Jobbspår' : type === 'praktik' ? 'Praktik' : type === 'arbetstraning' ? 'Arbetsträning' : 'Nystartsjobb'} – ${EMPLOYERS[employerIndex]!.name}`,
          employerId: needsEmployer ? employerIds[employerIndex]! : null,
          provider: type === 'utbildning' ? 'Vuxenutbildningen Trollhättan' : null,
          occupationId: needsEmployer ? defaultIds.occupation(trade.occupation) : null,
          startDate: iso(start),
          endDate: iso(start + 56 * DAY),
          hoursPerWeek: fakerSV.helpers.arrayElement([20, 30, 40]),
          goals: 'Pröva yrket och visa vad deltagaren kan.',
          status: exit ? 'completed' : 'active',
          createdAt: new Date(start),
          createdById: coach.id,
        });
      }

      // Journal: one to three notes.
      const notes = 1 + (i % 3);
      for (let k = 0; k < notes; k++) {
        await tx.insert(journalEntry).values({
          municipalityCode,
          enrolmentId,
          kind: k === 0 ? 'meeting' : fakerSV.helpers.arrayElement(['note', 'phone', 'employer_contact']),
          occurredOn: iso(enrolledMs + Math.floor((span * k) / notes) * DAY),
          text: NOTES[(i + k) % NOTES.length]!,
          authorId: coach.id,
          createdAt: new Date(enrolledMs + Math.floor((span * k) / notes) * DAY),
        });
      }

      // Follow-ups: overdue for some, today for some, next week for most open ones.
      if (!exit) {
        const due = i % 7 === 2 ? ago(3 + (i % 5)) : i % 7 === 4 ? today : iso(todayMs + (2 + (i % 9)) * DAY);
        await tx.insert(followUp).values({
          municipalityCode,
          enrolmentId,
          kind: i % 7 === 4 ? 'meeting' : 'regular',
          with: i % 2 === 0 ? 'participant' : 'both',
          dueDate: due,
          dueTime: i % 7 === 4 ? `${String(9 + (i % 6)).padStart(2, '0')}:00` : null,
          employerId: i % 2 === 0 ? null : employerIds[fakerSV.helpers.arrayElement(trade.employers)]!,
          purpose: 'Avstämning av praktik och nästa steg.',
          overdueSince: due < today ? due : null,
          createdAt: new Date(enrolledMs),
          createdById: coach.id,
        });
        // An earlier follow-up that was done, with an outcome.
        await tx.insert(followUp).values({
          municipalityCode,
          enrolmentId,
          kind: 'regular',
          with: 'participant',
          dueDate: iso(enrolledMs + Math.floor(span / 2) * DAY),
          purpose: 'Uppföljning efter start.',
          doneAt: new Date(enrolledMs + Math.floor(span / 2) * DAY),
          doneById: coach.id,
          outcome: 'Bra start. Fortsätter enligt planen.',
          createdAt: new Date(enrolledMs),
          createdById: coach.id,
        });
      }
      if (verificationDue) {
        const held = exit?.category === 'work' ? exit.held : null;
        await tx.insert(followUp).values({
          municipalityCode,
          enrolmentId,
          kind: 'exit_verification',
          with: 'both',
          dueDate: verificationDue,
          employerId: exitColumns.exitEmployerId ?? null,
          purpose: 'Kontrollera att anställningen varat en sammanhängande månad.',
          ...(held === null
            ? { overdueSince: verificationDue < today ? verificationDue : null }
            : {
                doneAt: new Date(Date.parse(`${verificationDue}T10:00:00Z`)),
                doneById: coach.id,
                jobHeld: held,
                outcome: held
                  ? 'Anställningen håller. Arbetsgivaren är nöjd.'
                  : 'Anställningen avbröts under första månaden.',
              }),
          createdAt: now,
          createdById: coach.id,
        });
      }
    }
    await ctx.audit.record(tx as Db, systemActor(municipalityCode, 'demo'), {
      action: 'create',
      entityType: 'participant',
      reason: 'demo.seed',
      details: { participants: count.jc + count.fc, employers: EMPLOYERS.length },
    });
  });
}
