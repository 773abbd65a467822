import { useState } from 'react';
import { Tab, TabList, TabPanel, Tabs } from 'react-aria-components';
import { Page } from '../../components/Page.tsx';
import { AccountsPanel } from './AccountsPanel.tsx';
import { useAdminT } from './i18n/index.ts';
import { SettingsPanel } from './SettingsPanel.tsx';
import { UnitsPanel } from './UnitsPanel.tsx';
import '../participant/participant.css';
import './admin.css';

const TABS = ['accounts', 'units', 'settings'] as const;
type TabKey = (typeof TABS)[number];

/** Administration (administrators only): Konton, Enheter, Inställningar. */
export default function AdminPage() {
  const { t } = useAdminT();
  const [tab, setTab] = useState<TabKey>('accounts');
  return (
    <Page title={t('title')} lead={<p>{t('lead')}</p>}>
      <Tabs selectedKey={tab} onSelectionChange={(key) => setTab(key as TabKey)} className="tabs">
        <TabList aria-label={t('tabsLabel')} className="tabs__list">
          {TABS.map((key) => (
            <Tab key={key} id={key} className="tabs__tab">
              {t(`tabs.${key}`)}
            </Tab>
          ))}
        </TabList>
        <TabPanel id="accounts" className="tabs__panel">
          <AccountsPanel />
        </TabPanel>
        <TabPanel id="units" className="tabs__panel">
          <UnitsPanel />
        </TabPanel>
        <TabPanel id="settings" className="tabs__panel">
          <SettingsPanel />
        </TabPanel>
      </Tabs>
    </Page>
  );
}
