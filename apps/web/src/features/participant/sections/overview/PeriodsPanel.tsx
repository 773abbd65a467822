import type { ParticipantDetail } from '../../../../api/types.ts';
import { formatDate } from '../../format.ts';
import { useParticipantT } from '../../i18n/index.ts';

/** Every period the participant has had with the unit, newest first, and how each ended. */
export function PeriodsPanel({ participant }: { participant: ParticipantDetail }) {
  const { t, language } = useParticipantT();
  return (
    <section className="panel" aria-labelledby="overview-periods">
      <h2 id="overview-periods" className="panel__title">
        {t('overview.periodsHeading')}
      </h2>
      <table className="data-table">
        <caption className="visually-hidden">{t('overview.periodsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('overview.period')}</th>
            <th scope="col">{t('detail.unit')}</th>
            <th scope="col">{t('detail.coach')}</th>
            <th scope="col">{t('overview.exit')}</th>
          </tr>
        </thead>
        <tbody>
          {participant.enrolments.map((period) => (
            <tr key={period.id}>
              <td className="nowrap tabular">
                {formatDate(period.enrolledAt, language)} – {formatDate(period.exit?.date, language)}
              </td>
              <td>{period.unitName}</td>
              <td>{period.coach?.displayName ?? t('common.unassigned')}</td>
              <td>
                {period.exit
                  ? t(`labels.koladaCategory.${period.exit.koladaCategory}`)
                  : t('overview.ongoing')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
