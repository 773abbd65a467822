import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** RFC 9457 problem details: the one error shape of the API. `detail` is meant for a person. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  errors?: Array<{ path: string; message: string }>;
  /** On a 409 from a stale write: the record as saved now and who saved it. */
  conflict?: {
    changedBy: { name: string | null; you: boolean; at: string } | null;
    current: unknown;
  };
}

/** Throw from a service or route; the app's error handler turns it into problem+json. */
export class HttpProblem extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly title: string,
    readonly detail: string,
    readonly extra: {
      errors?: Problem['errors'];
      headers?: Record<string, string>;
      type?: string;
      /** An optimistic-concurrency miss (set by `problems.stale`). */
      stale?: boolean;
      /** What the other change was (access/conflict.ts). */
      conflict?: Problem['conflict'];
    } = {},
  ) {
    super(detail);
  }
}

/** One field's problem: `path` is the field as the form names it, `message` is for a person. */
export type FieldError = { path: string; message: string };

export const problems = {
  badRequest: (detail: string, errors?: Problem['errors']) =>
    new HttpProblem(400, 'Ogiltig begäran', detail, errors ? { errors } : {}),
  unauthenticated: (detail = 'Du behöver logga in.') => new HttpProblem(401, 'Inte inloggad', detail),
  forbidden: (detail = 'Du har inte behörighet till det här.') =>
    new HttpProblem(403, 'Åtkomst nekad', detail),
  notFound: (detail = 'Det du söker finns inte.') => new HttpProblem(404, 'Hittades inte', detail),
  conflict: (detail: string) => new HttpProblem(409, 'Konflikt', detail),
  /** 400 with one entry per field, after the shape was valid but the content was not. */
  invalid: (errors: FieldError[]) =>
    new HttpProblem(
      400,
      'Ogiltig begäran',
      `Uppgifterna kunde inte tas emot: ${errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`,
      { errors },
    ),
  /** 409 for an optimistic-concurrency miss: `what` in Swedish definite form ("planen"). */
  stale: (what: string) =>
    new HttpProblem(409, 'Konflikt', `Någon annan har ändrat ${what}. Ladda om och försök igen.`, {
      stale: true,
    }),
  tooManyRequests: (detail: string, retryAfterSeconds: number) =>
    new HttpProblem(429, 'För många försök', detail, {
      headers: { 'Retry-After': String(retryAfterSeconds) },
    }),
};

const typeBase = 'https://arbetsbro.se/problem/';

export function problemResponse(c: Context, p: HttpProblem): Response {
  const body: Problem = {
    type: p.extra.type ?? `${typeBase}${p.status}`,
    title: p.title,
    status: p.status,
    detail: p.detail,
    ...(p.extra.errors ? { errors: p.extra.errors } : {}),
    ...(p.extra.conflict ? { conflict: p.extra.conflict } : {}),
  };
  for (const [k, v] of Object.entries(p.extra.headers ?? {})) c.header(k, v);
  return c.body(JSON.stringify(body), p.status, { 'Content-Type': 'application/problem+json' });
}
