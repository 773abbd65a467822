import { useState } from 'react';
import { useAnnounce } from '../../../components/Announcer.tsx';
import { useParticipantT } from '../i18n/index.ts';
import type { useFormErrors } from './form-errors.tsx';

interface BaseVersionOptions<T> {
  /** The version of the record as the form was opened. */
  version: number;
  form: Pick<ReturnType<typeof useFormErrors>, 'setConflict'>;
  /** Fetches the record again (a query's `refetch`). */
  reload: () => Promise<{ data?: T | undefined }>;
  /** The record's version in what `reload` brought; undefined keeps the one there is. */
  versionOf: (data: T) => number | undefined;
}

/**
 * The version a form saves against (optimistic concurrency). After a 409, `reloadLatest` fetches
 * the record, takes its new version and clears the conflict, and what the coach typed stays in
 * the form: the next save then overwrites the other change knowingly.
 */
export function useBaseVersion<T>({ version, form, reload, versionOf }: BaseVersionOptions<T>) {
  const { t } = useParticipantT();
  const announce = useAnnounce();
  const [baseVersion, setBaseVersion] = useState(version);

  async function reloadLatest() {
    const result = await reload();
    const latest = result.data === undefined ? undefined : versionOf(result.data);
    if (latest !== undefined) setBaseVersion(latest);
    form.setConflict(false);
    announce(t('conflict.reloaded'));
  }

  return { baseVersion, setBaseVersion, reloadLatest };
}
