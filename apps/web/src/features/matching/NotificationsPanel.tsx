import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/messages.ts';
import { Alert } from '../../components/Alert.tsx';
import { Button } from '../../components/Button.tsx';
import { Link } from '../../router/router.tsx';
import { formatDateTime } from '../participant/format.ts';
import { useMarkNotificationsRead, useNotifications } from './api/matching.ts';
import { notificationPath } from './explain.ts';
import { useMatchingT } from './i18n/index.ts';
import './matching.css';

/**
 * What the system has told me: a person put on a shortlist, an employer's answer, an intake handed
 * over to my unit. On Matchning and on Översikt, where the day starts.
 */
export function NotificationsPanel() {
  const { t, language } = useMatchingT();
  const { t: tShared } = useTranslation();
  const notifications = useNotifications();
  const markRead = useMarkNotificationsRead();
  const items = notifications.data?.items ?? [];
  return (
    <section className="panel" aria-labelledby="matching-notifications">
      <h2 id="matching-notifications" className="panel__title">
        {t('notifications.heading', { count: notifications.data?.unread ?? 0 })}
      </h2>
      {notifications.isError ? (
        <Alert tone="error">{errorMessage(notifications.error, tShared)}</Alert>
      ) : null}
      {notifications.data && items.length === 0 ? <p className="muted">{t('notifications.empty')}</p> : null}
      {items.length > 0 ? (
        <>
          <ul className="notification-list">
            {items.slice(0, 20).map((n) => {
              const to = notificationPath(n.link);
              return (
                <li key={n.id} className={n.read ? 'notification' : 'notification notification--unread'}>
                  <span className="notification__time tabular">{formatDateTime(n.createdAt, language)}</span>{' '}
                  {n.read ? null : <span className="badge badge--info">{t('notifications.new')}</span>}{' '}
                  {to ? <Link to={to}>{n.text}</Link> : n.text}
                </li>
              );
            })}
          </ul>
          {(notifications.data?.unread ?? 0) > 0 ? (
            <div className="form__actions">
              <Button variant="secondary" isPending={markRead.isPending} onPress={() => markRead.mutate()}>
                {t('notifications.markRead')}
              </Button>
            </div>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
