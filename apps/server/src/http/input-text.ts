import type { MiddlewareHandler } from 'hono';
import {
  controlCharacterIn,
  controlCharacterMessage,
  normalizeJsonStrings,
  type TextProblem,
} from '../text/input-text.ts';
import { HttpProblem } from './problem.ts';

const WITH_BODY = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

function refuse(problems: TextProblem[]): never {
  throw new HttpProblem(
    400,
    'Ogiltig begäran',
    `Uppgifterna kunde inte tas emot: ${problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`,
    { errors: problems },
  );
}

/**
 * Every text that enters through the API: query values and JSON bodies are NFC-normalised and
 * refused (400, by field) when they hold a control character — before any validator or database
 * sees them. Malformed JSON is left to the validator (its own 400).
 */
export const inputText: MiddlewareHandler = async (c, next) => {
  const problems: TextProblem[] = [];
  for (const [key, values] of Object.entries(c.req.queries())) {
    for (const v of values) {
      const ch = controlCharacterIn(v) ?? controlCharacterIn(key);
      if (ch) problems.push({ path: key, message: controlCharacterMessage(ch) });
    }
  }
  if (problems.length > 0) refuse(problems);
  if (WITH_BODY.has(c.req.method) && c.req.header('content-type')?.includes('json')) {
    const raw = await c.req.text();
    let parsed: unknown;
    try {
      parsed = raw === '' ? undefined : JSON.parse(raw);
    } catch {
      parsed = undefined;
    }
    if (parsed !== undefined) {
      const { value, problems: found } = normalizeJsonStrings(parsed);
      if (found.length > 0) refuse(found);
      // The validators read the body again from this cache: hand them the normalised text.
      // (Hono keeps promises there; its type says string.)
      (c.req.bodyCache as { text?: unknown }).text = Promise.resolve(JSON.stringify(value));
    }
  }
  await next();
};
