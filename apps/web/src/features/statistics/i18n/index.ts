import { registerNamespace, useNamespaceT } from '../../participant/i18n/namespace.ts';
import en from './en.json';
import sv from './sv.json';

registerNamespace('statistics', sv, en);

/** `t` for Statistik's own texts (namespace `statistics`). */
export function useStatisticsT() {
  return useNamespaceT<typeof sv>('statistics');
}

export type StatisticsT = ReturnType<typeof useStatisticsT>['t'];
