import { Trans, useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../api/auth.ts';
import { allows } from '../../app/feature.ts';
import { features } from '../../app/features.ts';
import { Page } from '../../components/Page.tsx';
import { SectionIcon } from '../../components/SectionIcon.tsx';
import { Link } from '../../router/router.tsx';
import { NotificationsPanel } from '../matching/NotificationsPanel.tsx';

export default function OverviewPage() {
  const { t, i18n } = useTranslation();
  const user = useCurrentUser();
  const firstName = user.displayName.split(/\s+/)[0] || user.displayName;
  const role = t(`roles.${user.role}`).toLocaleLowerCase(i18n.language);
  const unitNames = (user.units ?? []).map((unit) => unit.name);
  const units = new Intl.ListFormat(i18n.language, { type: 'conjunction' }).format(unitNames);

  const sections = features.flatMap((feature) => {
    if (!feature.nav || !feature.section || !allows(feature.nav.roles, user.role)) return [];
    return [{ key: feature.section, to: feature.nav.to }];
  });

  return (
    <Page
      title={t('overview.title')}
      heading={t('overview.greeting', { name: firstName })}
      lead={
        <p>
          <Trans
            i18nKey={unitNames.length > 0 ? 'overview.roleWithUnits' : 'overview.roleOnly'}
            values={{ role, units, municipality: user.municipality.name }}
            components={{ strong: <strong /> }}
          />
        </p>
      }
    >
      {user.role === 'admin' ? null : <NotificationsPanel />}
      <section aria-labelledby="sections-heading" className="stack">
        <h2 id="sections-heading">{t('overview.sectionsHeading')}</h2>
        <p className="muted">{t('overview.sectionsIntro')}</p>
        <ul className="card-grid">
          {sections.map(({ key, to }) => (
            <li key={key} className="card card--link">
              <span className="card__icon">
                <SectionIcon section={key} />
              </span>
              <h3 className="card__title">
                <Link to={to} className="card__link">
                  {t(`sections.${key}.title`)}
                </Link>
              </h3>
              <p className="card__text">{t(`sections.${key}.description`)}</p>
            </li>
          ))}
        </ul>
      </section>
    </Page>
  );
}
