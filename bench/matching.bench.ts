// Matching engine benchmark: index build, memory, top-20 latency in both directions, and
// allocation (exact vs greedy). Sizes: BENCH_SIZES=5k,100k,1m; BENCH_ALLOC=10k,50k,20k:synthetic,200k:synthetic;
// BENCH_EXACT_MAX (default 1m) caps the exact solver. Profiles are synthetic but drawn from the real JobTech
// taxonomy and municipality populations in ../shared/data when present (the built-in vocabulary otherwise).
import {
  allocateExactGraph,
  allocateGreedyGraph,
  centroidDistance,
  MatchingEngine,
  type PairGraph,
  type RecruitmentNeed,
  selectionScore,
} from '@arbetsbro/matching';
import {
  loadEvalTaxonomy,
  loadMunicipalities,
  rng,
  SyntheticWorld,
} from '../packages/matching/eval/synthetic.ts';

const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
const parseSize = (s: string) =>
  Math.round(Number.parseFloat(s) * (/m$/i.test(s) ? 1e6 : /k$/i.test(s) ? 1e3 : 1));
const sizes = (process.env.BENCH_SIZES ?? '5k,100k,1m').split(',').filter(Boolean).map(parseSize);
// Allocation cases: "<participants>" uses engine scores (each person's 50 best needs), "<n>:synthetic"
// a random sparse graph built for competition (see README).
const allocCases = (process.env.BENCH_ALLOC ?? '10k,50k,20k:synthetic,200k:synthetic')
  .split(',')
  .filter(Boolean)
  .map((c) => ({ size: parseSize(c.split(':')[0]!), synthetic: c.endsWith(':synthetic') }));
const exactMax = parseSize(process.env.BENCH_EXACT_MAX ?? '1m');
const fmt = (n: number) => n.toLocaleString('en-US');
const ms = (x: number) => `${x < 10 ? x.toFixed(2) : x.toFixed(0)} ms`;
const mb = (b: number) => `${(b / 2 ** 20).toFixed(0)} MB`;

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
}

function timeQueries(count: number, run: (i: number) => void): { p50: number; p95: number } {
  for (let i = 0; i < Math.min(20, count); i++) run(i); // warm-up
  const t: number[] = [];
  for (let i = 0; i < count; i++) {
    const s = performance.now();
    run(i);
    t.push(performance.now() - s);
  }
  return { p50: percentile(t, 50), p95: percentile(t, 95) };
}

const { taxonomy, real } = await loadEvalTaxonomy();
const municipalities = await loadMunicipalities();
const world = new SyntheticWorld(taxonomy, municipalities);
const distance = municipalities.length
  ? centroidDistance(new Map(municipalities.map((m) => [m.code, m])))
  : undefined;
process.stdout.write(
  `taxonomy: ${real ? `JobTech export (${taxonomy.occupations.length} occupations, ${taxonomy.skills.length} skills)` : 'built-in default'}; ` +
    `municipalities: ${municipalities.length}; node ${process.version}\n\n`,
);

for (const n of sizes) {
  const engine = new MatchingEngine({ taxonomy, ...(distance ? { distance } : {}) });
  const index = engine.createIndex();
  const r = rng(n);
  const needCount = Math.max(1000, Math.round(n / 20));
  gc();
  const before = process.memoryUsage();
  let buildMs = 0;
  const chunk = 10_000;
  for (let start = 0; start < n; start += chunk) {
    const batch = [];
    for (let i = start; i < Math.min(n, start + chunk); i++) batch.push(world.participant(r, `p${i}`));
    const t = performance.now();
    for (const p of batch) index.upsertParticipant(p);
    buildMs += performance.now() - t;
  }
  const tn = performance.now();
  for (let i = 0; i < needCount; i++) index.upsertNeed(world.need(r, `n${i}`));
  const needBuildMs = performance.now() - tn;
  engine.tables();
  gc();
  const after = process.memoryUsage();
  const heap = after.heapUsed + after.arrayBuffers - before.heapUsed - before.arrayBuffers;

  const queries = Array.from({ length: 300 }, (_, i) => world.need(r, `q${i}`));
  const noRegion = queries.map(({ municipality: _m, ...q }) => q as RecruitmentNeed);
  const regional = timeQueries(queries.length, (i) => index.candidatesForNeed(queries[i]!, 20));
  const full = timeQueries(noRegion.length, (i) => index.candidatesForNeed(noRegion[i]!, 20));
  const pids = Array.from({ length: 300 }, () => `p${Math.floor(r() * n)}`);
  const part = timeQueries(pids.length, (i) => index.needsForParticipant(pids[i]!, 20));
  const explainT = timeQueries(100, (i) => index.explain(pids[i]!, `n${i}`));
  process.stdout.write(
    `participants=${fmt(n)} needs=${fmt(needCount)}\n` +
      `  build: ${ms(buildMs)} participants (${((buildMs * 1000) / n).toFixed(1)} µs each), ${ms(needBuildMs)} needs\n` +
      `  memory: ${mb(index.bytes())} typed arrays, ${mb(heap)} heap+buffers growth in total (ids, maps)\n` +
      `  need → top-20 participants: p50 ${ms(regional.p50)} p95 ${ms(regional.p95)} (commute-region prefilter), ` +
      `full scan p50 ${ms(full.p50)} p95 ${ms(full.p95)}\n` +
      `  participant → top-20 needs:  p50 ${ms(part.p50)} p95 ${ms(part.p95)} (scan of ${fmt(needCount)} needs)\n` +
      `  explain one pair: p50 ${ms(explainT.p50)}\n\n`,
  );
}

function randomCap(r: () => number): number {
  return 1 + Math.floor(r() * 5);
}

function runAllocation(label: string, g: PairGraph): void {
  gc();
  let t = performance.now();
  const greedy = allocateGreedyGraph(g);
  const greedyMs = performance.now() - t;
  const count = (s: Uint8Array) => s.reduce((a, b) => a + b, 0);
  const gs = selectionScore(g, greedy);
  if (g.participantCount > exactMax) {
    process.stdout.write(
      `${label}: ${fmt(g.participantCount)} participants × ${fmt(g.needCount)} needs, ${fmt(g.edgeScore.length)} candidate pairs\n` +
        `  exact: skipped (BENCH_EXACT_MAX=${fmt(exactMax)})\n` +
        `  greedy floor: ${ms(greedyMs)}, total score ${gs.toFixed(2)}, ${fmt(count(greedy))} proposals\n\n`,
    );
    return;
  }
  t = performance.now();
  const exact = allocateExactGraph(g);
  const exactMs = performance.now() - t;
  const es = selectionScore(g, exact);
  process.stdout.write(
    `${label}: ${fmt(g.participantCount)} participants × ${fmt(g.needCount)} needs, ${fmt(g.edgeScore.length)} candidate pairs\n` +
      `  exact (successive shortest paths): ${ms(exactMs)}, total score ${es.toFixed(2)}, ${fmt(count(exact))} proposals\n` +
      `  greedy floor:                      ${ms(greedyMs)}, total score ${gs.toFixed(2)}, ${fmt(count(greedy))} proposals (${((100 * (es - gs)) / es).toFixed(2)} % below exact)\n\n`,
  );
}

for (const { size: P, synthetic } of allocCases) {
  const r = rng(7 + P);
  const N = Math.round(P / (synthetic ? 4 : 5));
  if (!synthetic) {
    // Engine scores: each participant's 50 best needs (no hard blocker).
    const engine = new MatchingEngine({ taxonomy, ...(distance ? { distance } : {}) });
    const index = engine.createIndex();
    for (let i = 0; i < N; i++) index.upsertNeed(world.need(r, `n${i}`));
    const en: number[] = [];
    const ep: number[] = [];
    const es: number[] = [];
    const t = performance.now();
    for (let i = 0; i < P; i++) {
      const p = world.participant(r, `p${i}`);
      for (const m of index.needsForParticipant(p, 50)) {
        en.push(Number(m.id.slice(1)));
        ep.push(i);
        es.push(m.score);
      }
    }
    process.stdout.write(`(pair generation with the engine: ${ms(performance.now() - t)})\n`);
    runAllocation(`allocation ${fmt(P)}×${fmt(N)} (engine scores, caps 1–5)`, {
      needCount: N,
      participantCount: P,
      needCapacity: Int32Array.from({ length: N }, () => randomCap(r)),
      participantCapacity: Int32Array.from({ length: P }, () => randomCap(r)),
      edgeNeed: Int32Array.from(en),
      edgeParticipant: Int32Array.from(ep),
      edgeScore: Float64Array.from(es),
    });
  } else {
    // Sparse synthetic scores with competition: some people and some needs are attractive to all.
    const deg = 50;
    const m = P * deg;
    const edgeNeed = new Int32Array(m);
    const edgeParticipant = new Int32Array(m);
    const edgeScore = new Float64Array(m);
    const quality = Float64Array.from({ length: P }, () => r());
    const appeal = Float64Array.from({ length: N }, () => r());
    const regions = 290;
    let e = 0;
    for (let p = 0; p < P; p++) {
      const region = Math.floor(r() * regions);
      const seen = new Set<number>();
      while (seen.size < deg) {
        // Mostly needs in the person's own region (needs are laid out region by region).
        const nReg = r() < 0.8 ? region : Math.floor(r() * regions);
        const lo = Math.floor((nReg * N) / regions);
        const hi = Math.floor(((nReg + 1) * N) / regions);
        seen.add(lo + Math.floor(r() * Math.max(1, hi - lo)));
      }
      for (const n of seen) {
        edgeNeed[e] = n;
        edgeParticipant[e] = p;
        edgeScore[e++] = Math.round(100 * (0.45 * quality[p]! + 0.25 * appeal[n]! + 0.3 * r())) / 100 + 0.01;
      }
    }
    runAllocation(`allocation ${fmt(P)}×${fmt(N)} (synthetic sparse scores, ${deg} needs each, caps 1–5)`, {
      needCount: N,
      participantCount: P,
      needCapacity: Int32Array.from({ length: N }, () => randomCap(r)),
      participantCapacity: Int32Array.from({ length: P }, () => randomCap(r)),
      edgeNeed,
      edgeParticipant,
      edgeScore,
    });
  }
}
