import type { TFunction } from 'i18next';
import { type ApiError, isApiError } from './api-error.ts';

/**
 * True when the problem's `detail` only repeats its field errors as "path: message" pairs
 * (`Uppgifterna kunde inte tas emot: profile.languages.0.code: Okänt språk.`): written for logs,
 * not for a person, who should never see an internal path.
 */
export function detailListsFieldPaths(error: Pick<ApiError, 'detail' | 'errors'>): boolean {
  const detail = error.detail;
  if (!detail) return false;
  return error.errors.some((e) => e.path !== '' && detail.includes(`${e.path}: `));
}

/**
 * The sentence to show for a failed call. The server's `detail` is written for people (in
 * Swedish) and is preferred, except where it only lists field paths: then the field messages
 * themselves, which are Swedish and say what to do. Our own texts cover unreachable servers and
 * bodies without detail.
 */
export function errorMessage(error: unknown, t: TFunction): string {
  if (isApiError(error)) {
    if (error.isNetworkError) return t('errors.network');
    if (detailListsFieldPaths(error)) {
      const messages = [...new Set(error.errors.map((e) => e.message))].join(' ');
      return t('errors.invalidFields', { messages });
    }
    if (error.detail) return error.detail;
  }
  return t('errors.generic');
}
