import { useState } from 'react';
import { Tab, TabList, TabPanel, Tabs } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/api-error.ts';
import { errorMessage } from '../../api/messages.ts';
import type { EmployerDetail } from '../../api/types.ts';
import type { RouteProps } from '../../app/feature.ts';
import { Alert } from '../../components/Alert.tsx';
import { Page } from '../../components/Page.tsx';
import { Link, useRouter } from '../../router/router.tsx';
import { useMunicipalities } from '../participant/api/reference.ts';
import { formatDate } from '../participant/format.ts';
import { useEmployer } from './api/employers.ts';
import { useEmployerT } from './i18n/index.ts';
import { AgreementsSection } from './sections/AgreementsSection.tsx';
import { ContactLogSection } from './sections/ContactLogSection.tsx';
import { NeedsSection } from './sections/NeedsSection.tsx';
import { PeopleSection } from './sections/PeopleSection.tsx';
import { RegisterCard } from './sections/RegisterCard.tsx';
import { TimelineSection } from './sections/TimelineSection.tsx';
import { sniText } from './sni.ts';
import '../participant/participant.css';
import './employer.css';

const TABS = ['overview', 'contacts', 'people', 'agreements', 'needs'] as const;
type TabKey = (typeof TABS)[number];
const slugs: Record<TabKey, string> = {
  overview: 'oversikt',
  contacts: 'kontakter',
  people: 'arbetsplatser',
  agreements: 'avtal',
  needs: 'behov',
};

function tabFromSearch(search: string): TabKey {
  const slug = new URLSearchParams(search).get('flik');
  return TABS.find((tab) => slugs[tab] === slug) ?? 'overview';
}

export interface EmployerSectionProps {
  employer: EmployerDetail;
  canWrite: boolean;
}

/** One employer: the register, the contact log with next steps, the timeline, people and agreements. */
export default function EmployerPage({ params }: RouteProps) {
  const employerId = params.employerId ?? '';
  const { t, language } = useEmployerT();
  const { t: tShared } = useTranslation();
  const { location, state } = useRouter();
  const employer = useEmployer(employerId);
  const municipalities = useMunicipalities();
  const [tab, setTab] = useState<TabKey>(() => tabFromSearch(location.search));
  const [created, setCreated] = useState(
    () => typeof state === 'object' && state !== null && (state as { notice?: string }).notice === 'created',
  );

  function selectTab(next: TabKey) {
    setTab(next);
    setCreated(false);
    const url = new URL(window.location.href);
    url.searchParams.set('flik', slugs[next]);
    window.history.replaceState(window.history.state, '', url.pathname + url.search);
  }

  const data = employer.data;
  if (!data) {
    const notFound = isApiError(employer.error) && employer.error.status === 404;
    return (
      <Page title={t('detail.loadingTitle')}>
        {employer.isError ? (
          <>
            <Alert tone="error">
              {notFound ? t('detail.notFound') : errorMessage(employer.error, tShared)}
            </Alert>
            <p>
              <Link to="/arbetsgivare">{t('detail.back')}</Link>
            </p>
          </>
        ) : (
          <p className="muted">{t('common.loading')}</p>
        )}
      </Page>
    );
  }

  const canWrite = data.permissions.write;
  const municipality = data.municipality
    ? (municipalities.data?.municipalities.find((m) => m.code === data.municipality)?.name ??
      data.municipality)
    : null;
  const props: EmployerSectionProps = { employer: data, canWrite };

  return (
    <Page
      title={data.name}
      lead={
        <dl className="summary" aria-label={t('detail.summaryLabel')}>
          <div>
            <dt>{t('fields.organisationsnummer')}</dt>
            <dd className="tabular">{data.organisationsnummer ?? t('common.none')}</dd>
          </div>
          <div>
            <dt>{t('fields.sni')}</dt>
            <dd>{data.sni ? sniText(data.sni) : t('common.none')}</dd>
          </div>
          <div>
            <dt>{t('fields.municipality')}</dt>
            <dd>{municipality ?? t('common.none')}</dd>
          </div>
          <div>
            <dt>{t('fields.liaison')}</dt>
            <dd>{data.liaison?.displayName ?? t('common.noLiaison')}</dd>
          </div>
          <div>
            <dt>{t('detail.openNeeds')}</dt>
            <dd className="tabular">{data.openNeeds}</dd>
          </div>
          <div>
            <dt>{t('detail.lastContact')}</dt>
            <dd className="tabular">
              {data.lastContactOn ? formatDate(data.lastContactOn, language) : t('list.neverContacted')}
            </dd>
          </div>
        </dl>
      }
    >
      <p className="back-link">
        <Link to="/arbetsgivare">{t('detail.back')}</Link>
      </p>
      {created ? <Alert tone="success">{t('create.success', { name: data.name })}</Alert> : null}
      {!canWrite ? <Alert tone="info">{t('detail.readOnly')}</Alert> : null}

      <Tabs selectedKey={tab} onSelectionChange={(key) => selectTab(key as TabKey)} className="tabs">
        <TabList aria-label={t('detail.tabsLabel')} className="tabs__list">
          {TABS.map((key) => (
            <Tab key={key} id={key} className="tabs__tab">
              {t(`detail.tabs.${key}`)}
            </Tab>
          ))}
        </TabList>
        <TabPanel id="overview" className="tabs__panel">
          <div className="section-stack">
            <RegisterCard {...props} />
            <PlacementsPanel employer={data} />
            <TimelineSection {...props} />
          </div>
        </TabPanel>
        <TabPanel id="contacts" className="tabs__panel">
          <ContactLogSection {...props} />
        </TabPanel>
        <TabPanel id="people" className="tabs__panel">
          <PeopleSection {...props} />
        </TabPanel>
        <TabPanel id="agreements" className="tabs__panel">
          <AgreementsSection {...props} />
        </TabPanel>
        <TabPanel id="needs" className="tabs__panel">
          <NeedsSection {...props} />
        </TabPanel>
      </Tabs>
    </Page>
  );
}

/** Placements at the employer and how they held (no person is named here). */
function PlacementsPanel({ employer }: { employer: EmployerDetail }) {
  const { t } = useEmployerT();
  const { total, heldOneMonth, pending } = employer.placements;
  return (
    <section className="panel" aria-labelledby="employer-placements">
      <h2 id="employer-placements" className="panel__title">
        {t('placements.heading')}
      </h2>
      {total === 0 ? (
        <p className="empty-state">{t('placements.none')}</p>
      ) : (
        <dl className="facts">
          <div>
            <dt>{t('placements.total')}</dt>
            <dd className="tabular">{total}</dd>
          </div>
          <div>
            <dt>{t('placements.held')}</dt>
            <dd className="tabular">{heldOneMonth}</dd>
          </div>
          <div>
            <dt>{t('placements.pending')}</dt>
            <dd className="tabular">{pending}</dd>
          </div>
        </dl>
      )}
    </section>
  );
}
