import type { Hook } from '@hono/zod-openapi';
import type { ZodError } from 'zod';
import { HttpProblem } from './problem.ts';

export function zodErrors(error: ZodError) {
  return error.issues.map((i) => ({ path: i.path.join('.') || '(body)', message: i.message }));
}

// biome-ignore lint/suspicious/noExplicitAny: the hook is shared by every route's schema
export const validationHook: Hook<any, any, any, any> = (result) => {
  if (!result.success) {
    const errors = zodErrors(result.error as ZodError);
    throw new HttpProblem(
      400,
      'Ogiltig begäran',
      `Uppgifterna kunde inte tas emot: ${errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`,
      {
        errors,
      },
    );
  }
};
