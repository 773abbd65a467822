// Search-as-you-type latency over the full JobTech taxonomy (falls back to the default
// vocabulary without ../shared). Queries: every keystroke prefix of common Swedish searches,
// plus prefixes, diacritics-free spellings and one-typo variants of random occupation and skill
// labels. Prints p50/p95/p99/max per query in process.
import { existsSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
import {
  createTaxonomySearch,
  defaultTaxonomy,
  loadTaxonomyFromDir,
  type Taxonomy,
} from '@arbetsbro/taxonomy';

const dir = process.env.ARBETSBRO_TAXONOMY_DIR ?? resolve(import.meta.dirname, '../../shared/data/taxonomy');
const taxonomy: Taxonomy = existsSync(dir) ? await loadTaxonomyFromDir(dir) : defaultTaxonomy();

// Deterministic pseudo-random numbers so that runs are comparable.
let seed = 20261123;
const random = () => {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed / 0x7fffffff;
};
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const stripDiacritics = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '');
const typo = (s: string) => {
  if (s.length < 5) return s;
  const i = 1 + Math.floor(random() * (s.length - 2));
  return random() < 0.5 ? s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2) : s.slice(0, i) + s.slice(i + 1);
};

const typed = [
  'lakare',
  'undersköterska',
  'underskot',
  'truck',
  'truckförare',
  'lager',
  'lagerarbetare',
  'städare',
  'lokalvård',
  'kock',
  'köksbiträde',
  'diskare',
  'butik',
  'kassa',
  'barnskötare',
  'personlig assistent',
  'vårdbiträde',
  'lastbilsförare',
  'buss',
  'grovarbetare',
  'snickare',
  'fastighetsskötare',
  'elektriker',
  'svetsare',
  '5321',
  '9412',
  'hemtjänst',
  'förskola',
  'restaurang',
  'bagare',
  'frisör',
  'montör',
  'svets',
  'programmerare',
  'sjuksköterska',
];
const queries: string[] = [];
for (const q of typed) for (let n = 2; n <= q.length; n++) queries.push(q.slice(0, n));
const labels = [...taxonomy.occupations.map((o) => o.label), ...taxonomy.skills.map((s) => s.label)];
for (let i = 0; i < 1500; i++) {
  const label = pick(labels).toLowerCase();
  const prefix = label.slice(0, 3 + Math.floor(random() * Math.max(1, label.length - 3)));
  const r = random();
  queries.push(r < 0.4 ? prefix : r < 0.7 ? stripDiacritics(prefix) : typo(prefix));
}

const buildStart = performance.now();
const search = createTaxonomySearch(taxonomy);
const buildMs = performance.now() - buildStart;

for (const q of queries.slice(0, 300)) search.search(q); // warm-up (JIT)

// Wall-clock and CPU time per search: on a shared, busy machine the wall clock includes time the
// process waited for a core; CPU time (process.cpuUsage, µs resolution) shows the work itself.
const rounds = 3;
const times: number[] = [];
const cpuTimes: number[] = [];
let hits = 0;
const loadBefore = loadavg()[0]!;
for (let round = 0; round < rounds; round++) {
  for (const q of queries) {
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    hits += search.search(q, { limit: 10 }).length;
    times.push(performance.now() - start);
    const cpu = process.cpuUsage(cpuStart);
    cpuTimes.push((cpu.user + cpu.system) / 1000);
  }
}
times.sort((a, b) => a - b);
cpuTimes.sort((a, b) => a - b);
const pct = (list: number[], p: number) =>
  list[Math.min(list.length - 1, Math.floor(p * list.length))]!.toFixed(3);
const at = (p: number) => pct(times, p);
const heapMb = (process.memoryUsage().heapUsed / 1024 / 1024).toFixed(0);

console.log(
  `taxonomy: ${taxonomy.source} ${taxonomy.version} – ${taxonomy.occupations.length} occupations, ` +
    `${taxonomy.skills.length} skills, ${taxonomy.ssykGroups.length} SSYK groups; ${search.size} searchable names`,
);
console.log(`index build: ${buildMs.toFixed(1)} ms; heap after: ${heapMb} MB`);
console.log(
  `${times.length} searches (${queries.length} distinct queries × ${rounds}), avg ${(hits / times.length).toFixed(1)} hits`,
);
console.log(
  `latency ms (wall): p50 ${at(0.5)}  p95 ${at(0.95)}  p99 ${at(0.99)}  max ${times.at(-1)!.toFixed(3)}`,
);
console.log(
  `cpu ms per search:  p50 ${pct(cpuTimes, 0.5)}  p95 ${pct(cpuTimes, 0.95)}  p99 ${pct(cpuTimes, 0.99)}` +
    `  (1-min load average ${loadBefore.toFixed(1)} → ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores)`,
);
