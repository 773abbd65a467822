import type { NeedStatus } from '../../../api/types.ts';
import { useNeedT } from '../i18n/index.ts';

const tone: Record<NeedStatus, string> = {
  received: 'warning',
  open: 'success',
  presented: 'info',
  filled: 'neutral',
  closed: 'neutral',
};

/** Inkommen, Öppen, Kandidater presenterade, Tillsatt, Stängd. */
export function NeedStatusBadge({ status }: { status: NeedStatus }) {
  const { t } = useNeedT();
  return <span className={`badge badge--${tone[status]}`}>{t(`labels.status.${status}`)}</span>;
}
