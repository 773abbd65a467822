import type { NeedDetail, NeedHistoryItem } from '../../../api/types.ts';
import { formatDateTime } from '../../participant/format.ts';
import { type NeedT, useNeedT } from '../i18n/index.ts';

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

const FIELD_KEYS = new Set([
  'title',
  'description',
  'employerId',
  'workplaceId',
  'occupationId',
  'positions',
  'requiredSkills',
  'meritSkills',
  'licences',
  'languages',
  'municipality',
  'extentPercent',
  'hours',
  'shifts',
  'weekends',
  'startDate',
  'employmentForm',
  'requiresCar',
  'minExperienceYears',
  'openTo',
  'liaisonId',
]);

const statusLabel = (status: string | null, t: NeedT) =>
  status ? t(`labels.status.${status as 'open'}`) : t('common.none');

/** "Inkommen", "Ändrade yrke, rubrik", "Öppen → Tillsatt (Tillsatt genom oss)". */
export function describe(item: NeedHistoryItem, t: NeedT): string {
  if (item.kind === 'created') return t('history.created', { status: statusLabel(item.toStatus, t).toLowerCase() });
  if (item.kind === 'updated') {
    const fields = (item.fields ?? []).map((f) =>
      FIELD_KEYS.has(f) ? t(`history.fields.${f as 'title'}`) : f,
    );
    return t('history.updated', { fields: fields.join(', ') });
  }
  const reason = item.reason
    ? ` (${
        ['filled_through_us', 'filled_elsewhere', 'withdrawn', 'no_suitable_candidates'].includes(item.reason)
          ? t(`labels.closingReason.${item.reason as 'withdrawn'}`)
          : item.reason
      })`
    : '';
  return `${statusLabel(item.fromStatus, t)} → ${statusLabel(item.toStatus, t)}${reason}`;
}
