import type { components } from './schema.gen.ts';

/** One field-level problem from an RFC 9457 response; `path` names the request field. */
export type ProblemFieldError = NonNullable<components['schemas']['Problem']['errors']>[number];

/**
 * RFC 9457 `application/problem+json` body as the Arbetsbro server sends it, read tolerantly:
 * whatever came back, every member may be missing.
 */
export type Problem = Partial<components['schemas']['Problem']>;

/**
 * A failed API call. `status` 0 means the server could not be reached at all.
 * `detail` is written for a person (in Swedish) by the server and may be shown as is.
 */
/** What the other change was, on a 409 (see the server's access/conflict.ts). */
export type ProblemConflict = NonNullable<components['schemas']['Problem']['conflict']>;

export class ApiError extends Error {
  readonly status: number;
  readonly type: string;
  readonly title: string;
  readonly detail: string | undefined;
  readonly errors: readonly ProblemFieldError[];
  /** On a 409 from a stale write: the record as saved now and who saved it (null when unknown). */
  readonly conflict: ProblemConflict | null;

  constructor(status: number, problem: Problem) {
    super(problem.detail ?? problem.title ?? `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.type = problem.type ?? 'about:blank';
    this.title = problem.title ?? '';
    this.detail = problem.detail;
    this.errors = problem.errors ?? [];
    this.conflict = problem.conflict ?? null;
  }

  get isNetworkError(): boolean {
    return this.status === 0;
  }

  /** Field errors keyed by the last segment of their path, ready for a form's `validationErrors`. */
  fieldErrors(): Record<string, string> {
    const result: Record<string, string> = {};
    for (const error of this.errors) {
      const key = error.path.split(/[./]/).filter(Boolean).at(-1) ?? error.path;
      result[key] ??= error.message;
    }
    return result;
  }
}

export function isApiError(value: unknown): value is ApiError {
  return value instanceof ApiError;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads whatever came back into a Problem, tolerating bodies that are not problem+json. */
export function toProblem(body: unknown): Problem {
  if (!isRecord(body)) return {};
  const problem: Problem = {};
  if (typeof body.type === 'string') problem.type = body.type;
  if (typeof body.title === 'string') problem.title = body.title;
  if (typeof body.status === 'number') problem.status = body.status;
  if (typeof body.detail === 'string') problem.detail = body.detail;
  if (Array.isArray(body.errors)) {
    problem.errors = body.errors.flatMap((e) =>
      isRecord(e) && typeof e.message === 'string'
        ? [{ path: typeof e.path === 'string' ? e.path : '', message: e.message }]
        : [],
    );
  }
  if (isRecord(body.conflict) && isRecord(body.conflict.current)) {
    const by = body.conflict.changedBy;
    problem.conflict = {
      current: body.conflict.current,
      changedBy:
        isRecord(by) && typeof by.you === 'boolean' && typeof by.at === 'string'
          ? { name: typeof by.name === 'string' ? by.name : null, you: by.you, at: by.at }
          : null,
    };
  }
  return problem;
}
