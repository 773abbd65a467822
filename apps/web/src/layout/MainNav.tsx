import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../api/types.ts';
import { allows } from '../app/feature.ts';
import { features } from '../app/features.ts';
import { Link, matchPath, useRouter } from '../router/router.tsx';

function isCurrent(to: string, pathname: string): boolean {
  if (to === '/') return pathname === '/';
  // A section stays marked while the user is on one of its sub-pages (/deltagare/42).
  const depth = to.split('/').length;
  return matchPath(to, pathname.split('/').slice(0, depth).join('/')) !== null;
}

export function MainNav({ role }: { role: Role }) {
  const { t } = useTranslation();
  const { location } = useRouter();
  const [open, setOpen] = useState(false);
  const listId = useId();
  const items = features.flatMap((feature) =>
    feature.nav && allows(feature.nav.roles, role) ? [feature.nav] : [],
  );

  return (
    <nav className="main-nav" aria-label={t('nav.label')}>
      {/* On small screens the menu folds away behind a button; on wide screens it is always shown. */}
      <button
        type="button"
        className="main-nav__toggle"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen((value) => !value)}
      >
        <span className="main-nav__toggle-icon" aria-hidden="true" />
        {t('nav.toggle')}
      </button>
      <ul id={listId} className="main-nav__list" data-open={open}>
        {items.map((item) => {
          const current = isCurrent(item.to, location.pathname);
          return (
            <li key={item.to}>
              <Link
                to={item.to}
                className="main-nav__link"
                aria-current={current ? 'page' : undefined}
                onClick={() => setOpen(false)}
              >
                {t(item.labelKey)}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
