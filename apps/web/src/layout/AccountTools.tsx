import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { clearSession, useLogout } from '../api/auth.ts';
import type { SessionUser } from '../api/types.ts';
import { Button } from '../components/Button.tsx';
import { Link, useRouter } from '../router/router.tsx';

/** Who is logged in, and their account actions. */
export function AccountTools({ user }: { user: SessionUser }) {
  const { t } = useTranslation();
  const logout = useLogout();
  const { navigate } = useRouter();
  const queryClient = useQueryClient();

  async function onLogout() {
    try {
      await logout.mutateAsync();
    } catch {
      // Even if the server could not be told, this browser forgets the session.
    }
    // Navigate and clear in the same tick so that the login page shows the "logged out" notice.
    navigate('/logga-in', { replace: true, state: { notice: 'loggedOut' } });
    clearSession(queryClient);
  }

  return (
    <div className="account">
      <p className="account__who">
        <span className="account__name">{user.displayName}</span>
        <span className="account__role">{t(`roles.${user.role}`)}</span>
      </p>
      <Link to="/konto/losenord" className="account__link">
        {t('header.changePassword')}
      </Link>
      <Button variant="secondary" isPending={logout.isPending} onPress={() => void onLogout()}>
        {logout.isPending ? t('header.loggingOut') : t('header.logout')}
      </Button>
    </div>
  );
}
