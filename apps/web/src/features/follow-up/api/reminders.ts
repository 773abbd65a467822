import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client.ts';
import { caseRecordKeys } from '../../../api/query-keys.ts';
import type { ReminderRange } from '../../../api/types.ts';

/** "Min vecka": follow-ups due this week (and overdue), or only the overdue ones. */
export function useReminders(range: ReminderRange, enabled = true) {
  return useQuery({
    enabled,
    queryKey: caseRecordKeys.reminders(range),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/follow-ups/reminders', { params: { query: { range } }, signal })),
  });
}
