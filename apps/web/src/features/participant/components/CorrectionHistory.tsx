import './corrections.css';
import type { CorrectionView } from '../../../api/types.ts';
import { useCorrections } from '../api/corrections.ts';
import { formatDateTime } from '../format.ts';
import { useParticipantT } from '../i18n/index.ts';

/**
 * The corrections of one record (an exit, a journal note, a follow-up …), oldest first: when, by
 * whom, why, and every changed field from → to. Nothing when it was never corrected.
 */
export function CorrectionHistory({
  participantId,
  subjectId,
  label,
  format,
}: {
  participantId: string;
  subjectId: string;
  /** The field's name as the section calls it (`text` → "Anteckning"). */
  label: (field: string) => string;
  /** A stored value as the section shows it (a code → its Swedish label). */
  format?: (field: string, value: unknown) => string | undefined;
}) {
  const { t, language } = useParticipantT();
  const corrections = useCorrections(participantId);
  const items = (corrections.data?.items ?? []).filter((c) => c.subjectId === subjectId);
  if (items.length === 0) return null;
  const show = (field: string, value: unknown) =>
    value === null || value === undefined || value === ''
      ? '–'
      : (format?.(field, value) ??
        (typeof value === 'boolean' ? t(value ? 'common.yes' : 'common.no') : String(value)));
  return (
    <details className="correction-history">
      <summary>{t('corrections.summary', { count: items.length })}</summary>
      <ol className="correction-history__list">
        {items.map((c: CorrectionView) => (
          <li key={c.id}>
            <p className="correction-history__meta">
              {formatDateTime(c.correctedAt, language)}
              {c.correctedBy ? ` · ${c.correctedBy.displayName}` : ''}
              {c.reason ? ` · ${t('corrections.reason')}: ${c.reason}` : ''}
            </p>
            <ul>
              {c.changes.map((change) => (
                <li key={change.field}>
                  <span className="correction-history__field">{label(change.field)}:</span>{' '}
                  <del>{show(change.field, change.from)}</del> → <ins>{show(change.field, change.to)}</ins>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </details>
  );
}
