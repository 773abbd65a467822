import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client.ts';
import type { EmployerCreateBody } from '../../../api/types.ts';
import { participantKeys } from './keys.ts';

export function useEmployers() {
  return useQuery({
    queryKey: participantKeys.employers,
    queryFn: ({ signal }) => unwrap(api.GET('/api/employers', { signal })),
    staleTime: 60_000,
  });
}

/** Adds an employer that is not in Arbetsbro yet (from a form, without leaving it). */
export function useCreateEmployer() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: EmployerCreateBody) => unwrap(api.POST('/api/employers', { body })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: participantKeys.employers }),
  });
}
