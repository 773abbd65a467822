import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../api/messages.ts';
import { Alert } from '../../../components/Alert.tsx';
import { usePlan } from '../api/plan.ts';
import { useParticipantT } from '../i18n/index.ts';
import type { SectionProps } from '../ParticipantPage.tsx';
import { PlanEditor } from './plan/PlanEditor.tsx';
import { PlanHistory } from './plan/PlanHistory.tsx';
import { PlanView } from './plan/PlanView.tsx';

/** The plan of a period: the coach edits it (each save a version), others read the current one. */
export function PlanSection({ enrolmentId, canWrite }: SectionProps & { enrolmentId: string }) {
  const { t } = useParticipantT();
  const { t: tShared } = useTranslation();
  const plan = usePlan(enrolmentId);

  return (
    <section aria-labelledby="plan-heading" className="section-stack">
      <div>
        <h2 id="plan-heading">{t('plan.heading')}</h2>
        <p className="muted">{t('plan.intro')}</p>
      </div>
      {plan.isPending ? <p className="muted">{t('common.loading')}</p> : null}
      {plan.isError ? <Alert tone="error">{errorMessage(plan.error, tShared)}</Alert> : null}
      {plan.data ? (
        <>
          {canWrite ? (
            <PlanEditor
              enrolmentId={enrolmentId}
              plan={plan.data}
              onReload={() => plan.refetch()}
              isReloading={plan.isFetching}
            />
          ) : plan.data.current ? (
            <PlanView plan={plan.data.current} />
          ) : (
            <p className="empty-state">{t('plan.none')}</p>
          )}
          <PlanHistory enrolmentId={enrolmentId} plan={plan.data} />
        </>
      ) : null}
    </section>
  );
}
