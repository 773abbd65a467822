import { registerNamespace, useNamespaceT } from '../../participant/i18n/namespace.ts';
import en from './en.json';
import sv from './sv.json';

registerNamespace('employer', sv, en);

/** `t` for the employer register's own texts (namespace `employer`). */
export function useEmployerT() {
  return useNamespaceT<typeof sv>('employer');
}

export type EmployerT = ReturnType<typeof useEmployerT>['t'];
