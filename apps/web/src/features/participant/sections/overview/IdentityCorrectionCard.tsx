import { type FormEvent, useState } from 'react';
import type { ParticipantDetail } from '../../../../api/types.ts';
import { useAnnounce } from '../../../../components/Announcer.tsx';
import { EditableCard, EditableCardActions } from '../../../../components/EditableCard.tsx';
import { TextField } from '../../../../components/TextField.tsx';
import { useCorrectIdentity } from '../../api/corrections.ts';
import { useParticipant } from '../../api/participant.ts';
import { CorrectionHistory } from '../../components/CorrectionHistory.tsx';
import { FormWithFeedback } from '../../components/FormWithFeedback.tsx';
import { TextAreaField } from '../../components/fields.tsx';
import { useFormErrors } from '../../components/form-errors.tsx';
import { useBaseVersion } from '../../components/use-base-version.ts';
import { textOrNull } from '../../format.ts';
import { useParticipantT } from '../../i18n/index.ts';

/**
 * Name and personnummer entered wrongly, corrected by the manager with a reason; what it said
 * before stays in the history below. Shown only to those the access layer lets correct identity.
 */
export function IdentityCorrectionCard({ participant }: { participant: ParticipantDetail }) {
  const { t } = useParticipantT();
  const announce = useAnnounce();
  const [editing, setEditing] = useState(false);
  const correct = useCorrectIdentity(participant.id);
  const reload = useParticipant(participant.id);
  const form = useFormErrors();
  const { baseVersion, setBaseVersion, reloadLatest } = useBaseVersion({
    version: participant.version,
    form,
    reload: reload.refetch,
    versionOf: (latest) => latest.version,
  });

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const firstName = String(data.get('firstName') ?? '').trim();
    const lastName = String(data.get('lastName') ?? '').trim();
    const personnummer = textOrNull(data.get('personnummer'));
    const reason = textOrNull(data.get('reason'));
    const local: Record<string, string> = {};
    if (!firstName) local.firstName = t('form.required', { field: t('intake.firstName').toLowerCase() });
    if (!lastName) local.lastName = t('form.required', { field: t('intake.lastName').toLowerCase() });
    if (!reason) local.reason = t('form.reasonRequired');
    if (form.show(local) || !reason) return;
    correct.mutate(
      {
        version: baseVersion,
        ...(firstName !== participant.firstName ? { firstName } : {}),
        ...(lastName !== participant.lastName ? { lastName } : {}),
        ...(personnummer ? { personnummer } : {}),
        reason,
      },
      {
        onSuccess: (updated) => {
          setEditing(false);
          setBaseVersion(updated.version);
          announce(t('identity.saved'));
        },
        onError: form.handleError,
      },
    );
  }

  return (
    <EditableCard
      headingId="overview-identity"
      title={t('identity.heading')}
      editLabel={t('identity.edit')}
      canEdit
      isEditing={editing}
      onEdit={() => {
        setBaseVersion(participant.version);
        setEditing(true);
      }}
      view={
        <>
          <p className="muted">{t('identity.intro')}</p>
          <CorrectionHistory
            participantId={participant.id}
            subjectId={participant.id}
            label={(field) =>
              field === 'firstName'
                ? t('intake.firstName')
                : field === 'lastName'
                  ? t('intake.lastName')
                  : t('intake.personnummer')
            }
          />
        </>
      }
    >
      <FormWithFeedback
        form={form}
        onSubmit={onSubmit}
        className="form form--compact"
        onReload={() => void reloadLatest()}
        isReloading={reload.isFetching}
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
        <TextField
          name="personnummer"
          label={`${t('identity.personnummer')} ${t('common.optional')}`}
          description={t('identity.personnummerDescription')}
          inputMode="numeric"
        />
        <TextAreaField name="reason" label={t('identity.reason')} rows={2} isRequired />
        <EditableCardActions
          saveLabel={t('identity.save')}
          cancelLabel={t('common.cancel')}
          isSaving={correct.isPending}
          onCancel={() => {
            form.clear();
            setEditing(false);
          }}
        />
      </FormWithFeedback>
    </EditableCard>
  );
}
