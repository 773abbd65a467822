import en from './en.json';
import { registerNamespace, useNamespaceT } from './namespace.ts';
import sv from './sv.json';

registerNamespace('participant', sv, en);

/** `t` for the participant feature's own texts (namespace `participant`). */
export function useParticipantT() {
  return useNamespaceT<typeof sv>('participant');
}
