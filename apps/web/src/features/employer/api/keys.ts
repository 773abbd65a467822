import { useQueryClient } from '@tanstack/react-query';
import type { ContactFollowUpRange, EmployerQuery } from '../../../api/types.ts';
import { participantKeys } from '../../participant/api/keys.ts';

/**
 * The employer register's cache keys. Everything a write to an employer may change (the page, the
 * list and its counts, the liaison's next steps) is under one root, so one invalidation refreshes
 * all of it. Recruitment needs have their own root (a need changes an employer's open needs).
 */
export const employerKeys = {
  all: ['employers'] as const,
  list: (query: EmployerQuery) => ['employers', 'list', query] as const,
  detail: (id: string) => ['employers', 'detail', id] as const,
  followUps: (range: ContactFollowUpRange) => ['employers', 'follow-ups', range] as const,
};

/** After a write to the register: the register, and the employer pickers on participant forms. */
export function useInvalidateEmployers() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: employerKeys.all }),
      queryClient.invalidateQueries({ queryKey: participantKeys.employers }),
    ]);
}
