import { registerNamespace, useNamespaceT } from '../../participant/i18n/namespace.ts';
import en from './en.json';
import sv from './sv.json';

registerNamespace('employerAnswer', sv, en);

/** `t` for the employer's answer page (namespace `employerAnswer`). */
export function useEmployerAnswerT() {
  return useNamespaceT<typeof sv>('employerAnswer');
}
