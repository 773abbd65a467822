import type { TFunction } from 'i18next';
import { isApiError } from './api-error.ts';

/**
 * The sentence to show for a failed call. The server's `detail` is written for people (in
 * Swedish) and is preferred; our own texts cover unreachable servers and bodies without detail.
 */
export function errorMessage(error: unknown, t: TFunction): string {
  if (isApiError(error)) {
    if (error.isNetworkError) return t('errors.network');
    if (error.detail) return error.detail;
  }
  return t('errors.generic');
}
