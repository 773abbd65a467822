import type { EmployerQuery } from '../../api/types.ts';

/** The list's filters as the page holds them (absent: not filtered). */
export type EmployerFilters = Pick<
  EmployerQuery,
  'q' | 'liaisonId' | 'municipality' | 'sniCode' | 'hasOpenNeeds' | 'noContactDays'
>;

/** "No contact for N days": the choices offered. */
export const NO_CONTACT_DAYS = [30, 60, 90, 180, 365] as const;

/** The query for the filters: only those set, in a stable order (one cache entry per choice). */
export function queryFor(filters: EmployerFilters): EmployerQuery {
  const query: EmployerQuery = {};
  const q = filters.q?.trim();
  if (q) query.q = q;
  if (filters.liaisonId) query.liaisonId = filters.liaisonId;
  if (filters.municipality) query.municipality = filters.municipality;
  if (filters.sniCode) query.sniCode = filters.sniCode;
  if (filters.hasOpenNeeds) query.hasOpenNeeds = filters.hasOpenNeeds;
  if (filters.noContactDays) query.noContactDays = filters.noContactDays;
  return query;
}

/** Whether any filter (or a search) is set. */
export function hasFilters(filters: EmployerFilters): boolean {
  return Object.keys(queryFor(filters)).length > 0;
}
