import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../api/messages.ts';
import type { NeedView } from '../../../api/types.ts';
import { Alert } from '../../../components/Alert.tsx';
import { useAnnounce } from '../../../components/Announcer.tsx';
import { Button } from '../../../components/Button.tsx';
import { Link } from '../../../router/router.tsx';
import { useAlternatives, useNeedsForParticipant, useOpenNeeds } from '../../matching/api/matching.ts';
import { useConsents, useWithdrawConsent } from '../../matching/api/shortlist.ts';
import type { NeedMatch } from '../../matching/api/types.ts';
import { AddForm } from '../../matching/components/CandidateList.tsx';
import { MatchExplanation, MatchSummary } from '../../matching/components/MatchExplanation.tsx';
import { consentFieldsText } from '../../matching/components/ShortlistPanel.tsx';
import { formatPoints } from '../../matching/explain.ts';
import { useMatchingT } from '../../matching/i18n/index.ts';
import { formatDate, formatDateTime } from '../format.ts';
import type { SectionProps } from '../ParticipantPage.tsx';
import { PlacementPanel, ProtectedIdentityPanel } from './PlacementPanel.tsx';
import '../../matching/matching.css';

/**
 * The person's side of matching: the best open needs with the same explanation as a need's
 * candidates (and a way onto a need's shortlist), alternative occupations with what is missing
 * and what closes it, and the consents the person has given (withdrawable at any time).
 */
export function MatchingSection({ participant, enrolment }: SectionProps) {
  const { t } = useMatchingT();
  const open = enrolment !== null;
  if (participant.relationship !== 'current')
    return <p className="empty-state">{t('needsFor.notEnrolled')}</p>;
  return (
    <div className="section-stack">
      {participant.protectedIdentity ? (
        <Alert tone="info" heading={t('needsFor.protectedHeading')}>
          {t('needsFor.protected')}
        </Alert>
      ) : null}
      {open ? (
        <>
          <NeedsPanel participantId={participant.id} canAdd={participant.permissions.write} />
          <AlternativesPanel participantId={participant.id} />
        </>
      ) : (
        <p className="empty-state">{t('needsFor.notEnrolled')}</p>
      )}
      {participant.permissions.write ? <PlacementPanel participantId={participant.id} isOpen={open} /> : null}
      <ConsentsPanel participantId={participant.id} canWithdraw={participant.permissions.write} />
      {participant.permissions.write ? (
        <ProtectedIdentityPanel
          participantId={participant.id}
          protectedIdentity={participant.protectedIdentity}
        />
      ) : null}
    </div>
  );
}

function NeedsPanel({ participantId, canAdd }: { participantId: string; canAdd: boolean }) {
  const { t } = useMatchingT();
  const { t: tShared } = useTranslation();
  const needs = useOpenNeeds();
  const ranked = useNeedsForParticipant(participantId, needs.data);
  const byId = new Map((needs.data ?? []).map((n) => [n.id, n]));
  const error = needs.error ?? ranked.error;
  return (
    <section className="panel" aria-labelledby="matching-needs-for">
      <h2 id="matching-needs-for" className="panel__title">
        {t('needsFor.heading')}
      </h2>
      <p className="muted">{t('needsFor.intro')}</p>
      {error ? <Alert tone="error">{errorMessage(error, tShared)}</Alert> : null}
      {needs.data && needs.data.length === 0 ? (
        <p className="empty-state">{t('needsFor.noOpenNeeds')}</p>
      ) : null}
      {(needs.isPending || (needs.data && needs.data.length > 0 && ranked.isPending)) && !error ? (
        <p className="muted">{t('common.loading')}</p>
      ) : null}
      {ranked.data ? (
        <ol className="candidate-list">
          {ranked.data.needs.map((match) => {
            const need = byId.get(match.needId);
            return need ? (
              <NeedItem
                key={match.needId}
                match={match}
                need={need}
                participantId={participantId}
                canAdd={canAdd}
              />
            ) : null;
          })}
        </ol>
      ) : null}
    </section>
  );
}

function NeedItem({
  match,
  need,
  participantId,
  canAdd,
}: {
  match: NeedMatch;
  need: NeedView;
  participantId: string;
  canAdd: boolean;
}) {
  const { t, language } = useMatchingT();
  const headingId = useId();
  const [adding, setAdding] = useState(false);
  const [added, setAdded] = useState(false);
  return (
    <li className="candidate" aria-labelledby={headingId}>
      <div className="candidate__head">
        <h3 id={headingId} className="candidate__name">
          <Link to={`/rekryteringsbehov/${need.id}#matchning`}>{need.title}</Link>
        </h3>
        <MatchSummary match={match} />
      </div>
      <p className="muted">
        {t('needsFor.facts', {
          employer: need.employer?.name ?? t('common.none'),
          count: need.positions,
          start: formatDate(need.startDate, language) || t('common.none'),
        })}
      </p>
      <details className="candidate__details">
        <summary>{t('explain.showDetails', { name: need.title })}</summary>
        <MatchExplanation match={match} name={need.title} />
      </details>
      {added ? (
        <p className="candidate__on-list">
          <span className="badge badge--success">{t('candidates.onList')}</span>
        </p>
      ) : canAdd && match.blockers.length === 0 && !adding ? (
        <div className="form__actions">
          <Button
            variant="secondary"
            onPress={() => setAdding(true)}
            aria-label={t('needsFor.addLabel', { need: need.title })}
          >
            {t('candidates.add')}
          </Button>
        </div>
      ) : null}
      {adding && !added ? (
        <AddForm
          needId={need.id}
          participantId={participantId}
          name={need.title}
          onDone={() => {
            setAdding(false);
            setAdded(true);
          }}
          onCancel={() => setAdding(false)}
        />
      ) : null}
    </li>
  );
}

function AlternativesPanel({ participantId }: { participantId: string }) {
  const { t, language } = useMatchingT();
  const { t: tShared } = useTranslation();
  const alternatives = useAlternatives(participantId);
  const items = alternatives.data?.alternatives ?? [];
  const percent = (share: number) => formatPoints(share * 100, language);
  return (
    <section className="panel" aria-labelledby="matching-alternatives">
      <h2 id="matching-alternatives" className="panel__title">
        {t('alternatives.heading')}
      </h2>
      <p className="muted">{t('alternatives.intro')}</p>
      {alternatives.isError ? <Alert tone="error">{errorMessage(alternatives.error, tShared)}</Alert> : null}
      {alternatives.isPending ? <p className="muted">{t('common.loading')}</p> : null}
      {alternatives.data && items.length === 0 ? (
        <p className="empty-state">{t('alternatives.empty')}</p>
      ) : null}
      {items.length > 0 ? (
        <div className="table-scroll">
          <table className="data-table data-table--cards">
            <caption className="visually-hidden">{t('alternatives.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('alternatives.occupation')}</th>
                <th scope="col">{t('alternatives.relation')}</th>
                <th scope="col">{t('alternatives.coverage')}</th>
                <th scope="col">{t('alternatives.missing')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((a) => (
                <tr key={a.occupationId}>
                  <th scope="row" data-label={t('alternatives.occupation')}>
                    {a.label}
                  </th>
                  <td data-label={t('alternatives.relation')}>
                    {a.substitutability > 0
                      ? t('alternatives.substitutable', {
                          percent: formatPoints(a.substitutability, language),
                        })
                      : a.sameGroup
                        ? t('alternatives.sameGroup')
                        : t('alternatives.skillsOnly')}
                  </td>
                  <td className="tabular" data-label={t('alternatives.coverage')}>
                    {t('alternatives.percent', { percent: percent(a.skillCoverage) })}
                  </td>
                  <td data-label={t('alternatives.missing')}>
                    {a.missingSkills.length === 0 ? (
                      t('alternatives.nothingMissing')
                    ) : (
                      <ul className="alternative-missing">
                        {a.missingSkills.map((m) => (
                          <li key={m.skillId}>
                            {m.label}
                            {m.closedBy
                              ? ` – ${t('alternatives.closedBy', { count: m.closedBy.weeks })}`
                              : ` – ${t('explain.noTraining')}`}
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}

function ConsentsPanel({ participantId, canWithdraw }: { participantId: string; canWithdraw: boolean }) {
  const { t, language } = useMatchingT();
  const { t: tShared } = useTranslation();
  const announce = useAnnounce();
  const consents = useConsents(participantId);
  const withdraw = useWithdrawConsent();
  const items = consents.data?.items ?? [];
  return (
    <section className="panel" aria-labelledby="matching-consents">
      <h2 id="matching-consents" className="panel__title">
        {t('consents.heading')}
      </h2>
      <p className="muted">{t('consents.intro')}</p>
      {consents.isError ? <Alert tone="error">{errorMessage(consents.error, tShared)}</Alert> : null}
      {withdraw.isError ? <Alert tone="error">{errorMessage(withdraw.error, tShared)}</Alert> : null}
      {consents.data && items.length === 0 ? <p className="empty-state">{t('consents.empty')}</p> : null}
      {items.length > 0 ? (
        <div className="table-scroll">
          <table className="data-table data-table--cards">
            <caption className="visually-hidden">{t('consents.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('consents.employer')}</th>
                <th scope="col">{t('consents.fields')}</th>
                <th scope="col">{t('consents.given')}</th>
                <th scope="col">{t('consents.state')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('consents.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {items.map((c) => (
                <tr key={c.id}>
                  <th scope="row" data-label={t('consents.employer')}>
                    <Link to={`/rekryteringsbehov/${c.needId}#matchning`}>{c.employer.name}</Link>
                  </th>
                  <td data-label={t('consents.fields')}>{consentFieldsText(t, c.fields)}</td>
                  <td data-label={t('consents.given')}>
                    {t('consents.givenValue', {
                      date: formatDate(c.givenOn, language),
                      how: t(`labels.consentHow.${c.givenHow}`),
                    })}
                  </td>
                  <td data-label={t('consents.state')}>
                    {c.withdrawnAt ? (
                      <span className="badge badge--neutral">
                        {t('consents.withdrawn', { date: formatDateTime(c.withdrawnAt, language) })}
                      </span>
                    ) : (
                      <span className="badge badge--success">{t('consents.inForce')}</span>
                    )}
                  </td>
                  <td>
                    {canWithdraw && !c.withdrawnAt ? (
                      <Button
                        variant="quiet"
                        isPending={withdraw.isPending && withdraw.variables === c.id}
                        aria-label={t('consents.withdrawLabel', { employer: c.employer.name })}
                        onPress={() =>
                          withdraw.mutate(c.id, {
                            onSuccess: () => announce(t('consents.withdrawnAnnounce')),
                          })
                        }
                      >
                        {t('consents.withdraw')}
                      </Button>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
