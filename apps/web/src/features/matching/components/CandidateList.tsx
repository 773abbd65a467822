import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../api/api-error.ts';
import { useSession } from '../../../api/auth.ts';
import { errorMessage } from '../../../api/messages.ts';
import { maxLengths } from '../../../api/types.ts';
import { Alert } from '../../../components/Alert.tsx';
import { useAnnounce } from '../../../components/Announcer.tsx';
import { Button } from '../../../components/Button.tsx';
import { checkLength } from '../../../components/input-checks.ts';
import { Link } from '../../../router/router.tsx';
import { FormWithFeedback } from '../../participant/components/FormWithFeedback.tsx';
import { CheckboxField, SelectField, TextAreaField } from '../../participant/components/fields.tsx';
import { useFormErrors } from '../../participant/components/form-errors.tsx';
import { textOrNull } from '../../participant/format.ts';
import { useCandidates } from '../api/matching.ts';
import { useAddToShortlist } from '../api/shortlist.ts';
import type { CandidateMatch } from '../api/types.ts';
import { candidateFilters } from '../explain.ts';
import { useMatchingT } from '../i18n/index.ts';
import { MatchExplanation, MatchSummary } from './MatchExplanation.tsx';

const TOPS = ['10', '20', '50', '100'] as const;
const READY = ['', '0', '4', '8', '12'] as const;
const COMMUTE = ['', '10', '25', '50'] as const;

/**
 * Ranked candidates for one stored need with their explanation. Coaches and managers see their
 * units' people named; liaisons see pseudonyms. The API ranks by need only: the filters (only my
 * people, one unit, ready within N weeks) work on the list it returned.
 */
export function CandidateList({
  needId,
  onShortlist,
  canAdd,
}: {
  needId: string;
  /** Participant ids already on the need's shortlist (when the actor may know them). */
  onShortlist: ReadonlySet<string>;
  canAdd: boolean;
}) {
  const { t, language } = useMatchingT();
  const { t: tShared } = useTranslation();
  const user = useSession().data;
  const [top, setTop] = useState<(typeof TOPS)[number]>('10');
  const [onlyMine, setOnlyMine] = useState(false);
  const [unitId, setUnitId] = useState('');
  const [ready, setReady] = useState<(typeof READY)[number]>('');
  const [commuteKm, setCommuteKm] = useState<(typeof COMMUTE)[number]>('');
  const candidates = useCandidates(
    needId,
    Number(top),
    candidateFilters({ unitId, onlyMine, ready, commuteKm }),
  );
  const role = user?.role;
  const named = role === 'coach' || role === 'manager';
  const units = user?.units ?? [];
  const filtersId = useId();
  const shown = candidates.data?.candidates ?? [];

  return (
    <section className="panel" aria-labelledby="need-candidates">
      <h2 id="need-candidates" className="panel__title">
        {t('candidates.heading')}
      </h2>
      <p className="muted">{t('candidates.intro')}</p>
      {!named ? <Alert tone="info">{t('candidates.pseudonymised')}</Alert> : null}
      <fieldset className="toolbar candidate-filters" aria-describedby={filtersId}>
        <legend className="visually-hidden">{t('candidates.filtersLabel')}</legend>
        <SelectField
          name="top"
          label={t('candidates.top')}
          options={TOPS.map((value) => ({ value, label: value }))}
          value={top}
          onChange={(event) => setTop(event.currentTarget.value as (typeof TOPS)[number])}
        />
        {units.length > 1 ? (
          <SelectField
            name="unit"
            label={t('candidates.unit')}
            options={[
              { value: '', label: t('candidates.allUnits') },
              ...units.map((u) => ({ value: u.id, label: u.name })),
            ]}
            value={unitId}
            disabled={onlyMine}
            onChange={(event) => setUnitId(event.currentTarget.value)}
          />
        ) : null}
        <SelectField
          name="ready"
          label={t('candidates.ready')}
          options={READY.map((value) => ({
            value,
            label:
              value === ''
                ? t('candidates.readyAny')
                : value === '0'
                  ? t('candidates.readyNowOption')
                  : t('candidates.readyWithin', { count: Number(value) }),
          }))}
          value={ready}
          onChange={(event) => setReady(event.currentTarget.value as (typeof READY)[number])}
        />
        <SelectField
          name="commute"
          label={t('candidates.commute')}
          options={COMMUTE.map((value) => ({
            value,
            label: value === '' ? t('candidates.commuteAny') : t('candidates.commuteWithin', { km: value }),
          }))}
          value={commuteKm}
          onChange={(event) => setCommuteKm(event.currentTarget.value as (typeof COMMUTE)[number])}
        />
        {role === 'coach' ? (
          <CheckboxField
            name="onlyMine"
            label={t('candidates.onlyMine')}
            checked={onlyMine}
            onChange={setOnlyMine}
          />
        ) : null}
      </fieldset>
      <p id={filtersId} className="muted" aria-live="polite">
        {candidates.data
          ? t('candidates.count', {
              shown: shown.length,
              indexed: new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'sv-SE').format(
                candidates.data.indexed,
              ),
            })
          : t('common.loading')}
      </p>
      {candidates.isError ? (
        <Alert tone="error">
          {isApiError(candidates.error) && candidates.error.status === 404
            ? t('candidates.notMatchable')
            : errorMessage(candidates.error, tShared)}
        </Alert>
      ) : null}
      {candidates.data && shown.length === 0 ? <p className="empty-state">{t('candidates.empty')}</p> : null}
      {shown.length > 0 ? (
        <ol className="candidate-list">
          {shown.map((candidate) => (
            <CandidateItem
              key={candidate.participantId}
              rank={shown.indexOf(candidate) + 1}
              candidate={candidate}
              needId={needId}
              onList={onShortlist.has(candidate.participantId)}
              canAdd={canAdd}
            />
          ))}
        </ol>
      ) : null}
    </section>
  );
}

function CandidateItem({
  rank,
  candidate,
  needId,
  onList,
  canAdd,
}: {
  rank: number;
  candidate: CandidateMatch;
  needId: string;
  onList: boolean;
  canAdd: boolean;
}) {
  const { t } = useMatchingT();
  const [adding, setAdding] = useState(false);
  const [added, setAdded] = useState(false);
  const headingId = useId();
  const name = candidate.displayName;
  return (
    <li className="candidate" aria-labelledby={headingId}>
      <div className="candidate__head">
        <h3 id={headingId} className="candidate__name">
          <span className="candidate__rank tabular">{t('candidates.rank', { rank })}</span>{' '}
          {candidate.pseudonymised ? (
            name
          ) : (
            <Link to={`/deltagare/${candidate.participantId}?flik=matchning`}>{name}</Link>
          )}
        </h3>
        <MatchSummary match={candidate} />
      </div>
      <details className="candidate__details">
        <summary>{t('explain.showDetails', { name })}</summary>
        <MatchExplanation match={candidate} name={name} />
      </details>
      {onList || added ? (
        <p className="candidate__on-list">
          <span className="badge badge--success">{t('candidates.onList')}</span>
        </p>
      ) : canAdd && !adding ? (
        <div className="form__actions">
          <Button
            variant="secondary"
            onPress={() => setAdding(true)}
            aria-label={t('candidates.addLabel', { name })}
          >
            {t('candidates.add')}
          </Button>
        </div>
      ) : null}
      {adding && !added ? (
        <AddForm
          needId={needId}
          participantId={candidate.participantId}
          name={name}
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

/** Puts a person on the need's shortlist, with a note if there is something to say. */
export function AddForm({
  needId,
  participantId,
  name,
  onDone,
  onCancel,
}: {
  needId: string;
  participantId: string;
  name: string;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t, language } = useMatchingT();
  const { t: tShared } = useTranslation();
  const announce = useAnnounce();
  const add = useAddToShortlist();
  const form = useFormErrors();
  const headingId = useId();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const note = textOrNull(new FormData(event.currentTarget).get('note'));
    const errors: Record<string, string> = {};
    checkLength(errors, 'note', note, maxLengths.ShortlistAddBody.note, tShared, language);
    if (form.show(errors)) return;
    add.mutate(
      { needId, participantId, note },
      {
        onSuccess: () => {
          announce(t('candidates.added', { name }));
          onDone();
        },
        onError: (error) => {
          if (isApiError(error) && error.status === 409) {
            announce(t('candidates.alreadyOnList', { name }));
            onDone();
            return;
          }
          form.handleError(error);
        },
      },
    );
  }

  return (
    <section className="subpanel" aria-labelledby={headingId}>
      <h4 id={headingId}>{t('candidates.addHeading', { name })}</h4>
      <FormWithFeedback form={form} onSubmit={onSubmit} className="form form--compact">
        <TextAreaField
          name="note"
          label={t('candidates.note')}
          rows={2}
          maxLength={maxLengths.ShortlistAddBody.note}
        />
        <div className="form__actions">
          <Button type="submit" isPending={add.isPending}>
            {t('candidates.confirmAdd')}
          </Button>
          <Button variant="quiet" onPress={onCancel}>
            {t('common.cancel')}
          </Button>
        </div>
      </FormWithFeedback>
    </section>
  );
}
