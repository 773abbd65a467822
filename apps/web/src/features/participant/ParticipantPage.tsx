import { useState } from 'react';
import { Tab, TabList, TabPanel, Tabs } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/api-error.ts';
import { errorMessage } from '../../api/messages.ts';
import type { EnrolmentView, ParticipantDetail } from '../../api/types.ts';
import type { RouteProps } from '../../app/feature.ts';
import { Alert } from '../../components/Alert.tsx';
import { Button } from '../../components/Button.tsx';
import { Page } from '../../components/Page.tsx';
import { Link, useRouter } from '../../router/router.tsx';
import { useParticipant } from './api/participant.ts';
import { formatDate, fullName } from './format.ts';
import { useParticipantT } from './i18n/index.ts';
import { ExitSection } from './sections/ExitSection.tsx';
import { FollowUpsSection } from './sections/FollowUpsSection.tsx';
import { InterventionsSection } from './sections/InterventionsSection.tsx';
import { JournalSection } from './sections/JournalSection.tsx';
import { MatchingSection } from './sections/MatchingSection.tsx';
import { OverviewSection } from './sections/OverviewSection.tsx';
import { PlanSection } from './sections/PlanSection.tsx';
import { ProfileSection } from './sections/ProfileSection.tsx';
import './participant.css';

const TABS = [
  'overview',
  'profile',
  'plan',
  'interventions',
  'journal',
  'followUps',
  'exit',
  'matching',
] as const;
type TabKey = (typeof TABS)[number];

// The tab is kept in the address (?flik=plan) so that a reload or a shared link opens the same
// section. Swedish slugs, like the paths.
const slugs: Record<TabKey, string> = {
  overview: 'oversikt',
  profile: 'profil',
  plan: 'handlingsplan',
  interventions: 'insatser',
  journal: 'journal',
  followUps: 'uppfoljningar',
  exit: 'avslut',
  matching: 'matchning',
};

function tabFromSearch(search: string): TabKey {
  const slug = new URLSearchParams(search).get('flik');
  return TABS.find((tab) => slugs[tab] === slug) ?? 'overview';
}

export interface SectionProps {
  participant: ParticipantDetail;
  /** The open period, or null when the participant has none. */
  enrolment: EnrolmentView | null;
  canWrite: boolean;
}

export default function ParticipantPage({ params }: RouteProps) {
  const participantId = params.participantId ?? '';
  const { t, language } = useParticipantT();
  const { t: tShared } = useTranslation();
  const { location, state } = useRouter();
  const participant = useParticipant(participantId);
  const [tab, setTab] = useState<TabKey>(() => tabFromSearch(location.search));
  // "X är inskriven" greets the coach after intake and goes once they move on.
  const [created, setCreated] = useState(
    () => typeof state === 'object' && state !== null && (state as { notice?: string }).notice === 'created',
  );

  function selectTab(next: TabKey) {
    setTab(next);
    setCreated(false);
    // Not a navigation: the page stays, focus stays on the tab, the back button is not flooded.
    const url = new URL(window.location.href);
    url.searchParams.set('flik', slugs[next]);
    window.history.replaceState(window.history.state, '', url.pathname + url.search);
  }

  const data = participant.data;
  if (!data) {
    const notFound = isApiError(participant.error) && participant.error.status === 404;
    return (
      <Page title={t('detail.loadingTitle')}>
        {participant.isError ? (
          <>
            <Alert tone="error">
              {notFound ? t('detail.notFound') : errorMessage(participant.error, tShared)}
            </Alert>
            <p>
              <Link to="/deltagare">{t('detail.back')}</Link>
            </p>
          </>
        ) : (
          <p className="muted">{t('common.loading')}</p>
        )}
      </Page>
    );
  }

  const enrolment = data.enrolments.find((e) => e.id === data.currentEnrolmentId) ?? null;
  const latest = enrolment ?? data.enrolments[0] ?? null;
  const canWrite = data.permissions.write && enrolment !== null;
  const sectionProps: SectionProps = { participant: data, enrolment, canWrite };

  return (
    <Page
      title={fullName(data)}
      lead={
        <dl className="summary" aria-label={t('detail.summaryLabel')}>
          <div>
            <dt>{t(`labels.personnummerKind.${data.personnummerKind}`)}</dt>
            <dd className="tabular">{data.personnummer}</dd>
          </div>
          <div>
            <dt>{t('detail.age')}</dt>
            <dd>{t('list.years', { count: data.age })}</dd>
          </div>
          {latest ? (
            <>
              <div>
                <dt>{t('detail.unit')}</dt>
                <dd>{latest.unitName}</dd>
              </div>
              <div>
                <dt>{t('detail.coach')}</dt>
                <dd>{latest.coach?.displayName ?? t('common.unassigned')}</dd>
              </div>
              <div>
                <dt>{t('detail.enrolledAt')}</dt>
                <dd className="tabular">{formatDate(latest.enrolledAt, language)}</dd>
              </div>
              <div>
                <dt>{t('detail.status')}</dt>
                <dd>
                  <span className={`badge ${enrolment ? 'badge--success' : 'badge--neutral'}`}>
                    {enrolment ? t('detail.statusActive') : t('detail.statusExited')}
                  </span>
                </dd>
              </div>
            </>
          ) : null}
        </dl>
      }
    >
      <p className="back-link">
        <Link to="/deltagare">{t('detail.back')}</Link>
      </p>
      {created ? <Alert tone="success">{t('intake.success', { name: fullName(data) })}</Alert> : null}
      {!enrolment ? <Alert tone="info">{t('detail.noOpenEnrolment')}</Alert> : null}
      {enrolment && !data.permissions.write ? (
        <Alert tone="info">
          {data.permissions.reassign ? t('detail.readOnlyManager') : t('detail.readOnly')}
        </Alert>
      ) : null}
      {participant.isError ? (
        <Alert tone="error">
          {errorMessage(participant.error, tShared)}{' '}
          <Button variant="quiet" onPress={() => void participant.refetch()}>
            {t('common.retry')}
          </Button>
        </Alert>
      ) : null}

      <Tabs selectedKey={tab} onSelectionChange={(key) => selectTab(key as TabKey)} className="tabs">
        <TabList aria-label={t('detail.tabsLabel')} className="tabs__list">
          {TABS.map((key) => (
            <Tab key={key} id={key} className="tabs__tab">
              {t(`detail.tabs.${key}`)}
            </Tab>
          ))}
        </TabList>
        <TabPanel id="overview" className="tabs__panel">
          <OverviewSection {...sectionProps} />
        </TabPanel>
        <TabPanel id="profile" className="tabs__panel">
          <ProfileSection {...sectionProps} canWrite={data.permissions.write} />
        </TabPanel>
        <TabPanel id="plan" className="tabs__panel">
          {latest ? <PlanSection {...sectionProps} enrolmentId={latest.id} /> : null}
        </TabPanel>
        <TabPanel id="interventions" className="tabs__panel">
          {latest ? (
            // Kept open at the exit (a job that goes on): still ended or changed after it; nothing new added.
            <InterventionsSection
              {...sectionProps}
              canWrite={data.permissions.write}
              enrolmentId={latest.id}
            />
          ) : null}
        </TabPanel>
        <TabPanel id="journal" className="tabs__panel">
          {latest ? (
            <JournalSection {...sectionProps} canWrite={data.permissions.write} enrolmentId={latest.id} />
          ) : null}
        </TabPanel>
        <TabPanel id="followUps" className="tabs__panel">
          {/* Follow-ups outlive the period: the one-month check after a work exit comes later. */}
          {latest ? (
            <FollowUpsSection {...sectionProps} canWrite={data.permissions.write} enrolmentId={latest.id} />
          ) : null}
        </TabPanel>
        <TabPanel id="exit" className="tabs__panel">
          <ExitSection {...sectionProps} latest={latest} />
        </TabPanel>
        <TabPanel id="matching" className="tabs__panel">
          <MatchingSection {...sectionProps} />
        </TabPanel>
      </Tabs>
    </Page>
  );
}
