import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { ApiError } from './api-error.ts';
import { detailListsFieldPaths, errorMessage } from './messages.ts';

// A `t` that shows which text was asked for, and with what.
const t = ((key: string, options?: Record<string, unknown>) =>
  options ? `${key} ${JSON.stringify(options)}` : key) as unknown as TFunction;

describe('errorMessage', () => {
  it('never shows the "path: message" list a 400 carries in its detail, only the Swedish messages', () => {
    const error = new ApiError(400, {
      title: 'Ogiltig begäran',
      detail:
        'Uppgifterna kunde inte tas emot: profile.languages.0.code: Okänt språk.; steps.2.dueDate: Ange ett datum som finns, i formen ÅÅÅÅ-MM-DD.',
      errors: [
        { path: 'profile.languages.0.code', message: 'Okänt språk.' },
        { path: 'steps.2.dueDate', message: 'Ange ett datum som finns, i formen ÅÅÅÅ-MM-DD.' },
      ],
    });
    expect(detailListsFieldPaths(error)).toBe(true);
    const shown = errorMessage(error, t);
    expect(shown).not.toContain('profile.languages');
    expect(shown).not.toContain('steps.2');
    expect(shown).toBe(
      `errors.invalidFields ${JSON.stringify({ messages: 'Okänt språk. Ange ett datum som finns, i formen ÅÅÅÅ-MM-DD.' })}`,
    );
  });

  it('shows a detail written for a person as it is', () => {
    const error = new ApiError(400, {
      detail: 'Det nuvarande lösenordet stämmer inte.',
      errors: [{ path: 'currentPassword', message: 'Fel lösenord.' }],
    });
    expect(detailListsFieldPaths(error)).toBe(false);
    expect(errorMessage(error, t)).toBe('Det nuvarande lösenordet stämmer inte.');
    expect(errorMessage(new ApiError(409, { detail: 'Någon annan har ändrat planen.' }), t)).toBe(
      'Någon annan har ändrat planen.',
    );
  });

  it('has its own words for an unreachable server and for anything else', () => {
    expect(errorMessage(new ApiError(0, {}), t)).toBe('errors.network');
    expect(errorMessage(new Error('x'), t)).toBe('errors.generic');
  });
});
