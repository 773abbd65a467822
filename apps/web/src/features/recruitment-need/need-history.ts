import type { NeedHistoryItem } from '../../api/types.ts';
import type { NeedT } from './i18n/index.ts';

// One line of a need's history, for a person: what happened, with field and status names.

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
  if (item.kind === 'created')
    return t('history.created', { status: statusLabel(item.toStatus, t).toLowerCase() });
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
