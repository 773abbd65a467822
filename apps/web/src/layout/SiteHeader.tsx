import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Brand } from './Brand.tsx';
import { LanguageSwitch } from './LanguageSwitch.tsx';

export function SkipLink() {
  const { t } = useTranslation();
  return (
    <a className="skip-link" href="#main">
      {t('skipLink')}
    </a>
  );
}

export function SiteHeader({
  municipality,
  homeTo,
  homeLabel,
  children,
}: {
  municipality?: string | undefined;
  /** Where the brand links (the start page; a public page links to itself). */
  homeTo?: string | undefined;
  homeLabel?: string | undefined;
  children?: ReactNode;
}) {
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Brand municipality={municipality} to={homeTo} label={homeLabel} />
        <div className="site-header__tools">
          {children}
          <LanguageSwitch />
        </div>
      </div>
    </header>
  );
}

export function SiteFooter() {
  const { t } = useTranslation();
  return (
    <footer className="site-footer">
      <div className="site-footer__inner">
        <p>{t('footer.about')}</p>
        <p>{t('footer.privacy')}</p>
      </div>
    </footer>
  );
}
