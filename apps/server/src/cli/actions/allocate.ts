// `arbetsbro allocate`: proposals across all open needs that maximise the total score
// (exact b-matching), from profiles + needs or from a ready score file.
import {
  type AllocationProblem,
  allocate,
  allocateGreedy,
  buildAllocationProblem,
} from '@arbetsbro/matching';
import { z } from 'zod';
import { CliError } from '../cli-error.ts';
import { terminal } from '../terminal.ts';
import {
  buildIndex,
  loadEngine,
  parseList,
  readJsonFile,
  readNeeds,
  readParticipants,
  warnUnknownIds,
} from './match.ts';

const id = z.union([z.string().min(1), z.number()]).transform(String);
const capacity = z.number().int().min(0).default(1);
const scoresSchema = z.object({
  needs: z.array(z.object({ id, capacity })),
  participants: z.array(z.object({ id, capacity })),
  pairs: z.array(z.object({ needId: id, participantId: id, score: z.number().finite() })),
});

function positiveInt(flag: string, value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new CliError(`${flag} ska vara ett heltal ≥ 1`);
  return n;
}

export async function allocateCommand(opts: {
  participants?: string;
  needs?: string;
  scores?: string;
  taxonomy?: string;
  geo?: string;
  weights?: string;
  perParticipant: string;
  perPosition: string;
  greedy?: boolean;
}) {
  let problem: AllocationProblem;
  if (opts.scores) {
    if (opts.participants || opts.needs)
      throw new CliError('ange antingen --scores eller --participants och --needs');
    const data = await readJsonFile(opts.scores);
    const parsed = scoresSchema.safeParse(data);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new CliError(`${opts.scores}: ${issue.path.join('.')}: ${issue.message}`);
    }
    problem = parsed.data;
    // Reuse the list parser's duplicate check.
    parseList(opts.scores, problem.needs, 'needs', z.object({ id: z.string() }));
    parseList(opts.scores, problem.participants, 'participants', z.object({ id: z.string() }));
  } else {
    if (!opts.participants || !opts.needs)
      throw new CliError('ange --participants och --needs (eller --scores)');
    const perParticipant = positiveInt('--per-participant', opts.perParticipant);
    const perPosition = positiveInt('--per-position', opts.perPosition);
    const [participants, needs] = await Promise.all([
      readParticipants(opts.participants),
      readNeeds(opts.needs),
    ]);
    const { engine, notes } = await loadEngine(opts);
    for (const note of notes) terminal().stderr.write(`arbetsbro: ${note}\n`);
    warnUnknownIds(engine, participants, needs);
    const index = buildIndex(engine, participants, needs);
    // Every pair without a hard blocker is a candidate edge (the server's allocation view builds it alike).
    problem = buildAllocationProblem(
      index,
      needs,
      participants.map((p) => p.id),
      { perParticipant, perPosition },
    );
  }
  try {
    const result = opts.greedy ? allocateGreedy(problem) : allocate(problem);
    terminal().stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  } catch (error) {
    if (error instanceof RangeError) throw new CliError(error.message);
    throw error;
  }
}
