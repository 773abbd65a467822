// Issue 10's figures: the public form's suggestion latency over realistic employer texts, and the
// time to add 10,000 stored recruitment needs to a running matching index (5,000 participants
// indexed, the municipality size), each beside a baseline measured in the same run: one taxonomy
// search per text, and adding the same number of participants. Real JobTech taxonomy when
// ../shared is present, the built-in vocabulary otherwise.
import { cpus, loadavg } from 'node:os';
import { centroidDistance, MatchingEngine } from '@arbetsbro/matching';
import { suggestFromText } from '@arbetsbro/recruitment';
import { createTaxonomySearch, defaultSearchHints } from '@arbetsbro/taxonomy';
import {
  loadEvalTaxonomy,
  loadMunicipalities,
  rng,
  SyntheticWorld,
} from '../packages/matching/eval/synthetic.ts';

const { taxonomy, real } = await loadEvalTaxonomy();
const municipalities = await loadMunicipalities();
const search = createTaxonomySearch(taxonomy, defaultSearchHints(taxonomy));
const r = rng(20261129);
const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))]!;
const f = (x: number) => (x < 10 ? x.toFixed(3) : x.toFixed(1));

// ---- suggestions ------------------------------------------------------------------------------
const NUMBERS = ['en', 'två', 'tre', 'fyra', '5', '2'];
const PLACES = ['lager', 'kök', 'butik', 'äldreboende', 'verkstad', 'kontor'];
const EXTRAS = [
  'B-körkort är ett krav.',
  'Truckkort A och B är meriterande.',
  'God svenska i tal och skrift.',
  'Vi erbjuder handledning och en trevlig arbetsplats.',
  'Skiftarbete förekommer, även helger.',
  'Start i mars, heltid, tillsvidare efter provanställning.',
  'Erfarenhet av liknande arbete är meriterande men inget krav.',
];
const texts = Array.from({ length: 400 }, () => {
  const occupation = pick(taxonomy.occupations).label.toLowerCase().split(',')[0]!;
  const skill = pick(taxonomy.skills).label.toLowerCase().split(',')[0]!;
  return `Vi söker ${pick(NUMBERS)} ${occupation} till vårt ${pick(PLACES)}. Du kan ${skill}. ${pick(EXTRAS)} ${pick(EXTRAS)}`;
});
for (const t of texts.slice(0, 50)) suggestFromText(t, search); // warm-up
const suggestMs: number[] = [];
const baselineMs: number[] = [];
let withOccupation = 0;
for (const t of texts) {
  const a = performance.now();
  const s = suggestFromText(t, search);
  suggestMs.push(performance.now() - a);
  if (s.occupation) withOccupation++;
  const b = performance.now();
  search.search(t.split(' ').slice(2, 4).join(' '), { limit: 3 });
  baselineMs.push(performance.now() - b);
}
console.log(
  `taxonomy: ${real ? 'JobTech (../shared)' : 'built-in'} – ${taxonomy.occupations.length} occupations, ${taxonomy.skills.length} skills; ${cpus().length} cores, load ${loadavg()[0]!.toFixed(1)}`,
);
console.log(
  `public form suggestions over ${texts.length} employer texts (${Math.round(texts.reduce((s, t) => s + t.length, 0) / texts.length)} chars avg): ` +
    `p50 ${f(pct(suggestMs, 0.5))} ms, p95 ${f(pct(suggestMs, 0.95))} ms, max ${f(Math.max(...suggestMs))} ms; occupation found in ${Math.round((100 * withOccupation) / texts.length)} %`,
);
console.log(
  `  baseline, one taxonomy search per text: p50 ${f(pct(baselineMs, 0.5))} ms, p95 ${f(pct(baselineMs, 0.95))} ms ` +
    `(suggestions/search p50 ratio ${(pct(suggestMs, 0.5) / pct(baselineMs, 0.5)).toFixed(1)}×)`,
);

// ---- stored needs into a running index ---------------------------------------------------------
const world = new SyntheticWorld(taxonomy, municipalities);
const engine = new MatchingEngine({
  taxonomy,
  distance: centroidDistance(new Map(municipalities.map((m) => [m.code, m]))),
});
const index = engine.createIndex();
const PARTICIPANTS = 5_000;
const NEEDS = 10_000;
for (let i = 0; i < PARTICIPANTS; i++) index.upsertParticipant(world.participant(r, `p${i}`));
const needs = Array.from({ length: NEEDS }, (_, i) => world.need(r, `n${i}`));
const more = Array.from({ length: NEEDS }, (_, i) => world.participant(r, `q${i}`));
let t0 = performance.now();
for (const n of needs) index.upsertNeed(n);
const needMs = performance.now() - t0;
t0 = performance.now();
for (const p of more) index.upsertParticipant(p);
const participantMs = performance.now() - t0;
const q0 = performance.now();
const top = index.candidatesForNeed(needs[0]!.id, 20);
const queryMs = performance.now() - q0;
console.log(
  `add ${NEEDS.toLocaleString('en-US')} stored needs to a running index (${PARTICIPANTS.toLocaleString('en-US')} participants): ` +
    `${needMs.toFixed(0)} ms (${((needMs * 1000) / NEEDS).toFixed(1)} µs per need); then the first top-20 for one of them (cold) ${queryMs.toFixed(2)} ms (${top.length} candidates)`,
);
console.log(
  `  baseline, adding ${NEEDS.toLocaleString('en-US')} participants in the same run: ${participantMs.toFixed(0)} ms (needs/participants ratio ${(needMs / participantMs).toFixed(2)})`,
);
