import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client.ts';

/** Driving licences and certificates in the vocabulary in force. */
export function useCredentials() {
  return useQuery({
    queryKey: ['reference', 'credentials'],
    queryFn: ({ signal }) => unwrap(api.GET('/api/reference/credentials', { signal })),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/** SFI, SAS and CEFR levels. */
export function useLanguageLevels() {
  return useQuery({
    queryKey: ['reference', 'language-levels'],
    queryFn: ({ signal }) => unwrap(api.GET('/api/reference/language-levels', { signal })),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function useMunicipalities() {
  return useQuery({
    queryKey: ['reference', 'municipalities'],
    queryFn: ({ signal }) => unwrap(api.GET('/api/reference/municipalities', { signal })),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/** Which vocabulary is in force (built-in or a JobTech import): decides the languages offered. */
export function useReferenceVersion() {
  return useQuery({
    queryKey: ['reference', 'version'],
    queryFn: ({ signal }) => unwrap(api.GET('/api/reference/version', { signal })),
    staleTime: 10 * 60_000,
  });
}
