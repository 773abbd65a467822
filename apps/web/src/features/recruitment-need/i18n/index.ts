import { registerNamespace, useNamespaceT } from '../../participant/i18n/namespace.ts';
import en from './en.json';
import sv from './sv.json';

registerNamespace('recruitmentNeed', sv, en);

/** `t` for the recruitment needs' own texts (namespace `recruitmentNeed`). */
export function useNeedT() {
  return useNamespaceT<typeof sv>('recruitmentNeed');
}

export type NeedT = ReturnType<typeof useNeedT>['t'];
