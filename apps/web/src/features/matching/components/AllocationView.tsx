import { type FormEvent, type RefObject, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../api/api-error.ts';
import { errorMessage } from '../../../api/messages.ts';
import type { SessionUser } from '../../../api/types.ts';
import { Alert } from '../../../components/Alert.tsx';
import { useAnnounce } from '../../../components/Announcer.tsx';
import { Button } from '../../../components/Button.tsx';
import { Link } from '../../../router/router.tsx';
import { FormWithFeedback } from '../../participant/components/FormWithFeedback.tsx';
import { SelectField } from '../../participant/components/fields.tsx';
import { useFormErrors } from '../../participant/components/form-errors.tsx';
import { formatDateTime } from '../../participant/format.ts';
import { useAllocation } from '../api/matching.ts';
import { useAddToShortlist } from '../api/shortlist.ts';
import type { Allocation, AllocationProposal } from '../api/types.ts';
import { allocationGain, formatPoints } from '../explain.ts';
import { useMatchingT } from '../i18n/index.ts';

const PER_PARTICIPANT = ['1', '2', '3', '4', '5'] as const;
const PER_POSITION = ['1', '2', '3'] as const;

/**
 * Allocation across all open needs: the exact allocation's proposals for a unit or all the
 * actor's units, the total beside the greedy floor, proposals per need and per person, and one
 * click to put a proposal on the need's shortlist (for those who see who the people are).
 */
export function AllocationView({ user }: { user: SessionUser }) {
  const { t, language } = useMatchingT();
  const announce = useAnnounce();
  const allocation = useAllocation();
  const form = useFormErrors();
  const [unitId, setUnitId] = useState('');
  const [perParticipant, setPerParticipant] = useState<string>('2');
  const [perPosition, setPerPosition] = useState<string>('1');
  const [result, setResult] = useState<{ data: Allocation; unitName: string } | null>(null);
  const resultRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (result) resultRef.current?.focus();
  }, [result]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    form.clear();
    const unitName = user.units.find((u) => u.id === unitId)?.name ?? t('allocation.allUnits');
    allocation.mutate(
      {
        ...(unitId ? { unitId } : {}),
        perParticipant: Number(perParticipant),
        perPosition: Number(perPosition),
      },
      {
        onSuccess: (data) => {
          setResult({ data, unitName });
          announce(t('allocation.computed'));
        },
        onError: form.handleError,
      },
    );
  }

  return (
    <section className="panel" aria-labelledby="allocation-heading">
      <h2 id="allocation-heading" className="panel__title">
        {t('allocation.heading')}
      </h2>
      <p>{t('allocation.intro')}</p>
      {user.role === 'liaison' ? <Alert tone="info">{t('allocation.pseudonymised')}</Alert> : null}
      <FormWithFeedback form={form} onSubmit={onSubmit} className="form form--compact allocation-form">
        <div className="toolbar">
          <SelectField
            name="unitId"
            label={t('allocation.unit')}
            options={[
              { value: '', label: t('allocation.allUnits') },
              ...user.units.map((u) => ({ value: u.id, label: u.name })),
            ]}
            value={unitId}
            onChange={(event) => setUnitId(event.currentTarget.value)}
          />
          <SelectField
            name="perParticipant"
            label={t('allocation.perParticipant')}
            options={PER_PARTICIPANT.map((value) => ({ value, label: value }))}
            value={perParticipant}
            onChange={(event) => setPerParticipant(event.currentTarget.value)}
          />
          <SelectField
            name="perPosition"
            label={t('allocation.perPosition')}
            options={PER_POSITION.map((value) => ({ value, label: value }))}
            value={perPosition}
            onChange={(event) => setPerPosition(event.currentTarget.value)}
          />
        </div>
        <div className="form__actions">
          <Button type="submit" isPending={allocation.isPending}>
            {allocation.isPending
              ? t('allocation.computing')
              : result
                ? t('allocation.recompute')
                : t('allocation.compute')}
          </Button>
        </div>
      </FormWithFeedback>
      {result ? (
        <AllocationResult
          data={result.data}
          unitName={result.unitName}
          headingRef={resultRef}
          canAdd={user.role !== 'liaison'}
          language={language}
        />
      ) : null}
    </section>
  );
}

function AllocationResult({
  data,
  unitName,
  headingRef,
  canAdd,
  language,
}: {
  data: Allocation;
  unitName: string;
  headingRef: RefObject<HTMLHeadingElement | null>;
  canAdd: boolean;
  language: string;
}) {
  const { t } = useMatchingT();
  const gain = allocationGain(data.totalScore, data.greedyTotalScore);
  const fmt = (n: number) => formatPoints(n, language);
  const count = (n: number) => new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'sv-SE').format(n);
  const best = Math.max(data.totalScore, data.greedyTotalScore, 1);
  const proposals = data.byNeed.reduce((sum, n) => sum + n.proposals.length, 0);
  return (
    <div className="allocation-result">
      <h3 ref={headingRef} tabIndex={-1}>
        {t('allocation.resultHeading', { unit: unitName })}
      </h3>
      <dl className="summary allocation-summary">
        <div>
          <dt>{t('allocation.total')}</dt>
          <dd className="tabular">{fmt(data.totalScore)}</dd>
        </div>
        <div>
          <dt>{t('allocation.greedy')}</dt>
          <dd className="tabular">{fmt(data.greedyTotalScore)}</dd>
        </div>
        <div>
          <dt>{t('allocation.gain')}</dt>
          <dd className="tabular">
            {t('allocation.gainValue', { points: fmt(gain.points), percent: fmt(gain.percent) })}
          </dd>
        </div>
        <div>
          <dt>{t('allocation.computedAt')}</dt>
          <dd className="tabular">{formatDateTime(data.computedAt, language)}</dd>
        </div>
        <div>
          <dt>{t('allocation.basis')}</dt>
          <dd>
            {t('allocation.basisValue', {
              needs: count(data.needs),
              participants: count(data.participants),
              pairs: count(data.pairs),
              proposals: count(proposals),
            })}
          </dd>
        </div>
      </dl>
      <div className="compare-bars" aria-hidden="true">
        <div className="compare-bars__row">
          <span className="compare-bars__label">{t('allocation.total')}</span>
          <span className="compare-bars__track">
            <span className="compare-bars__fill" style={{ width: `${(data.totalScore / best) * 100}%` }} />
          </span>
        </div>
        <div className="compare-bars__row">
          <span className="compare-bars__label">{t('allocation.greedy')}</span>
          <span className="compare-bars__track">
            <span
              className="compare-bars__fill compare-bars__fill--greedy"
              style={{ width: `${(data.greedyTotalScore / best) * 100}%` }}
            />
          </span>
        </div>
      </div>
      {!canAdd ? <p className="muted">{t('allocation.addForCoaches')}</p> : null}
      <div className="table-scroll">
        <table className="data-table data-table--cards">
          <caption className="table-caption">{t('allocation.byNeedCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('allocation.need')}</th>
              <th scope="col">{t('allocation.positions')}</th>
              <th scope="col">{t('allocation.proposals')}</th>
            </tr>
          </thead>
          <tbody>
            {data.byNeed.map((need) => (
              <tr key={need.needId}>
                <th scope="row" data-label={t('allocation.need')}>
                  <Link to={`/rekryteringsbehov/${need.needId}`}>{need.title}</Link>
                </th>
                <td className="tabular" data-label={t('allocation.positions')}>
                  {need.positions}
                </td>
                <td data-label={t('allocation.proposals')}>
                  {need.proposals.length === 0 ? (
                    <span className="muted">{t('allocation.noProposals')}</span>
                  ) : (
                    <ul className="proposal-list">
                      {need.proposals.map((p) => (
                        <ProposalItem
                          key={`${p.needId}-${p.displayName}`}
                          proposal={p}
                          needTitle={need.title}
                          canAdd={canAdd}
                        />
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="table-scroll">
        <table className="data-table data-table--cards">
          <caption className="table-caption">{t('allocation.byPersonCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('allocation.person')}</th>
              <th scope="col">{t('allocation.proposals')}</th>
            </tr>
          </thead>
          <tbody>
            {data.byParticipant.map((person) => (
              <tr key={person.participantId ?? person.displayName}>
                <th scope="row" data-label={t('allocation.person')}>
                  {person.participantId ? (
                    <Link to={`/deltagare/${person.participantId}?flik=matchning`}>{person.displayName}</Link>
                  ) : (
                    person.displayName
                  )}
                </th>
                <td data-label={t('allocation.proposals')}>
                  <ul className="plain-list">
                    {person.proposals.map((p) => (
                      <li key={p.needId}>
                        <Link to={`/rekryteringsbehov/${p.needId}`}>{p.needTitle}</Link>{' '}
                        <span className="muted tabular">
                          {t('allocation.points', { points: fmt(p.score) })}
                        </span>
                      </li>
                    ))}
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

function ProposalItem({
  proposal,
  needTitle,
  canAdd,
}: {
  proposal: AllocationProposal;
  needTitle: string;
  canAdd: boolean;
}) {
  const { t, language } = useMatchingT();
  const { t: tShared } = useTranslation();
  const announce = useAnnounce();
  const add = useAddToShortlist();
  const [state, setState] = useState<'idle' | 'added' | 'already'>('idle');
  const participantId = proposal.participantId;
  const name = proposal.displayName;
  const failure = add.isError && !(isApiError(add.error) && add.error.status === 409) ? add.error : null;
  return (
    <li className="proposal">
      <span>
        {participantId ? <Link to={`/deltagare/${participantId}?flik=matchning`}>{name}</Link> : name}{' '}
        <span className="muted tabular">
          {t('allocation.points', { points: formatPoints(proposal.score, language) })}
        </span>
      </span>
      {state !== 'idle' ? (
        <span className="badge badge--success">
          {state === 'added' ? t('allocation.added') : t('allocation.alreadyOnList')}
        </span>
      ) : canAdd && participantId ? (
        <Button
          variant="quiet"
          isPending={add.isPending}
          aria-label={t('allocation.addLabel', { name, need: needTitle })}
          onPress={() =>
            add.mutate(
              { needId: proposal.needId, participantId },
              {
                onSuccess: () => {
                  setState('added');
                  announce(t('allocation.addedAnnounce', { name, need: needTitle }));
                },
                onError: (error) => {
                  if (isApiError(error) && error.status === 409) setState('already');
                },
              },
            )
          }
        >
          {t('allocation.add')}
        </Button>
      ) : null}
      {failure ? <span className="field__error">{errorMessage(failure, tShared)}</span> : null}
    </li>
  );
}
