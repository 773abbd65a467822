import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../api/auth.ts';
import { errorMessage } from '../../api/messages.ts';
import { NEED_STATUSES, type NeedQuery, type NeedStatus, type NeedView } from '../../api/types.ts';
import { Alert } from '../../components/Alert.tsx';
import { Button } from '../../components/Button.tsx';
import { Page } from '../../components/Page.tsx';
import { TextField } from '../../components/TextField.tsx';
import { Link } from '../../router/router.tsx';
import { formatDate } from '../participant/format.ts';
import { useNeedList } from './api/needs.ts';
import { NeedStatusBadge } from './components/NeedStatusBadge.tsx';
import { useNeedT } from './i18n/index.ts';
import '../participant/participant.css';
import '../employer/employer.css';
import './recruitment-need.css';

/** Recruitment needs by status (chips with counts), the liaison's own, and a text search. */
export default function NeedListPage() {
  const { t, language } = useNeedT();
  const { t: tShared } = useTranslation();
  const user = useCurrentUser();
  const managesNeeds = user.role === 'liaison' || user.role === 'manager';
  const id = useId();
  const [status, setStatus] = useState<NeedStatus | 'all'>('all');
  const [mine, setMine] = useState(false);
  const [searchText, setSearchText] = useState('');
  const [q, setQ] = useState('');
  const query: NeedQuery = {
    ...(status === 'all' ? {} : { status }),
    ...(mine ? { liaisonId: user.id } : {}),
    ...(q ? { q } : {}),
  };
  const list = useNeedList(query);
  const counts = list.data?.counts;
  const all = counts ? NEED_STATUSES.reduce((sum, s) => sum + counts[s], 0) : undefined;

  function onSearch(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setQ(searchText.trim());
  }

  const rows = list.data?.items;
  return (
    <Page
      title={t('list.title')}
      lead={
        <div className="page-actions">
          <p>{t('list.lead')}</p>
          {managesNeeds ? (
            <Link to="/rekryteringsbehov/nytt" className="button button--primary">
              {t('list.add')}
            </Link>
          ) : null}
        </div>
      }
    >
      {managesNeeds ? (
        <div className="toolbar">
          <fieldset className="segmented">
            <legend className="segmented__legend">{t('list.scopeLabel')}</legend>
            {(['all', 'mine'] as const).map((value) => (
              <label key={value} className="segmented__option">
                <input
                  type="radio"
                  name="scope"
                  value={value}
                  checked={mine === (value === 'mine')}
                  onChange={() => setMine(value === 'mine')}
                />
                <span>{t(`list.scope.${value}`)}</span>
              </label>
            ))}
          </fieldset>
        </div>
      ) : null}

      <section aria-labelledby={`${id}-status`} className="filters">
        <h2 id={`${id}-status`} className="filters__heading">
          {t('list.statusHeading')}
        </h2>
        <ul className="filter-list">
          {(['all', ...NEED_STATUSES] as const).map((value) => {
            const count = value === 'all' ? all : counts?.[value];
            return (
              <li key={value}>
                <button
                  type="button"
                  className="filter"
                  aria-pressed={status === value}
                  onClick={() => setStatus(value)}
                >
                  <span className="filter__label">
                    {value === 'all' ? t('list.allStatuses') : t(`labels.status.${value}`)}
                  </span>
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
            name="q"
            type="search"
            label={t('list.searchLabel')}
            description={t('list.searchDescription')}
            value={searchText}
            onChange={setSearchText}
            autoComplete="off"
          />
          <div className="search-bar__actions">
            <Button type="submit">{t('list.search')}</Button>
            {q ? (
              <Button
                variant="quiet"
                onPress={() => {
                  setQ('');
                  setSearchText('');
                }}
              >
                {t('list.clearSearch')}
              </Button>
            ) : null}
          </div>
        </form>
      </search>

      {list.isError ? <Alert tone="error">{errorMessage(list.error, tShared)}</Alert> : null}

      <div aria-live="polite" aria-busy={list.isFetching} className="list-results">
        {rows ? (
          <NeedTable
            rows={rows}
            caption={t('list.caption', {
              count: list.data?.total ?? rows.length,
              status:
                status === 'all'
                  ? t('list.allStatuses').toLowerCase()
                  : t(`labels.status.${status}`).toLowerCase(),
            })}
            language={language}
          />
        ) : null}
        {rows && list.data && list.data.total > rows.length ? (
          <p className="muted">{t('list.showingFirst', { shown: rows.length, total: list.data.total })}</p>
        ) : null}
        {!rows && list.isPending ? <p className="muted">{t('common.loading')}</p> : null}
      </div>
    </Page>
  );
}

function NeedTable({ rows, caption, language }: { rows: NeedView[]; caption: string; language: string }) {
  const { t } = useNeedT();
  if (rows.length === 0) {
    return (
      <>
        <p className="table-caption">{caption}</p>
        <p className="empty-state">{t('list.empty')}</p>
      </>
    );
  }
  return (
    <table className="data-table data-table--cards">
      <caption className="table-caption">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('list.columns.title')}</th>
          <th scope="col">{t('list.columns.occupation')}</th>
          <th scope="col">{t('list.columns.positions')}</th>
          <th scope="col">{t('list.columns.start')}</th>
          <th scope="col">{t('list.columns.status')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((need) => (
          <tr key={need.id}>
            <th scope="row" data-label={t('list.columns.title')}>
              <Link to={`/rekryteringsbehov/${need.id}`} className="row-link">
                {need.title}
              </Link>
              <span className="cell-note">
                {need.employer?.name ?? need.submitter?.organisationName ?? t('detail.noEmployer')}
              </span>
            </th>
            <td data-label={t('list.columns.occupation')}>
              {need.occupation?.label ?? t('detail.noOccupation')}
            </td>
            <td data-label={t('list.columns.positions')} className="tabular">
              {need.positions}
            </td>
            <td data-label={t('list.columns.start')} className="nowrap tabular">
              {formatDate(need.startDate, language) || t('common.none')}
            </td>
            <td data-label={t('list.columns.status')}>
              <ul className="badge-list">
                <li>
                  <NeedStatusBadge status={need.status} />
                </li>
                {need.source === 'public_form' ? (
                  <li className="badge badge--neutral">{t('list.fromForm')}</li>
                ) : null}
                {need.warnings.length > 0 ? (
                  <li className="badge badge--warning">
                    {t('list.warnings', { count: need.warnings.length })}
                  </li>
                ) : null}
              </ul>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
