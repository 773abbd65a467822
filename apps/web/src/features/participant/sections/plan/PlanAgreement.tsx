import '../../components/corrections.css';
import { type FormEvent, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useAnnounce } from '../../../../components/Announcer.tsx';
import { Button } from '../../../../components/Button.tsx';
import { DateField } from '../../../../components/DateField.tsx';
import { checkDate } from '../../../../components/input-checks.ts';
import { useAgreePlan } from '../../api/plan.ts';
import { FormWithFeedback } from '../../components/FormWithFeedback.tsx';
import { useFormErrors } from '../../components/form-errors.tsx';
import { todayIso } from '../../format.ts';
import { useParticipantT } from '../../i18n/index.ts';

/** Records that the participant agreed to the version in force, on a date (today by default). */
export function PlanAgreement({ enrolmentId, version }: { enrolmentId: string; version: number }) {
  const { t } = useParticipantT();
  const { t: tShared } = useTranslation();
  const announce = useAnnounce();
  const agree = useAgreePlan(enrolmentId);
  const form = useFormErrors();
  const headingId = useId();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const local: Record<string, string> = {};
    const agreedAt = checkDate(
      local,
      'agreedAt',
      new FormData(event.currentTarget).get('agreedAt'),
      tShared,
      {
        required: t('form.required', { field: t('plan.agreedAt').toLowerCase() }),
      },
    );
    if (form.show(local) || agreedAt === null) return;
    agree.mutate(
      { n: version, agreedAt },
      { onSuccess: () => announce(t('plan.agreeDone', { version })), onError: form.handleError },
    );
  }

  return (
    <section className="plan-agreement" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('plan.agreeHeading', { version })}</h3>
      <p className="muted">{t('plan.agreeIntro')}</p>
      <FormWithFeedback form={form} onSubmit={onSubmit} className="form form--inline">
        <DateField name="agreedAt" label={t('plan.agreedAt')} defaultValue={todayIso()} isRequired />
        <Button type="submit" isPending={agree.isPending}>
          {t('plan.agreeSubmit')}
        </Button>
      </FormWithFeedback>
    </section>
  );
}
