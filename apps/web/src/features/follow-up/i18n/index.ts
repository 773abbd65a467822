import { registerNamespace, useNamespaceT } from '../../participant/i18n/namespace.ts';
import en from './en.json';
import sv from './sv.json';

registerNamespace('followUp', sv, en);

/** `t` for the follow-up feature's own texts (namespace `followUp`). */
export function useFollowUpT() {
  return useNamespaceT<typeof sv>('followUp');
}
