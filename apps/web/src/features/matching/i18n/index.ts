import { registerNamespace, useNamespaceT } from '../../participant/i18n/namespace.ts';
import en from './en.json';
import sv from './sv.json';

registerNamespace('matching', sv, en);

/** `t` for the matching loop's own texts (namespace `matching`). */
export function useMatchingT() {
  return useNamespaceT<typeof sv>('matching');
}

export type MatchingT = ReturnType<typeof useMatchingT>['t'];
