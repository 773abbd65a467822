import type { NeedDetail } from '../../../api/types.ts';
import { formatDateTime } from '../../participant/format.ts';
import { useNeedT } from '../i18n/index.ts';
import { describe } from '../need-history.ts';

/** Every change to the need: who, when, what. */
export function NeedHistory({ need }: { need: NeedDetail }) {
  const { t, language } = useNeedT();
  const items = [...need.history].sort((a, b) => b.at.localeCompare(a.at));
  return (
    <section className="panel" aria-labelledby="need-history">
      <h2 id="need-history" className="panel__title">
        {t('history.heading')}
      </h2>
      {items.length === 0 ? (
        <p className="empty-state">{t('history.none')}</p>
      ) : (
        <table className="data-table data-table--cards">
          <caption className="visually-hidden">{t('history.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('history.when')}</th>
              <th scope="col">{t('history.who')}</th>
              <th scope="col">{t('history.what')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr key={`${item.at}-${item.kind}-${item.toStatus ?? ''}-${(item.fields ?? []).join(',')}`}>
                <th scope="row" data-label={t('history.when')} className="nowrap tabular">
                  {formatDateTime(item.at, language)}
                </th>
                <td data-label={t('history.who')}>{item.staff?.displayName ?? t('history.publicForm')}</td>
                <td data-label={t('history.what')}>{describe(item, t)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
