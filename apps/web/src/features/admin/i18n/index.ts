import { registerNamespace, useNamespaceT } from '../../participant/i18n/namespace.ts';
import en from './en.json';
import sv from './sv.json';

registerNamespace('admin', sv, en);

/** `t` for the administration's own texts (namespace `admin`). */
export function useAdminT() {
  return useNamespaceT<typeof sv>('admin');
}

export type AdminT = ReturnType<typeof useAdminT>['t'];
