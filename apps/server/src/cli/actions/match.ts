// `arbetsbro match`: batch matching of participants against recruitment needs from JSON files.
// Also exports the input readers that `arbetsbro allocate` shares.
import { readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseIsoDate } from '@arbetsbro/identity';
import {
  centroidDistance,
  type DistanceFn,
  type LatLng,
  MatchingEngine,
  type MatchingIndex,
  type MatchResult,
  type ParticipantProfile,
  type RecruitmentNeed,
} from '@arbetsbro/matching';
import {
  defaultTaxonomy,
  loadTaxonomyFromDir,
  type Taxonomy,
  TaxonomyFormatError,
} from '@arbetsbro/taxonomy';
import { parse as parseCsv } from 'csv-parse/sync';
import { z } from 'zod';
import { geoMunicipality } from '../../db/schema/geography.ts';
import { decodeText } from '../../files/decode-text.ts';
import { CliError } from '../cli-error.ts';
import { terminal } from '../terminal.ts';
import { withContext } from '../with-context.ts';

const id = z.union([z.string().min(1), z.number()]).transform(String);
const kommunkod = z.union([
  z.string().regex(/^\d{4}$/, 'kommunkod ska vara fyra siffror'),
  // A number loses its leading zero in JSON (0114 → 114).
  z
    .number()
    .int()
    .min(114)
    .max(2584)
    .transform((v) => String(v).padStart(4, '0')),
]);
const language = z.object({
  code: z.string().min(1),
  level: z.union([z.string(), z.number()]).transform(String),
});
const shifts = z.array(z.enum(['day', 'evening', 'night']));
// ISO only: Date.parse read "1/6/2025" (1 June, as a Swede means it) as 6 January (field case F12).
const isoDate = z
  .string()
  .refine((s) => parseIsoDate(s) !== null, 'datumet ska skrivas ÅÅÅÅ-MM-DD och finnas i kalendern');

// Extra fields are allowed (and ignored by the engine).
const participantSchema = z.looseObject({
  id,
  occupations: z.array(z.object({ id: z.string(), years: z.number().min(0).default(0) })).default([]),
  wishedOccupations: z.array(z.string()).optional(),
  interests: z.array(z.string()).optional(),
  skills: z.array(z.string()).default([]),
  licences: z.array(z.string()).optional(),
  languages: z.array(language).optional(),
  municipality: kommunkod.optional(),
  maxCommuteKm: z.number().min(0).optional(),
  carAccess: z.boolean().optional(),
  availableFrom: isoDate.optional(),
  extentPercent: z.number().min(0).max(100).optional(),
  shifts: shifts.optional(),
  weekends: z.boolean().optional(),
  adaptationsNeeded: z.array(z.string()).optional(),
});

const needSchema = z.looseObject({
  id,
  occupation: z.string().min(1),
  requiredSkills: z.array(z.string()).optional(),
  meritSkills: z.array(z.string()).optional(),
  licences: z.array(z.string()).optional(),
  languages: z.array(language).optional(),
  municipality: kommunkod.optional(),
  positions: z.number().int().min(1).default(1),
  startDate: isoDate.optional(),
  extentPercent: z.number().min(0).max(100).optional(),
  shifts: shifts.optional(),
  weekends: z.boolean().optional(),
  requiresCar: z.boolean().optional(),
  adaptationsAccepted: z.array(z.string()).optional(),
  minExperienceYears: z.number().min(0).optional(),
});

export async function readJsonFile(file: string): Promise<unknown> {
  const bytes = await readFile(resolve(file)).catch((error: NodeJS.ErrnoException) => {
    throw new CliError(
      `Kan inte läsa ${file}: ${error.code === 'ENOENT' ? 'filen finns inte' : error.message}`,
    );
  });
  let text: string;
  try {
    // Any encoding an editor writes (BOM or not), NFC.
    text = decodeText(bytes, file).text;
  } catch (error) {
    throw new CliError((error as Error).message);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new CliError(`${file} är inte giltig JSON: ${(error as Error).message}`);
  }
}

/** Parses a JSON array (or `{ "<key>": [...] }`) with the schema; errors name the file and item. */
export function parseList<T>(file: string, data: unknown, key: string, schema: z.ZodType<T>): T[] {
  const list = Array.isArray(data) ? data : (data as Record<string, unknown> | null)?.[key];
  if (!Array.isArray(list)) throw new CliError(`${file}: väntade en JSON-lista (eller {"${key}": [...]})`);
  const seen = new Set<string>();
  const problems: string[] = [];
  const items = list.map((item, i) => {
    const r = schema.safeParse(item);
    if (!r.success) {
      // Every problem of every item in one run, each with the item and the field.
      for (const issue of r.error.issues)
        problems.push(`${file}: post ${i} (${issue.path.join('.') || 'posten'}): ${issue.message}`);
      return undefined;
    }
    const itemId = (r.data as { id?: string }).id;
    if (itemId !== undefined) {
      if (seen.has(itemId)) problems.push(`${file}: id ${itemId} förekommer två gånger`);
      seen.add(itemId);
    }
    return r.data;
  });
  if (problems.length > 0) throw new CliError(problems.join('\n'));
  return items as T[];
}

export async function readParticipants(file: string): Promise<ParticipantProfile[]> {
  return parseList(file, await readJsonFile(file), 'participants', participantSchema) as ParticipantProfile[];
}

export async function readNeeds(file: string): Promise<RecruitmentNeed[]> {
  return parseList(file, await readJsonFile(file), 'needs', needSchema) as RecruitmentNeed[];
}

async function readTaxonomyDir(dir: string): Promise<Taxonomy> {
  const taxonomy = await loadTaxonomyFromDir(resolve(dir)).catch((error: unknown) => {
    if (error instanceof TaxonomyFormatError) throw new CliError(`Taxonomin i ${dir}: ${error.message}`);
    throw new CliError(`Kan inte läsa taxonomin i ${dir}: ${(error as Error).message}`);
  });
  // The JobTech export has no licences or language levels: the built-in ones apply.
  const builtIn = defaultTaxonomy();
  return {
    ...taxonomy,
    credentials: taxonomy.credentials.length ? taxonomy.credentials : builtIn.credentials,
    languageLevels: taxonomy.languageLevels.length ? taxonomy.languageLevels : builtIn.languageLevels,
  };
}

/** Municipality centroids from a kommuner.csv (code, location_lat_*, location_lng_* columns). */
async function readCentroids(path: string): Promise<Map<string, LatLng>> {
  const full = resolve(path);
  const info = await stat(full).catch(() => undefined);
  if (!info) throw new CliError(`${path} finns inte`);
  const file = info.isDirectory() ? join(full, 'kommuner.csv') : full;
  const rows = parseCsv(await readFile(file, 'utf8'), { columns: true, skip_empty_lines: true }) as Array<
    Record<string, string>
  >;
  const places = new Map<string, LatLng>();
  for (const row of rows) {
    const latKey = Object.keys(row).find((k) => k === 'lat' || k.startsWith('location_lat'));
    const lngKey = Object.keys(row).find((k) => k === 'lng' || k.startsWith('location_lng'));
    const lat = Number(latKey ? row[latKey] : Number.NaN);
    const lng = Number(lngKey ? row[lngKey] : Number.NaN);
    if (row.code && Number.isFinite(lat) && Number.isFinite(lng))
      places.set(row.code.padStart(4, '0'), { lat, lng });
  }
  if (places.size === 0)
    throw new CliError(`${file}: hittade inga kommuner med koordinater (kolumnerna code, lat, lng)`);
  return places;
}

export interface EngineOptions {
  taxonomy?: string;
  geo?: string;
  weights?: string;
}

/**
 * The engine from `--taxonomy DIR` (JobTech export) or the installed vocabulary, with distances
 * from `--geo FILE|DIR` (kommuner.csv) or the installed municipalities. Without centroids every
 * distance is "unknown" (costs half the commute points, never blocks).
 */
export async function loadEngine(opts: EngineOptions): Promise<{ engine: MatchingEngine; notes: string[] }> {
  const notes: string[] = [];
  let taxonomy: Taxonomy;
  let places: Map<string, LatLng> | undefined;
  if (opts.geo) places = await readCentroids(opts.geo);
  if (opts.taxonomy) {
    taxonomy = await readTaxonomyDir(opts.taxonomy);
  } else {
    const installed = await withContext(async (ctx) => {
      const rows = places ? [] : await ctx.db.select().from(geoMunicipality);
      return { taxonomy: ctx.reference.taxonomy(), rows };
    });
    taxonomy = installed.taxonomy;
    if (!places && installed.rows.length) {
      places = new Map();
      for (const r of installed.rows)
        if (r.lat != null && r.lng != null) places.set(r.code, { lat: r.lat, lng: r.lng });
    }
    if (taxonomy.source === 'default')
      notes.push('ingen JobTech-taxonomi installerad: den inbyggda vokabulären används');
  }
  if (!places || places.size === 0)
    notes.push('inga kommunkoordinater (--geo): pendlingsavstånd räknas som okända');
  const distance: DistanceFn | undefined = places?.size ? centroidDistance(places) : undefined;
  let weights: object | undefined;
  if (opts.weights) weights = (await readJsonFile(opts.weights)) as object;
  try {
    return {
      engine: new MatchingEngine({
        taxonomy,
        ...(distance ? { distance } : {}),
        ...(weights ? { weights } : {}),
      }),
      notes,
    };
  } catch (error) {
    if (error instanceof z.ZodError)
      throw new CliError(
        `${opts.weights}: ogiltiga vikter: ${error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
      );
    throw error;
  }
}

/** Warns (stderr) about ids the taxonomy does not know: they only ever match themselves. */
export function warnUnknownIds(
  engine: MatchingEngine,
  participants: ParticipantProfile[],
  needs: RecruitmentNeed[],
): void {
  const unknown = new Set<string>();
  for (const n of needs) if (!engine.vocab.knowsOccupation(n.occupation)) unknown.add(n.occupation);
  for (const p of participants)
    for (const o of p.occupations) if (!engine.vocab.knowsOccupation(o.id)) unknown.add(o.id);
  if (unknown.size)
    terminal().stderr.write(
      `arbetsbro: ${unknown.size} yrkes-id finns inte i taxonomin (matchas bara mot sig själva): ${[...unknown].slice(0, 5).join(', ')}${unknown.size > 5 ? ' …' : ''}\n`,
    );
}

export function parseTop(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new CliError('--top ska vara ett heltal ≥ 0');
  return n;
}

function presentCandidate(r: MatchResult, explain: boolean) {
  return {
    participantId: r.participantId,
    score: r.score,
    blockers: r.blockers,
    gaps: r.gaps,
    readyInWeeks: r.readyInWeeks,
    ...(explain ? { factors: r.factors } : {}),
  };
}

function presentNeed(r: MatchResult, explain: boolean) {
  return {
    needId: r.needId,
    score: r.score,
    blockers: r.blockers,
    gaps: r.gaps,
    readyInWeeks: r.readyInWeeks,
    ...(explain ? { factors: r.factors } : {}),
  };
}

export function buildIndex(
  engine: MatchingEngine,
  participants: ParticipantProfile[],
  needs: RecruitmentNeed[],
): MatchingIndex {
  const index = engine.createIndex();
  try {
    for (const p of participants) index.upsertParticipant(p);
    for (const n of needs) index.upsertNeed(n);
  } catch (error) {
    if (error instanceof RangeError) throw new CliError(error.message);
    throw error;
  }
  return index;
}

export async function match(opts: {
  participants: string;
  needs: string;
  taxonomy?: string;
  geo?: string;
  weights?: string;
  top: string;
  direction: string;
  includeBlocked?: boolean;
  explain?: boolean;
}) {
  if (opts.direction !== 'need' && opts.direction !== 'participant')
    throw new CliError('--direction ska vara need eller participant');
  const top = parseTop(opts.top);
  const [participants, needs] = await Promise.all([
    readParticipants(opts.participants),
    readNeeds(opts.needs),
  ]);
  const { engine, notes } = await loadEngine(opts);
  for (const note of notes) terminal().stderr.write(`arbetsbro: ${note}\n`);
  warnUnknownIds(engine, participants, needs);
  const index = buildIndex(engine, participants, needs);
  const query = { includeBlocked: opts.includeBlocked === true };
  const explain = opts.explain === true;
  const out =
    opts.direction === 'need'
      ? needs.map((n) => ({
          needId: n.id,
          candidates: index
            .candidatesForNeed(n.id, top, query)
            .map((c) => presentCandidate(index.explain(c.id, n.id), explain)),
        }))
      : participants.map((p) => ({
          participantId: p.id,
          needs: index
            .needsForParticipant(p.id, top, query)
            .map((c) => presentNeed(index.explain(p.id, c.id), explain)),
        }));
  terminal().stdout.write(`${JSON.stringify(out, null, 2)}\n`);
}
