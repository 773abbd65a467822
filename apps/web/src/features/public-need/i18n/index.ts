import { registerNamespace, useNamespaceT } from '../../participant/i18n/namespace.ts';
import en from './en.json';
import sv from './sv.json';

registerNamespace('publicNeed', sv, en);

/** `t` for the public form's own texts (namespace `publicNeed`). */
export function usePublicNeedT() {
  return useNamespaceT<typeof sv>('publicNeed');
}
