import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client.ts';
import type {
  AgreementBody,
  ContactFollowUpRange,
  ContactLogBody,
  ContactLogPatchBody,
  ContactPersonBody,
  EmployerCreateBody,
  EmployerPatchBody,
  EmployerQuery,
  WorkplaceBody,
} from '../../../api/types.ts';
import { employerKeys, useInvalidateEmployers } from './keys.ts';

/** The register with search and filters. */
export function useEmployerList(query: EmployerQuery) {
  return useQuery({
    queryKey: employerKeys.list(query),
    queryFn: ({ signal }) => unwrap(api.GET('/api/employers', { params: { query }, signal })),
    placeholderData: keepPreviousData,
  });
}

/** Liaisons and managers who can be an employer's liaison (for filters and the liaison field). */
export function useLiaisons() {
  return useQuery({
    queryKey: ['employer-liaisons'],
    queryFn: ({ signal }) => unwrap(api.GET('/api/employer-liaisons', { signal })),
    staleTime: 5 * 60_000,
  });
}

/** One employer's page: register fields, workplaces, contacts, agreements, contact log, timeline. */
export function useEmployer(employerId: string, enabled = true) {
  return useQuery({
    queryKey: employerKeys.detail(employerId),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/employers/{employerId}', { params: { path: { employerId } }, signal })),
    enabled: enabled && employerId !== '',
  });
}

export function useCreateEmployer() {
  const invalidate = useInvalidateEmployers();
  return useMutation({
    mutationFn: (body: EmployerCreateBody) => unwrap(api.POST('/api/employers', { body })),
    onSuccess: () => void invalidate(),
  });
}

export function usePatchEmployer(employerId: string) {
  const invalidate = useInvalidateEmployers();
  return useMutation({
    mutationFn: (body: EmployerPatchBody) =>
      unwrap(api.PATCH('/api/employers/{employerId}', { params: { path: { employerId } }, body })),
    onSuccess: () => void invalidate(),
  });
}

export function useAddWorkplace(employerId: string) {
  const invalidate = useInvalidateEmployers();
  return useMutation({
    mutationFn: (body: WorkplaceBody) =>
      unwrap(api.POST('/api/employers/{employerId}/workplaces', { params: { path: { employerId } }, body })),
    onSuccess: () => void invalidate(),
  });
}

export function useAddContactPerson(employerId: string) {
  const invalidate = useInvalidateEmployers();
  return useMutation({
    mutationFn: (body: ContactPersonBody) =>
      unwrap(api.POST('/api/employers/{employerId}/contacts', { params: { path: { employerId } }, body })),
    onSuccess: () => void invalidate(),
  });
}

export function useUpdateContactPerson() {
  const invalidate = useInvalidateEmployers();
  return useMutation({
    mutationFn: ({ contactId, ...body }: ContactPersonBody & { contactId: string }) =>
      unwrap(api.PUT('/api/employer-contacts/{contactId}', { params: { path: { contactId } }, body })),
    onSuccess: () => void invalidate(),
  });
}

export function useAddAgreement(employerId: string) {
  const invalidate = useInvalidateEmployers();
  return useMutation({
    mutationFn: (body: AgreementBody) =>
      unwrap(api.POST('/api/employers/{employerId}/agreements', { params: { path: { employerId } }, body })),
    onSuccess: () => void invalidate(),
  });
}

/** Puts the agreement's signed copy (sent as it is; the server reads its type from the content). */
export function useUploadAgreementFile() {
  const invalidate = useInvalidateEmployers();
  return useMutation({
    mutationFn: ({ agreementId, file }: { agreementId: string; file: File }) =>
      unwrap(
        api.PUT('/api/employer-agreements/{agreementId}/file', {
          params: { path: { agreementId } },
          body: file as unknown as string,
          bodySerializer: (b) => b as unknown as BodyInit,
          headers: {
            'content-type': 'application/octet-stream',
            'x-file-name': encodeURIComponent(file.name),
          },
        }),
      ),
    onSuccess: () => void invalidate(),
  });
}

/** Logs a visit, call, e-mail or meeting, with an agreed next step. */
export function useLogContact(employerId: string) {
  const invalidate = useInvalidateEmployers();
  return useMutation({
    mutationFn: (body: ContactLogBody) =>
      unwrap(api.POST('/api/employers/{employerId}/contact-log', { params: { path: { employerId } }, body })),
    onSuccess: () => void invalidate(),
  });
}

/** Marks a next step done, moves its date or changes it. */
export function usePatchContactLog() {
  const invalidate = useInvalidateEmployers();
  return useMutation({
    mutationFn: ({ id, ...body }: ContactLogPatchBody & { id: string }) =>
      unwrap(
        api.PATCH('/api/employer-contact-log/{contactLogId}', {
          params: { path: { contactLogId: id } },
          body,
        }),
      ),
    onSuccess: () => void invalidate(),
  });
}

/** "Min vecka": the actor's own next steps with employers (overdue and the coming seven days). */
export function useContactFollowUps(range: ContactFollowUpRange, enabled = true) {
  return useQuery({
    queryKey: employerKeys.followUps(range),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/employer-contact-log/follow-ups', { params: { query: { range } }, signal })),
    enabled,
  });
}
