import { type FormEvent, useState } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../../../api/auth.ts';
import { errorMessage } from '../../../../api/messages.ts';
import type { EnrolmentView } from '../../../../api/types.ts';
import { Alert } from '../../../../components/Alert.tsx';
import { useAnnounce } from '../../../../components/Announcer.tsx';
import { Button } from '../../../../components/Button.tsx';
import { TextField } from '../../../../components/TextField.tsx';
import { useCaseloadUnits } from '../../api/caseload.ts';
import { useAssignCoach } from '../../api/enrolment.ts';
import { useParticipant } from '../../api/participant.ts';
import { SelectField } from '../../components/fields.tsx';
import { ConflictNotice, ErrorSummary, useFormErrors } from '../../components/form-errors.tsx';
import { formatDateTime, textOrNull } from '../../format.ts';
import { useParticipantT } from '../../i18n/index.ts';

interface CoachPanelProps {
  participantId: string;
  enrolment: EnrolmentView;
  canReassign: boolean;
  isOpen: boolean;
}

/** Who has been the coach; a coach takes an unassigned participant, a manager reassigns. */
export function CoachPanel({ participantId, enrolment, canReassign, isOpen }: CoachPanelProps) {
  const { t } = useParticipantT();
  const { t: tShared } = useTranslation();
  const announce = useAnnounce();
  const user = useCurrentUser();
  const assign = useAssignCoach(enrolment.id);
  const reload = useParticipant(participantId);
  const form = useFormErrors();
  const isManager = user.role === 'manager' || user.role === 'admin';
  const canTakeOver = isOpen && user.role === 'coach' && enrolment.coach === null;

  return (
    <section className="panel" aria-labelledby="overview-coach">
      <h2 id="overview-coach" className="panel__title">
        {t('overview.coachHeading')}
      </h2>
      <CoachHistory enrolment={enrolment} />

      {form.conflict ? (
        <ConflictNotice
          onReload={() => void reload.refetch().then(() => form.setConflict(false))}
          isReloading={reload.isFetching}
        />
      ) : null}
      {form.failure ? <Alert tone="error">{errorMessage(form.failure, tShared)}</Alert> : null}

      {canTakeOver ? (
        <Button
          variant="secondary"
          isPending={assign.isPending}
          onPress={() =>
            assign.mutate(
              { version: enrolment.version, coachId: user.id },
              { onSuccess: () => announce(t('overview.tookOver')), onError: form.handleError },
            )
          }
        >
          {t('overview.takeOver')}
        </Button>
      ) : null}

      {isOpen && isManager && canReassign ? (
        <ReassignForm enrolment={enrolment} assign={assign} form={form} />
      ) : null}
    </section>
  );
}

function CoachHistory({ enrolment }: { enrolment: EnrolmentView }) {
  const { t, language } = useParticipantT();
  return (
    <table className="data-table">
      <caption className="visually-hidden">{t('overview.coachHistoryCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('detail.coach')}</th>
          <th scope="col">{t('overview.coachFrom')}</th>
          <th scope="col">{t('overview.coachTo')}</th>
          <th scope="col">{t('overview.assignedBy')}</th>
        </tr>
      </thead>
      <tbody>
        {enrolment.coachHistory.map((entry) => (
          <tr key={`${entry.from}-${entry.coach?.id ?? 'none'}`}>
            <td>{entry.coach?.displayName ?? t('common.unassigned')}</td>
            <td className="nowrap tabular">{formatDateTime(entry.from, language)}</td>
            <td className="nowrap tabular">
              {entry.to ? formatDateTime(entry.to, language) : t('overview.ongoing')}
            </td>
            <td>{entry.assignedBy?.displayName ?? t('common.none')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** A manager picks another coach of the unit (or none), with a reason. */
function ReassignForm({
  enrolment,
  assign,
  form,
}: {
  enrolment: EnrolmentView;
  assign: ReturnType<typeof useAssignCoach>;
  form: ReturnType<typeof useFormErrors>;
}) {
  const { t } = useParticipantT();
  const announce = useAnnounce();
  const units = useCaseloadUnits();
  const coaches = units.data?.units.find((unit) => unit.id === enrolment.unitId)?.coaches ?? [];
  // A fresh form after a change, so the reason typed for it does not linger.
  const [formKey, setFormKey] = useState(0);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const coachId = textOrNull(data.get('coachId'));
    form.clear();
    assign.mutate(
      { version: enrolment.version, coachId, reason: textOrNull(data.get('reason')) },
      {
        onSuccess: () => {
          announce(t('overview.reassigned'));
          setFormKey((k) => k + 1);
        },
        onError: form.handleError,
      },
    );
  }

  return (
    <Form
      key={`${formKey}-${enrolment.version}`}
      ref={form.formRef}
      className="form form--compact"
      onSubmit={onSubmit}
      validationBehavior="aria"
      validationErrors={form.fieldErrors}
    >
      <h3>{t('overview.reassignHeading')}</h3>
      <ErrorSummary problems={form.problems} formRef={form.formRef} summaryRef={form.summaryRef} />
      <SelectField
        name="coachId"
        label={t('overview.newCoach')}
        options={[
          { value: '', label: t('overview.noCoach') },
          ...coaches.map((coach) => ({ value: coach.id, label: coach.displayName })),
        ]}
        defaultValue={enrolment.coach?.id ?? ''}
      />
      <TextField name="reason" label={`${t('overview.reason')} ${t('common.optional')}`} />
      <div className="form__actions">
        <Button type="submit" isPending={assign.isPending}>
          {t('overview.reassign')}
        </Button>
      </div>
    </Form>
  );
}
