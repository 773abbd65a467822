import { parseIsoDate } from '@arbetsbro/identity';
import { z } from '@hono/zod-openapi';
import { inputString, type TextOptions } from '../text/text-schemas.ts';
import { useSwedishZodMessages } from './zod-messages.ts';

useSwedishZodMessages();

export const ProblemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
    /** On a 409 from a stale write: the record as saved now (same shape as the resource) and who saved it. */
    conflict: z
      .object({
        changedBy: z
          .object({ name: z.string().nullable(), you: z.boolean(), at: z.string().datetime() })
          .nullable(),
        current: z.record(z.string(), z.unknown()),
      })
      .optional(),
  })
  .openapi('Problem');

/** The standard error responses, for `responses` in createRoute. */
export function problemResponses(...statuses: Array<400 | 401 | 403 | 404 | 409 | 413 | 415 | 429>) {
  const descriptions: Record<number, string> = {
    400: 'Ogiltig begäran',
    401: 'Inte inloggad',
    403: 'Åtkomst nekad',
    404: 'Hittades inte',
    409: 'Konflikt (posten har ändrats av någon annan)',
    413: 'För stor begäran',
    415: 'Filtypen stöds inte',
    429: 'För många försök',
  };
  return Object.fromEntries(
    statuses.map((s) => [
      s,
      { description: descriptions[s]!, content: { 'application/problem+json': { schema: ProblemSchema } } },
    ]),
  );
}

// ---- building blocks every module's schemas use ----------------------------------------------

/** A calendar date, ISO 8601 `YYYY-MM-DD`; impossible dates (31 February) are refused. */
export const IsoDate = z
  .string()
  .refine((s) => parseIsoDate(s) !== null, 'Ange ett datum som finns, i formen ÅÅÅÅ-MM-DD.')
  .openapi({ example: '2026-11-23', format: 'date' });

/**
 * A time of day, `HH:MM`; `9.30`, `9:30` and `09.30` (as Swedes write it) are read as `09:30`.
 */
export const TimeOfDay = z
  .string()
  .overwrite((s) => {
    const m = /^(\d{1,2})[.:](\d{2})$/.exec(s.trim());
    return m ? `${m[1]!.padStart(2, '0')}:${m[2]}` : s.trim();
  })
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Ange en tid som finns, till exempel 09:30.')
  .openapi({ example: '09:30' });

export const Uuid = z.string().uuid('Ogiltigt id.');
/** Optimistic-concurrency version of a mutable record (a stale one answers 409). */
export const Version = z.number().int('Ogiltig version.').min(1, 'Ogiltig version.');

/**
 * A required text: NFC, trimmed of whitespace and invisible characters (a name of only zero-width
 * characters is empty), no control characters, one line unless `multiline`, at most `max` characters.
 */
export const text = (max: number, message = 'Fältet får inte vara tomt.', options: TextOptions = {}) =>
  inputString(options).min(1, message).max(max, tooLong(max));
/** An optional text (absent or null) with the same rules as `text`. */
export const optionalText = (max: number, options: TextOptions = {}) =>
  inputString(options).max(max, tooLong(max)).nullable().optional();

/** "Högst 10 000 tecken." (Swedish digit grouping, with a plain space). */
function tooLong(max: number) {
  return `Högst ${max.toLocaleString('sv-SE').replace(/\s/g, ' ')} tecken.`;
}

/** A staff member as shown beside a record: never more than the display name. */
export const StaffRef = z.object({ id: z.string().uuid(), displayName: z.string() }).openapi('StaffRef');

/** `request` part of createRoute for a required JSON body. */
export const jsonBody = <T>(schema: T) => ({
  body: { content: { 'application/json': { schema } }, required: true as const },
});
/** A 200/201 JSON response for createRoute's `responses`. */
export const jsonOk = <T>(schema: T, description = 'OK') => ({
  description,
  content: { 'application/json': { schema } },
});
