import { z } from '@hono/zod-openapi';

export const ProblemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  })
  .openapi('Problem');

/** The standard error responses, for `responses` in createRoute. */
export function problemResponses(...statuses: Array<400 | 401 | 403 | 404 | 409 | 413 | 429>) {
  const descriptions: Record<number, string> = {
    400: 'Ogiltig begäran',
    401: 'Inte inloggad',
    403: 'Åtkomst nekad',
    404: 'Hittades inte',
    409: 'Konflikt (posten har ändrats av någon annan)',
    413: 'För stor begäran',
    429: 'För många försök',
  };
  return Object.fromEntries(
    statuses.map((s) => [
      s,
      { description: descriptions[s]!, content: { 'application/problem+json': { schema: ProblemSchema } } },
    ]),
  );
}
