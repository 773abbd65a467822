import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client.ts';
import type { components } from '../../../api/schema.gen.ts';

type Schemas = components['schemas'];
export type Account = Schemas['Account'];
export type AccountCreateBody = Schemas['AccountCreateBody'];
export type AccountPatchBody = Schemas['AccountPatchBody'];
export type PasswordLink = Schemas['PasswordLink'];
export type AdminUnit = Schemas['AdminUnit'];
export type UnitCreateBody = Schemas['UnitCreateBody'];
export type UnitPatchBody = Schemas['UnitPatchBody'];
export type MunicipalitySettings = Schemas['MunicipalitySettings'];
export type MunicipalitySettingsBody = Schemas['MunicipalitySettingsBody'];
export type StaffRole = Account['role'];

/** The administration's cache keys: accounts show their units' names, so one root for both. */
export const adminKeys = {
  all: ['admin'] as const,
  accounts: ['admin', 'accounts'] as const,
  units: ['admin', 'units'] as const,
  settings: ['admin', 'settings'] as const,
};

function useInvalidateAdmin() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: adminKeys.all });
}

export function useAccounts() {
  return useQuery({
    queryKey: adminKeys.accounts,
    queryFn: ({ signal }) => unwrap(api.GET('/api/admin/accounts', { signal })),
  });
}

export function useCreateAccount() {
  const invalidate = useInvalidateAdmin();
  return useMutation({
    mutationFn: (body: AccountCreateBody) => unwrap(api.POST('/api/admin/accounts', { body })),
    onSuccess: () => void invalidate(),
  });
}

export function useUpdateAccount() {
  const invalidate = useInvalidateAdmin();
  return useMutation({
    mutationFn: ({ staffId, body }: { staffId: string; body: AccountPatchBody }) =>
      unwrap(api.PATCH('/api/admin/accounts/{staffId}', { params: { path: { staffId } }, body })),
    onSettled: () => void invalidate(),
  });
}

export function useSetAccountActive() {
  const invalidate = useInvalidateAdmin();
  return useMutation({
    mutationFn: ({ staffId, version, active }: { staffId: string; version: number; active: boolean }) =>
      unwrap(
        api.PUT('/api/admin/accounts/{staffId}/active', {
          params: { path: { staffId } },
          body: { version, active },
        }),
      ),
    onSettled: () => void invalidate(),
  });
}

export function useCreatePasswordLink() {
  const invalidate = useInvalidateAdmin();
  return useMutation({
    mutationFn: (staffId: string) =>
      unwrap(api.POST('/api/admin/accounts/{staffId}/password-link', { params: { path: { staffId } } })),
    onSuccess: () => void invalidate(),
  });
}

export function useUnits() {
  return useQuery({
    queryKey: adminKeys.units,
    queryFn: ({ signal }) => unwrap(api.GET('/api/admin/units', { signal })),
  });
}

export function useCreateUnit() {
  const invalidate = useInvalidateAdmin();
  return useMutation({
    mutationFn: (body: UnitCreateBody) => unwrap(api.POST('/api/admin/units', { body })),
    onSuccess: () => void invalidate(),
  });
}

export function useUpdateUnit() {
  const invalidate = useInvalidateAdmin();
  return useMutation({
    mutationFn: ({ unitId, body }: { unitId: string; body: UnitPatchBody }) =>
      unwrap(api.PATCH('/api/admin/units/{unitId}', { params: { path: { unitId } }, body })),
    onSettled: () => void invalidate(),
  });
}

export function useSettings() {
  return useQuery({
    queryKey: adminKeys.settings,
    queryFn: ({ signal }) => unwrap(api.GET('/api/admin/settings', { signal })),
  });
}

export function useSaveSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: MunicipalitySettingsBody) => unwrap(api.PUT('/api/admin/settings', { body })),
    onSuccess: (saved) => queryClient.setQueryData(adminKeys.settings, saved),
    onError: () => void queryClient.invalidateQueries({ queryKey: adminKeys.settings }),
  });
}
