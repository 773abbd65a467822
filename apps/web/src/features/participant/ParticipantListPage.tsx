import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../api/auth.ts';
import { errorMessage } from '../../api/messages.ts';
import {
  CASELOAD_FILTERS,
  CASELOAD_SCOPES,
  type CaseloadFilter,
  type CaseloadScope,
  type ParticipantListItem,
} from '../../api/types.ts';
import { Alert } from '../../components/Alert.tsx';
import { Button } from '../../components/Button.tsx';
import { Page } from '../../components/Page.tsx';
import { TextField } from '../../components/TextField.tsx';
import { Link } from '../../router/router.tsx';
import { useCaseload, useCaseloadUnits, useParticipantSearch } from './api/caseload.ts';
import { formatDate, fullName } from './format.ts';
import { useParticipantT } from './i18n/index.ts';
import './participant.css';

export default function ParticipantListPage() {
  const { t, language } = useParticipantT();
  const { t: tShared } = useTranslation();
  const user = useCurrentUser();
  const isCoach = user.role === 'coach';
  const [scope, setScope] = useState<CaseloadScope>(isCoach ? 'mine' : 'unit');
  const [filter, setFilter] = useState<CaseloadFilter>('all');
  const [unitId, setUnitId] = useState('');
  const [searchText, setSearchText] = useState('');
  const [activeSearch, setActiveSearch] = useState('');
  const filtersId = useId();

  const units = useCaseloadUnits();
  const caseload = useCaseload(scope, filter, unitId || undefined);
  const search = useParticipantSearch(activeSearch);
  const searching = activeSearch.trim().length >= 2;

  function onSearch(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setActiveSearch(searchText);
  }

  const counts = caseload.data?.counts;
  const rows = searching ? search.data?.items : caseload.data?.items;
  const query = searching ? search : caseload;

  return (
    <Page
      title={t('list.title')}
      lead={
        <div className="page-actions">
          <p>{t('list.lead')}</p>
          {isCoach ? (
            <Link to="/deltagare/ny" className="button button--primary">
              {t('list.newParticipant')}
            </Link>
          ) : null}
        </div>
      }
    >
      <div className="toolbar">
        {isCoach ? (
          <fieldset className="segmented">
            <legend className="segmented__legend">{t('list.scopeLabel')}</legend>
            {CASELOAD_SCOPES.map((value) => (
              <label key={value} className="segmented__option">
                <input
                  type="radio"
                  name="scope"
                  value={value}
                  checked={scope === value}
                  onChange={() => setScope(value)}
                />
                <span>{t(`list.scope.${value}`)}</span>
              </label>
            ))}
          </fieldset>
        ) : null}
        {(units.data?.units.length ?? 0) > 1 ? (
          <div className="field field--inline">
            <label className="field__label" htmlFor={`${filtersId}-unit`}>
              {t('list.unitLabel')}
            </label>
            <select
              id={`${filtersId}-unit`}
              className="field__input field__select"
              value={unitId}
              onChange={(event) => setUnitId(event.currentTarget.value)}
            >
              <option value="">{t('list.allUnits')}</option>
              {units.data?.units.map((unit) => (
                <option key={unit.id} value={unit.id}>
                  {unit.name}
                </option>
              ))}
            </select>
          </div>
        ) : null}
      </div>

      <section aria-labelledby={`${filtersId}-heading`} className="filters">
        <h2 id={`${filtersId}-heading`} className="filters__heading">
          {t('list.filtersHeading')}
        </h2>
        <ul className="filter-list">
          {CASELOAD_FILTERS.map((value) => {
            const count = counts?.[value];
            return (
              <li key={value}>
                <button
                  type="button"
                  className="filter"
                  aria-pressed={!searching && filter === value}
                  onClick={() => {
                    setFilter(value);
                    setActiveSearch('');
                    setSearchText('');
                  }}
                >
                  <span className="filter__label">{t(`list.filter.${value}`)}</span>
                  <span className="filter__count" aria-hidden={count === undefined}>
                    {count ?? '…'}
                  </span>
                </button>
              </li>
            );
          })}
        </ul>
      </section>

      <search className="search-bar">
        <form onSubmit={onSearch} className="search-bar__form">
          <TextField
            name="query"
            type="search"
            label={t('list.searchLabel')}
            description={t('list.searchDescription')}
            value={searchText}
            onChange={setSearchText}
            autoComplete="off"
          />
          <div className="search-bar__actions">
            <Button type="submit">{t('list.search')}</Button>
            {searching ? (
              <Button
                variant="quiet"
                onPress={() => {
                  setActiveSearch('');
                  setSearchText('');
                }}
              >
                {t('list.clearSearch')}
              </Button>
            ) : null}
          </div>
        </form>
      </search>

      {query.isError ? <Alert tone="error">{errorMessage(query.error, tShared)}</Alert> : null}

      <div aria-live="polite" aria-busy={query.isFetching} className="list-results">
        {rows ? (
          <ParticipantTable
            rows={rows}
            caption={
              searching
                ? t('list.searchCaption', { count: rows.length })
                : t('list.tableCaption', {
                    filter: t(`list.filter.${filter}`),
                    count: caseload.data?.total ?? rows.length,
                  })
            }
            empty={searching ? t('list.emptySearch') : t('list.empty')}
            language={language}
          />
        ) : null}
        {rows && !searching && caseload.data && caseload.data.total > rows.length ? (
          <p className="muted">
            {t('list.showingFirst', { shown: rows.length, total: caseload.data.total })}
          </p>
        ) : null}
        {!rows && query.isPending && (!searching || search.fetchStatus !== 'idle') ? (
          <p className="muted">{t('common.loading')}</p>
        ) : null}
      </div>
    </Page>
  );
}

function ParticipantTable({
  rows,
  caption,
  empty,
  language,
}: {
  rows: ParticipantListItem[];
  caption: string;
  empty: string;
  language: string;
}) {
  const { t } = useParticipantT();
  if (rows.length === 0) {
    return (
      <>
        <p className="table-caption">{caption}</p>
        <p className="empty-state">{empty}</p>
      </>
    );
  }
  return (
    <table className="data-table data-table--cards">
      <caption className="table-caption">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('list.columns.name')}</th>
          <th scope="col">{t('list.columns.personnummer')}</th>
          <th scope="col">{t('list.columns.age')}</th>
          <th scope="col">{t('list.columns.unit')}</th>
          <th scope="col">{t('list.columns.coach')}</th>
          <th scope="col">{t('list.columns.nextFollowUp')}</th>
          <th scope="col">{t('list.columns.status')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.enrolmentId}>
            <th scope="row" data-label={t('list.columns.name')}>
              <Link to={`/deltagare/${row.participantId}`} className="row-link">
                {fullName(row)}
              </Link>
            </th>
            <td data-label={t('list.columns.personnummer')} className="nowrap tabular">
              {row.personnummerMasked}
            </td>
            <td data-label={t('list.columns.age')} className="tabular">
              {row.age}
            </td>
            <td data-label={t('list.columns.unit')}>{row.unitName}</td>
            <td data-label={t('list.columns.coach')}>{row.coach?.displayName ?? t('common.unassigned')}</td>
            <td data-label={t('list.columns.nextFollowUp')} className="nowrap tabular">
              {formatDate(row.nextFollowUpDate, language) || t('common.none')}
            </td>
            <td data-label={t('list.columns.status')}>
              <StatusBadges row={row} language={language} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function StatusBadges({ row, language }: { row: ParticipantListItem; language: string }) {
  const { t } = useParticipantT();
  const badges: Array<{ key: string; tone: 'warning' | 'info' | 'neutral'; text: string }> = [];
  if (row.status === 'exited')
    badges.push({
      key: 'exited',
      tone: 'neutral',
      text: t('list.badge.exited', { date: formatDate(row.exitDate, language) }),
    });
  if (!row.coach) badges.push({ key: 'unassigned', tone: 'warning', text: t('list.badge.unassigned') });
  if (row.overdueFollowUps > 0)
    badges.push({
      key: 'overdue',
      tone: 'warning',
      text: t('list.badge.overdue', { count: row.overdueFollowUps }),
    });
  if (row.needsExitVerification)
    badges.push({ key: 'verify', tone: 'warning', text: t('list.badge.verifyExit') });
  if (row.hasMeetingToday) badges.push({ key: 'meeting', tone: 'info', text: t('list.badge.meetingToday') });
  if (row.status === 'active' && row.activeInterventions === 0)
    badges.push({ key: 'noIntervention', tone: 'neutral', text: t('list.badge.noIntervention') });
  if (badges.length === 0) return <span className="muted">{t('common.none')}</span>;
  return (
    <ul className="badge-list">
      {badges.map((badge) => (
        <li key={badge.key} className={`badge badge--${badge.tone}`}>
          {badge.text}
        </li>
      ))}
    </ul>
  );
}
