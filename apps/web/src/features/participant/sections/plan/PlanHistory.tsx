import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../../api/messages.ts';
import type { PlanResponse } from '../../../../api/types.ts';
import { Alert } from '../../../../components/Alert.tsx';
import { Button } from '../../../../components/Button.tsx';
import { usePlanVersion } from '../../api/plan.ts';
import { formatDateTime } from '../../format.ts';
import { useParticipantT } from '../../i18n/index.ts';
import { PlanView } from './PlanView.tsx';

/** The saved versions of the plan; each can be opened to read as it was. */
export function PlanHistory({ enrolmentId, plan }: { enrolmentId: string; plan: PlanResponse }) {
  const { t, language } = useParticipantT();
  const { t: tShared } = useTranslation();
  const [shown, setShown] = useState<number | null>(null);
  const version = usePlanVersion(enrolmentId, shown);
  if (plan.versions.length === 0) return null;
  return (
    <section className="panel" aria-labelledby="plan-history">
      <h3 id="plan-history">{t('plan.historyHeading')}</h3>
      <table className="data-table">
        <caption className="visually-hidden">{t('plan.historyCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('plan.version')}</th>
            <th scope="col">{t('plan.savedAt')}</th>
            <th scope="col">{t('plan.savedBy')}</th>
            <th scope="col">{t('plan.agreedColumn')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('plan.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {plan.versions.map((entry) => (
            <tr key={entry.version}>
              <td className="tabular">{entry.version}</td>
              <td className="nowrap tabular">{formatDateTime(entry.createdAt, language)}</td>
              <td>{entry.createdBy?.displayName ?? t('common.none')}</td>
              <td>{entry.agreedWithParticipant ? t('common.yes') : t('common.no')}</td>
              <td>
                <Button
                  variant="quiet"
                  aria-expanded={shown === entry.version}
                  aria-controls="plan-version-view"
                  onPress={() => setShown(shown === entry.version ? null : entry.version)}
                >
                  {shown === entry.version
                    ? t('plan.hide', { version: entry.version })
                    : t('plan.show', { version: entry.version })}
                </Button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div id="plan-version-view" aria-live="polite">
        {shown !== null && version.data ? (
          <div className="version-view">
            <h4>{t('plan.versionHeading', { version: shown })}</h4>
            <PlanView plan={version.data} />
          </div>
        ) : null}
        {version.isError ? <Alert tone="error">{errorMessage(version.error, tShared)}</Alert> : null}
      </div>
    </section>
  );
}
