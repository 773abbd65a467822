import { todayInSweden } from '@arbetsbro/identity';
import { defaultIds, defaultTaxonomy } from '@arbetsbro/taxonomy';
import { and, asc, eq } from 'drizzle-orm';
import type { AppContext } from '../context.ts';
import {
  employer,
  employerAgreement,
  employerContact,
  employerContactLog,
  employerWorkplace,
  recruitmentNeed,
  recruitmentNeedEvent,
} from '../db/schema/index.ts';
import { systemActor } from '../modules/auth/index.ts';
import { staffRepository } from '../modules/staff/index.ts';
import { TRADES } from './participants-demo-data.ts';

// The employer side of the demo (issue 10): the demo employers get the liaison, a workplace, a
// contact history with next steps in the liaison's Min vecka, agreements, and recruitment needs in
// taxonomy terms — open ones for matching, one received from the public form (with a phrase the
// discrimination check warns about), one filled. Deterministic: no randomness, dates from today.

const DAY = 86_400_000;

/** Per demo employer (by name): the trade its need is for and how many positions; the others have none. */
const NEED_TRADES: Record<string, { trade: string; positions: number }> = {
  'Älvstrandens Lager & Logistik AB': { trade: 'lagerarbetare', positions: 1 },
  'Vänerkökets Restaurang AB': { trade: 'kock', positions: 2 },
  'Stallbacka Montage & Produktion AB': { trade: 'produktionsmedarbetare', positions: 3 },
  'Kronogårdens Omsorg AB': { trade: 'underskoterska-hemtjanst', positions: 2 },
  'Halvorstorps Städservice AB': { trade: 'stadare', positions: 1 },
  'Skräcklans Café & Konditori AB': { trade: 'cafebitrade', positions: 1 },
  'Överby Dagligvaror AB': { trade: 'butikssaljare-dagligvaror', positions: 2 },
  'Dalbo Åkeri & Transport AB': { trade: 'distributionsforare', positions: 1 },
  'Sylte Bygg & Renovering AB': { trade: 'byggnadsarbetare', positions: 3 },
};

export async function seedEmployersDemo(ctx: AppContext) {
  const m = ctx.config.municipality.code;
  const liaison = await staffRepository.findByUsername(ctx.db, 'foretag');
  const employers = await ctx.db
    .select()
    .from(employer)
    .where(eq(employer.municipalityCode, m))
    .orderBy(asc(employer.createdAt), asc(employer.name));
  if (!liaison || employers.length === 0) return;
  const now = ctx.clock();
  const todayMs = Date.parse(`${todayInSweden(now)}T00:00:00Z`);
  const day = (offset: number) => new Date(todayMs + offset * DAY).toISOString().slice(0, 10);

  await ctx.db.transaction(async (tx) => {
    for (const [i, e] of employers.entries()) {
      await tx
        .update(employer)
        .set({ liaisonId: liaison.id })
        .where(and(eq(employer.municipalityCode, m), eq(employer.id, e.id)));
      const [workplace] = await tx
        .insert(employerWorkplace)
        .values({
          municipalityCode: m,
          employerId: e.id,
          name: `${e.name.replace(/ AB$/, '')}, huvudkontoret`,
          address: e.address,
          postcode: e.postcode,
          municipality: e.municipality,
        })
        .returning();
      const [contact] = await tx
        .select()
        .from(employerContact)
        .where(and(eq(employerContact.municipalityCode, m), eq(employerContact.employerId, e.id)));
      // A contact history: a visit a month ago, a call last week with a next step (some overdue).
      await tx.insert(employerContactLog).values([
        {
          municipalityCode: m,
          employerId: e.id,
          kind: 'visit',
          occurredOn: day(-30 - i),
          staffId: liaison.id,
          contactId: contact?.id ?? null,
          note: 'Besök på arbetsplatsen. Vi gick igenom kommande rekryteringar och hur praktik kan läggas upp.',
        },
        ...(i % 3 === 2
          ? []
          : [
              {
                municipalityCode: m,
                employerId: e.id,
                kind: 'call' as const,
                occurredOn: day(-7 + (i % 4)),
                staffId: liaison.id,
                contactId: contact?.id ?? null,
                note: 'Uppföljande samtal om behovet.',
                nextStep: i % 2 === 0 ? 'Skicka förslag på kandidater' : 'Boka studiebesök med deltagare',
                nextStepDue: day(i % 4 === 0 ? -2 : 1 + (i % 5)),
              },
            ]),
      ]);
      if (i % 4 === 0)
        await tx.insert(employerAgreement).values({
          municipalityCode: m,
          employerId: e.id,
          kind: i === 0 ? 'cooperation_agreement' : 'letter_of_intent',
          validFrom: day(-120),
          validTo: day(245),
          signedBy: contact?.name ?? null,
          createdById: liaison.id,
        });
      const wanted = NEED_TRADES[e.name];
      const slug = wanted?.trade;
      const trade = TRADES.find((t) => t.occupation === slug);
      if (!trade || !workplace) continue;
      const status = e.name === 'Halvorstorps Städservice AB' ? 'filled' : 'open';
      const [need] = await tx
        .insert(recruitmentNeed)
        .values({
          municipalityCode: m,
          employerId: e.id,
          workplaceId: workplace.id,
          status,
          closingReason: status === 'filled' ? 'filled_through_us' : null,
          source: 'staff',
          title: `${occupationLabel(trade.occupation)} till ${e.name.replace(/ AB$/, '')}`,
          description:
            'Vi söker personer som vill lära sig yrket. Introduktion och handledare finns på plats.',
          occupationId: defaultIds.occupation(trade.occupation),
          positions: wanted?.positions ?? 1,
          requiredSkills: trade.skills.slice(0, 1).map((s) => defaultIds.skill(s)),
          meritSkills: trade.skills.slice(1, 2).map((s) => defaultIds.skill(s)),
          licences: slug === 'lagerarbetare' ? ['TRUCK-B1'] : slug === 'distributionsforare' ? ['B'] : [],
          languages: [{ code: 'sv', level: 'SFI-D' }],
          municipality: e.municipality,
          extentPercent: 100,
          shifts: ['day'],
          startDate: day(21 + i * 3),
          employmentForm: 'permanent',
          openTo: { internshipFirst: true, jobbspar: i % 2 === 0, subsidisedEmployment: true },
          liaisonId: liaison.id,
          createdAt: new Date(todayMs - (20 - i) * DAY),
          updatedAt: new Date(todayMs - (20 - i) * DAY),
        })
        .returning();
      await tx.insert(recruitmentNeedEvent).values({
        municipalityCode: m,
        needId: need!.id,
        at: need!.createdAt,
        staffId: liaison.id,
        kind: 'created',
        toStatus: status,
      });
    }
    // One need as it arrives from the public form: waiting for review, with a phrase to warn about.
    const [received] = await tx
      .insert(recruitmentNeed)
      .values({
        municipalityCode: m,
        status: 'received',
        source: 'public_form',
        title: 'Två lagerarbetare med truckkort',
        description:
          'Vi behöver två lagerarbetare med truckkort A och B till hösten. Du är ung och pigg och gillar fart.',
        positions: 2,
        licences: ['TRUCK-A1', 'TRUCK-B1'],
        submitter: {
          organisationName: 'Nordkajens Logistik AB',
          organisationsnummer: null,
          contactName: 'Lena Kaj',
          email: 'lena.kaj@exempel.se',
          phone: null,
        },
        createdAt: new Date(todayMs - DAY),
        updatedAt: new Date(todayMs - DAY),
      })
      .returning();
    await tx.insert(recruitmentNeedEvent).values({
      municipalityCode: m,
      needId: received!.id,
      at: received!.createdAt,
      kind: 'created',
      toStatus: 'received',
    });
    await ctx.audit.record(tx, systemActor(m, 'demo'), {
      action: 'create',
      entityType: 'recruitment_need',
      reason: 'demo.seed',
      details: { employers: employers.length },
    });
  });
}

/** The occupation's name as the vocabulary writes it ("Undersköterska, hemtjänst …"), not its slug. */
function occupationLabel(slug: string): string {
  const id = defaultIds.occupation(slug);
  return defaultTaxonomy().occupations.find((o) => o.id === id)?.label ?? slug;
}
