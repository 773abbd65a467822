import { useTranslation } from 'react-i18next';
import type { SectionKey } from '../app/feature.ts';
import { Page } from './Page.tsx';

/** Stands in for a section until its feature is built: heading, what will be here, status. */
export function PlaceholderPage({ section }: { section: SectionKey }) {
  const { t } = useTranslation();
  return (
    <Page title={t(`sections.${section}.title`)} lead={<p>{t(`sections.${section}.description`)}</p>}>
      <p className="placeholder-note">{t('placeholder.status')}</p>
    </Page>
  );
}
