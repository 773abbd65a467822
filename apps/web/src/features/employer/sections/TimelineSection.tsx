import { Link } from '../../../router/router.tsx';
import { formatDate } from '../../participant/format.ts';
import type { EmployerSectionProps } from '../EmployerPage.tsx';
import { useEmployerT } from '../i18n/index.ts';

/** Contacts, needs, placements and agreements, newest first: the history of working together. */
export function TimelineSection({ employer }: EmployerSectionProps) {
  const { t, language } = useEmployerT();
  const items = [...employer.timeline].sort((a, b) => b.date.localeCompare(a.date));
  return (
    <section className="panel" aria-labelledby="employer-timeline">
      <h2 id="employer-timeline" className="panel__title">
        {t('timeline.heading')}
      </h2>
      {items.length === 0 ? (
        <p className="empty-state">{t('timeline.none')}</p>
      ) : (
        <ol className="timeline">
          {items.map((item) => (
            <li key={`${item.kind}-${item.refId ?? item.title}-${item.date}`} className="timeline__item">
              <p className="timeline__meta">
                <span className="tabular">{formatDate(item.date, language)}</span>{' '}
                <span className={`badge badge--${item.kind === 'need' ? 'info' : 'neutral'}`}>
                  {t(`labels.timelineKind.${item.kind}`)}
                </span>
              </p>
              <p className="timeline__title">
                {item.kind === 'need' && item.refId ? (
                  <Link to={`/rekryteringsbehov/${item.refId}`}>{item.title}</Link>
                ) : (
                  item.title
                )}
              </p>
              {item.detail ? <p className="timeline__detail pre-line">{item.detail}</p> : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
