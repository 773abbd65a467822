import { registerNamespace, useNamespaceT } from '../../participant/i18n/namespace.ts';
import en from './en.json';
import sv from './sv.json';

registerNamespace('passwordLink', sv, en);

/** `t` for the page behind a one-time password link (namespace `passwordLink`). */
export function usePasswordLinkT() {
  return useNamespaceT<typeof sv>('passwordLink');
}
