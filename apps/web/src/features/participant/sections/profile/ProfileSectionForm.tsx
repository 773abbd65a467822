import { type FormEvent, type ReactNode, useId, useRef } from 'react';
import type { ParticipantDetail, ProfilePatch } from '../../../../api/types.ts';
import { Alert } from '../../../../components/Alert.tsx';
import { useAnnounce } from '../../../../components/Announcer.tsx';
import { Button } from '../../../../components/Button.tsx';
import { usePatchProfile } from '../../api/participant.ts';
import { FormWithFeedback } from '../../components/FormWithFeedback.tsx';
import { useFormErrors } from '../../components/form-errors.tsx';
import { useParticipantT } from '../../i18n/index.ts';
import { type ConceptErrors, useConceptErrors } from './ConceptList.tsx';

/** The profile's version shared by its sections: each save moves it on for all of them. */
export interface ProfileVersion {
  base: number;
  set: (version: number) => void;
  /** Fetches the participant again; resolves with the profile's version as saved now. */
  reload: () => Promise<number | undefined>;
  isReloading: boolean;
}

export interface SectionRead {
  /** Our own checks, by field name (nothing is sent when there are any). */
  errors: Record<string, string>;
  /** The fields of this section, and only those. */
  patch: ProfilePatch;
}

interface ProfileSectionFormProps {
  participantId: string;
  heading: string;
  saveLabel: string;
  savedMessage: string;
  canWrite: boolean;
  version: ProfileVersion;
  /** Reads the section's fields (the form's data and its rows held in state). */
  read: (data: FormData) => SectionRead;
  /** A server path the section shows differently (`licences.2` → the picker), from what was sent. */
  resolvePath?: (path: string, sent: ProfilePatch | null) => string | null;
  /** Shown instead of the save button (e.g. adaptations the actor may not see). */
  readOnly?: boolean;
  sensitive?: boolean;
  children: (errors: ConceptErrors) => ReactNode;
}

/**
 * One section of the matching profile as a form of its own: its heading, its own save button,
 * success message and error summary. Saving sends only this section's fields (PATCH), so what is
 * typed but not saved in another section stays there, untouched, and is not sent. Errors land on
 * the field that caused them, with focus moved there (useFormErrors); a 409 keeps what was typed.
 */
export function ProfileSectionForm({
  participantId,
  heading,
  saveLabel,
  savedMessage,
  canWrite,
  version,
  read,
  resolvePath,
  readOnly,
  sensitive,
  children,
}: ProfileSectionFormProps) {
  const { t } = useParticipantT();
  const announce = useAnnounce();
  const headingId = useId();
  const save = usePatchProfile(participantId);
  const sent = useRef<ProfilePatch | null>(null);
  const form = useFormErrors({ resolvePath: (path) => resolvePath?.(path, sent.current) ?? null });
  const conceptErrors = useConceptErrors(form.fieldErrors);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (save.isPending) return;
    save.reset();
    const { errors, patch } = read(new FormData(event.currentTarget));
    if (form.show(errors)) return;
    sent.current = patch;
    save.mutate(
      { version: version.base, profile: patch },
      {
        onSuccess: (updated: ParticipantDetail) => {
          version.set(updated.profileVersion);
          announce(savedMessage);
        },
        onError: form.handleError,
      },
    );
  }

  async function reloadLatest() {
    const latest = await version.reload();
    if (latest !== undefined) version.set(latest);
    form.setConflict(false);
    announce(t('conflict.reloaded'));
  }

  const editable = canWrite && !readOnly;
  return (
    <section
      aria-labelledby={headingId}
      className={`form-section profile-section${sensitive ? ' form-section--sensitive' : ''}`}
    >
      <h3 id={headingId} className="form-section__legend profile-section__heading">
        {heading}
      </h3>
      {save.isSuccess && !form.conflict ? <Alert tone="success">{savedMessage}</Alert> : null}
      <FormWithFeedback
        form={form}
        onSubmit={onSubmit}
        className="form profile-section__form"
        onReload={() => void reloadLatest()}
        isReloading={version.isReloading}
      >
        <fieldset className="profile-section__fields" disabled={!canWrite} aria-labelledby={headingId}>
          {children(conceptErrors)}
        </fieldset>
        {editable ? (
          <div className="form__actions">
            <Button type="submit" isPending={save.isPending}>
              {save.isPending ? t('common.saving') : saveLabel}
            </Button>
          </div>
        ) : null}
      </FormWithFeedback>
    </section>
  );
}
