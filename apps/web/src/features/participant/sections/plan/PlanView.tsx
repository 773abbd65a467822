import type { PlanVersionView } from '../../../../api/types.ts';
import { formatDate } from '../../format.ts';
import { useParticipantT } from '../../i18n/index.ts';

/** Whether the plan was agreed with the participant, and when. */
export function AgreedBadge({ plan }: { plan: PlanVersionView }) {
  const { t, language } = useParticipantT();
  return plan.agreedWithParticipant ? (
    <span className="badge badge--success">
      {t('plan.agreedBadge', { date: formatDate(plan.agreedAt, language) })}
    </span>
  ) : (
    <span className="badge badge--warning">{t('plan.notAgreedBadge')}</span>
  );
}

/** A plan version to read: the goal, then the steps with status and due date. */
export function PlanView({ plan }: { plan: PlanVersionView }) {
  const { t, language } = useParticipantT();
  return (
    <div className="plan-view">
      <p className="plan-meta">
        <strong>
          {t('plan.goal')}: {t(`labels.goal.${plan.goal}`)}
        </strong>
        <AgreedBadge plan={plan} />
      </p>
      {plan.goalDescription ? <p>{plan.goalDescription}</p> : null}
      {plan.steps.length === 0 ? (
        <p className="muted">{t('plan.noSteps')}</p>
      ) : (
        <ol className="step-summary">
          {plan.steps.map((step) => (
            <li key={step.id}>
              <span className="step-summary__title">{step.title}</span>{' '}
              <span className={`badge badge--status-${step.status}`}>
                {t(`labels.stepStatus.${step.status}`)}
              </span>
              {step.dueDate ? (
                <span className="muted">
                  {' '}
                  {t('plan.stepDueDate')} {formatDate(step.dueDate, language)}
                </span>
              ) : null}
              {step.description ? <p className="step-summary__text">{step.description}</p> : null}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
