import { type FormEvent, useRef, useState } from 'react';
import { useAnnounce } from '../../../../components/Announcer.tsx';
import { EditableCard, EditableCardActions } from '../../../../components/EditableCard.tsx';
import { TextField } from '../../../../components/TextField.tsx';
import { useParticipant, usePatchParticipant } from '../../api/participant.ts';
import { FormWithFeedback } from '../../components/FormWithFeedback.tsx';
import { type ConflictRow, useFormErrors } from '../../components/form-errors.tsx';
import { useBaseVersion } from '../../components/use-base-version.ts';
import { textOrNull } from '../../format.ts';
import { useParticipantT } from '../../i18n/index.ts';
import type { SectionProps } from '../../ParticipantPage.tsx';

/** Name and contact details: shown as facts, changed in place. */
export function ContactCard({ participant, canWrite }: Pick<SectionProps, 'participant' | 'canWrite'>) {
  const { t } = useParticipantT();
  const announce = useAnnounce();
  const [editing, setEditing] = useState(false);
  const patch = usePatchParticipant(participant.id);
  const reload = useParticipant(participant.id);
  const form = useFormErrors();
  const { baseVersion, setBaseVersion, reloadLatest } = useBaseVersion({
    version: participant.version,
    form,
    reload: reload.refetch,
    versionOf: (latest) => latest.version,
  });
  const contact = participant.contact;
  // What this person last sent: the "your version" column of a conflict.
  const sent = useRef<Record<string, string | null>>({});

  /** Field by field after a 409: as it was when the card opened, as saved now, as typed here. */
  function conflictRows(current: Record<string, unknown> | null): ConflictRow[] {
    const saved = (current ?? {}) as {
      firstName?: string;
      lastName?: string;
      contact?: Record<string, unknown>;
    };
    const fields: Array<[string, string, string | null, unknown]> = [
      ['firstName', t('intake.firstName'), participant.firstName, saved.firstName],
      ['lastName', t('intake.lastName'), participant.lastName, saved.lastName],
      ['phone', t('intake.phone'), contact.phone, saved.contact?.phone],
      ['email', t('intake.email'), contact.email, saved.contact?.email],
      ['address', t('intake.address'), contact.address, saved.contact?.address],
      [
        'preferredLanguage',
        t('intake.preferredLanguage'),
        contact.preferredLanguage,
        saved.contact?.preferredLanguage,
      ],
    ];
    return fields.map(([key, label, before, now]) => ({
      label,
      before: before ?? '',
      saved: typeof now === 'string' ? now : '',
      mine: sent.current[key] ?? '',
    }));
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const firstName = String(data.get('firstName') ?? '').trim();
    const lastName = String(data.get('lastName') ?? '').trim();
    const local: Record<string, string> = {};
    if (!firstName) local.firstName = t('form.required', { field: t('intake.firstName').toLowerCase() });
    if (!lastName) local.lastName = t('form.required', { field: t('intake.lastName').toLowerCase() });
    if (form.show(local)) return;
    const next = {
      phone: textOrNull(data.get('phone')),
      email: textOrNull(data.get('email')),
      address: textOrNull(data.get('address')),
      preferredLanguage: textOrNull(data.get('preferredLanguage')),
    };
    sent.current = { firstName, lastName, ...next };
    patch.mutate(
      { version: baseVersion, firstName, lastName, contact: next },
      {
        onSuccess: (updated) => {
          setEditing(false);
          setBaseVersion(updated.version);
          announce(t('overview.contactSaved'));
        },
        onError: form.handleError,
      },
    );
  }

  const rows: Array<[string, string | null]> = [
    [t('intake.phone'), contact.phone],
    [t('intake.email'), contact.email],
    [t('intake.address'), contact.address],
    [t('intake.preferredLanguage'), contact.preferredLanguage],
  ];

  return (
    <EditableCard
      headingId="overview-contact"
      title={t('overview.contactHeading')}
      editLabel={t('overview.editContact')}
      canEdit={canWrite}
      isEditing={editing}
      onEdit={() => {
        setBaseVersion(participant.version);
        setEditing(true);
      }}
      view={
        <dl className="facts">
          {rows.map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{value ?? t('common.none')}</dd>
            </div>
          ))}
        </dl>
      }
    >
      <FormWithFeedback
        form={form}
        onSubmit={onSubmit}
        className="form form--compact"
        onReload={() => void reloadLatest()}
        isReloading={reload.isFetching}
        conflictRows={conflictRows}
      >
        <TextField
          name="firstName"
          label={t('intake.firstName')}
          defaultValue={participant.firstName}
          isRequired
        />
        <TextField
          name="lastName"
          label={t('intake.lastName')}
          defaultValue={participant.lastName}
          isRequired
        />
        <TextField name="phone" type="tel" label={t('intake.phone')} defaultValue={contact.phone ?? ''} />
        <TextField name="email" type="email" label={t('intake.email')} defaultValue={contact.email ?? ''} />
        <TextField name="address" label={t('intake.address')} defaultValue={contact.address ?? ''} />
        <TextField
          name="preferredLanguage"
          label={t('intake.preferredLanguage')}
          defaultValue={contact.preferredLanguage ?? ''}
        />
        <EditableCardActions
          saveLabel={t('common.save')}
          cancelLabel={t('common.cancel')}
          isSaving={patch.isPending}
          onCancel={() => {
            form.clear();
            setEditing(false);
          }}
        />
      </FormWithFeedback>
    </EditableCard>
  );
}
