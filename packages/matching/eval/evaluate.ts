// `npm run eval:matching`: quality of the matching engine on people generated from the JobTech
// taxonomy (../shared/data/taxonomy; the built-in vocabulary when absent).
//
// 1. Finding the right need. 2,000 recruitment needs are drawn from SSYK-4 groups and their skill
//    profiles. For 1,000 of them we generate the person the need was "meant for", with noise: their
//    experience is the same occupation name (50 %), another name in the group (25 %), an occupation
//    that AF says can substitute it (15 %) or nothing relevant (10 %); they have each required skill
//    with probability 0.7, other skills of the group with 0.3, and three random skills. We rank all
//    2,000 needs for the person and report recall@1, recall@5 and MRR (cut at rank 100) of the need
//    they were generated for — against two ablations (occupation only, skills only).
//    Logistics (commute, dates, licences, languages) are left out: they are rules, not ranking skill.
// 2. Alternative occupations. For occupations Y with Arbetsförmedlingen's 75 % substitutability
//    edges (Y's holders can do X), a person with experience as Y and a sample of Y's group skills
//    asks for alternative occupations; we report how many of AF's 75 % targets X appear in the
//    top 10, first *without* letting the engine see the edges (skills + SSYK only: does our
//    skill-overlap model rediscover AF's expert judgement?) and then with the edges (as shipped).
import {
  alternativeOccupations,
  MatchingEngine,
  type ParticipantProfile,
  type RecruitmentNeed,
} from '../src/index.ts';
import { loadEvalTaxonomy, rng, SyntheticWorld } from './synthetic.ts';

const { taxonomy, real } = await loadEvalTaxonomy();
const world = new SyntheticWorld(taxonomy, []);
const r = rng(2026);
const NEEDS = 2000;
const PEOPLE = 1000;
const CUTOFF = 100;

// Needs without logistics.
const needs: RecruitmentNeed[] = [];
for (let i = 0; i < NEEDS; i++) {
  const n = world.need(r, `n${i}`);
  needs.push({
    id: n.id,
    occupation: n.occupation,
    requiredSkills: n.requiredSkills ?? [],
    meritSkills: n.meritSkills ?? [],
  });
}

const pick = <T>(list: readonly T[]): T => list[Math.floor(r() * list.length)]!;
const people: Array<{ person: ParticipantProfile; target: string; kind: string }> = [];
for (let i = 0; i < PEOPLE; i++) {
  const need = needs[i]!;
  const group = world.groupOf(need.occupation)!;
  const roll = r();
  const years = Math.round((0.5 + r() * 6) * 10) / 10;
  let occupations: ParticipantProfile['occupations'] = [];
  let kind = 'none';
  const others = group.occupations.filter((o) => o !== need.occupation);
  const subs = taxonomy.substitutability.filter((e) => e.occupationId === need.occupation);
  if (roll < 0.5) {
    occupations = [{ id: need.occupation, years }];
    kind = 'same occupation';
  } else if (roll < 0.75 && others.length) {
    occupations = [{ id: pick(others), years }];
    kind = 'same SSYK-4';
  } else if (roll < 0.9 && subs.length) {
    occupations = [{ id: pick(subs).substituteId, years }];
    kind = 'substitute';
  }
  const skills = [
    ...world.sampleSkills(r, need.requiredSkills ?? [], 0.7, 99),
    ...world.sampleSkills(r, group.skills, 0.3, 20),
    ...Array.from({ length: 3 }, () => pick(taxonomy.skills).id),
  ];
  people.push({ person: { id: `p${i}`, occupations, skills }, target: need.id, kind });
}

interface Figures {
  r1: number;
  r5: number;
  mrr: number;
  byKind: Map<string, { n: number; r1: number; r5: number }>;
}

function evaluate(weights: ConstructorParameters<typeof MatchingEngine>[0]['weights']): Figures {
  const engine = new MatchingEngine({ taxonomy, ...(weights ? { weights } : {}) });
  const index = engine.createIndex();
  for (const n of needs) index.upsertNeed(n);
  let r1 = 0;
  let r5 = 0;
  let mrr = 0;
  const byKind = new Map<string, { n: number; r1: number; r5: number }>();
  for (const { person, target, kind } of people) {
    const ranked = index.needsForParticipant(person, CUTOFF);
    const rank = ranked.findIndex((m) => m.id === target) + 1;
    const k = byKind.get(kind) ?? { n: 0, r1: 0, r5: 0 };
    k.n++;
    if (rank === 1) {
      r1++;
      k.r1++;
    }
    if (rank >= 1 && rank <= 5) {
      r5++;
      k.r5++;
    }
    if (rank >= 1) mrr += 1 / rank;
    byKind.set(kind, k);
  }
  return { r1: r1 / PEOPLE, r5: r5 / PEOPLE, mrr: mrr / PEOPLE, byKind };
}

const pct = (x: number) => `${(100 * x).toFixed(1)} %`;
const out: string[] = [];
out.push(
  `Taxonomy: ${real ? `JobTech export (${taxonomy.occupations.length} occupations, ${taxonomy.skills.length} skills, ${taxonomy.substitutability.length} substitutability edges)` : 'built-in default vocabulary (../shared/data not found)'}`,
  '',
  `1. Right need for the person (${PEOPLE} people, ${NEEDS} needs; ranks cut at ${CUTOFF})`,
);
const zeroSkills = { factors: { required_skills: 0, merit_skills: 0 } };
const zeroOcc = { factors: { occupation: 0, experience: 0, wishes: 0 } };
const variants: Array<[string, Figures]> = [
  ['engine (default weights)', evaluate(undefined)],
  ['occupation fit only', evaluate(zeroSkills)],
  ['skills only', evaluate(zeroOcc)],
];
out.push('   variant                     recall@1  recall@5  MRR');
for (const [label, f] of variants)
  out.push(`   ${label.padEnd(27)} ${pct(f.r1).padStart(8)}  ${pct(f.r5).padStart(8)}  ${f.mrr.toFixed(3)}`);
out.push('   by how the person relates to the need (default weights):');
for (const [kind, k] of variants[0]![1].byKind)
  out.push(
    `     ${kind.padEnd(16)} n=${String(k.n).padStart(4)}  recall@1 ${pct(k.r1 / k.n)}  recall@5 ${pct(k.r5 / k.n)}`,
  );

// 2. Alternative occupations vs AF's 75 % edges.
const targets75 = new Map<string, Set<string>>();
for (const e of taxonomy.substitutability) {
  if (e.percent < 75) continue;
  let s = targets75.get(e.substituteId);
  if (!s) {
    s = new Set();
    targets75.set(e.substituteId, s);
  }
  s.add(e.occupationId);
}
const engine = new MatchingEngine({ taxonomy });
const sources = [...targets75.keys()].filter((y) => world.groupOf(y)).sort();
const sample = sources.filter(() => r() < Math.min(1, 500 / sources.length));
let edges = 0;
let ceiling10 = 0;
let sameGroup = 0;
const hits = { held10: 0, held20: 0, with10: 0 };
for (const y of sample) {
  const group = world.groupOf(y)!;
  const person: ParticipantProfile = {
    id: 'alt',
    occupations: [{ id: y, years: 3 }],
    skills: world.sampleSkills(r, group.skills, 0.5, 30),
  };
  const xs = targets75.get(y)!;
  ceiling10 += Math.min(10, xs.size);
  const held = alternativeOccupations(engine, person, { useSubstitutability: false, limit: 20 }).map(
    (a) => a.occupationId,
  );
  const shipped = alternativeOccupations(engine, person, { limit: 10 }).map((a) => a.occupationId);
  for (const x of xs) {
    edges++;
    if (world.groupOf(x) === group) sameGroup++;
    if (held.slice(0, 10).includes(x)) hits.held10++;
    if (held.includes(x)) hits.held20++;
    if (shipped.includes(x)) hits.with10++;
  }
}
out.push(
  '',
  `2. Alternative occupations: recall of AF's 75 % substitutability edges (${sample.length} source occupations, ${edges} edges; ${pct(sameGroup / Math.max(1, edges))} of them stay in the same SSYK-4)`,
  `   without the edges (skills + SSYK only):  recall@10 ${pct(hits.held10 / Math.max(1, edges))}, recall@20 ${pct(hits.held20 / Math.max(1, edges))}`,
  `   with the edges (as shipped):             recall@10 ${pct(hits.with10 / Math.max(1, edges))} (ceiling ${pct(ceiling10 / Math.max(1, edges))}: some occupations have more than 10 such edges)`,
);
process.stdout.write(`${out.join('\n')}\n`);
