import { type FormEvent, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../api/auth.ts';
import { errorMessage } from '../../api/messages.ts';
import type { EmployerView, StaffRef } from '../../api/types.ts';
import { Alert } from '../../components/Alert.tsx';
import { Button } from '../../components/Button.tsx';
import { Page } from '../../components/Page.tsx';
import { TextField } from '../../components/TextField.tsx';
import { Link } from '../../router/router.tsx';
import { useMunicipalities } from '../participant/api/reference.ts';
import { formatDate } from '../participant/format.ts';
import { useEmployerList, useLiaisons } from './api/employers.ts';
import { type EmployerFilters, hasFilters, NO_CONTACT_DAYS, queryFor } from './employer-list.ts';
import { useEmployerT } from './i18n/index.ts';
import { sniSections, sniText } from './sni.ts';
import '../participant/participant.css';
import './employer.css';

/** The register: search, filters with counts, and a table that becomes cards on a phone. */
export default function EmployerListPage() {
  const { t, language } = useEmployerT();
  const { t: tShared } = useTranslation();
  const user = useCurrentUser();
  const managesEmployers = user.role === 'liaison' || user.role === 'manager';
  const id = useId();
  const [filters, setFilters] = useState<EmployerFilters>({});
  const [searchText, setSearchText] = useState('');
  const list = useEmployerList(queryFor(filters));
  const municipalities = useMunicipalities();
  const municipalityName = useMemo(
    () => new Map((municipalities.data?.municipalities ?? []).map((m) => [m.code, m.name])),
    [municipalities.data],
  );

  // Liaisons to filter by (you have your own quick filter).
  const staff = useLiaisons();
  const liaisons: StaffRef[] = (staff.data?.items ?? []).filter((l) => l.id !== user.id);

  // Quick filters with their counts: one small request each (only the total is read).
  const mine = useEmployerList({ liaisonId: user.id, limit: 1 });
  const withNeeds = useEmployerList({ hasOpenNeeds: 'true', limit: 1 });
  const quiet = useEmployerList({ noContactDays: 90, limit: 1 });
  const quick: Array<{
    key: string;
    label: string;
    count: number | undefined;
    pressed: boolean;
    apply: () => void;
  }> = [
    {
      key: 'all',
      label: t('list.quick.all'),
      count: undefined,
      pressed: !hasFilters(filters),
      apply: () => {
        setFilters({});
        setSearchText('');
      },
    },
    ...(managesEmployers
      ? [
          {
            key: 'mine',
            label: t('list.quick.mine'),
            count: mine.data?.total,
            pressed: filters.liaisonId === user.id,
            apply: () => setFilters((f) => toggle(f, 'liaisonId', user.id)),
          },
        ]
      : []),
    {
      key: 'needs',
      label: t('list.quick.openNeeds'),
      count: withNeeds.data?.total,
      pressed: filters.hasOpenNeeds === 'true',
      apply: () => setFilters((f) => toggle(f, 'hasOpenNeeds', 'true')),
    },
    {
      key: 'quiet',
      label: t('list.quick.noContact', { days: 90 }),
      count: quiet.data?.total,
      pressed: filters.noContactDays === 90,
      apply: () => setFilters((f) => toggle(f, 'noContactDays', 90)),
    },
  ];

  function onSearch(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFilters((f) => ({ ...f, q: searchText.trim() || undefined }));
  }

  const set = <K extends keyof EmployerFilters>(key: K, value: EmployerFilters[K] | '') =>
    setFilters((f) => ({ ...f, [key]: value === '' ? undefined : value }));

  const rows = list.data?.items;
  return (
    <Page
      title={t('list.title')}
      lead={
        <div className="page-actions">
          <p>{t('list.lead')}</p>
          <Link to="/arbetsgivare/ny" className="button button--primary">
            {t('list.add')}
          </Link>
        </div>
      }
    >
      <section aria-labelledby={`${id}-quick`} className="filters">
        <h2 id={`${id}-quick`} className="filters__heading">
          {t('list.quickHeading')}
        </h2>
        <ul className="filter-list">
          {quick.map((item) => (
            <li key={item.key}>
              <button type="button" className="filter" aria-pressed={item.pressed} onClick={item.apply}>
                <span className="filter__label">{item.label}</span>
                {item.key === 'all' ? null : (
                  <span className="filter__count" aria-hidden={item.count === undefined}>
                    {item.count ?? '…'}
                  </span>
                )}
              </button>
            </li>
          ))}
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
          </div>
        </form>
      </search>

      <fieldset className="filter-fields">
        <legend className="filters__heading">{t('list.filtersHeading')}</legend>
        <div className="form-grid">
          <div className="field">
            <label className="field__label" htmlFor={`${id}-liaison`}>
              {t('list.filter.liaison')}
            </label>
            <select
              id={`${id}-liaison`}
              className="field__input field__select"
              value={filters.liaisonId ?? ''}
              onChange={(event) => set('liaisonId', event.currentTarget.value)}
            >
              <option value="">{t('list.filter.anyLiaison')}</option>
              {managesEmployers ? <option value={user.id}>{t('list.filter.me')}</option> : null}
              {liaisons.map((l) => (
                <option key={l.id} value={l.id}>
                  {l.displayName}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label className="field__label" htmlFor={`${id}-municipality`}>
              {t('list.filter.municipality')}
            </label>
            <select
              id={`${id}-municipality`}
              className="field__input field__select"
              value={filters.municipality ?? ''}
              onChange={(event) => set('municipality', event.currentTarget.value)}
            >
              <option value="">{t('list.filter.anyMunicipality')}</option>
              {(municipalities.data?.municipalities ?? []).map((m) => (
                <option key={m.code} value={m.code}>
                  {m.name}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label className="field__label" htmlFor={`${id}-sni`}>
              {t('list.filter.sni')}
            </label>
            <select
              id={`${id}-sni`}
              className="field__input field__select"
              value={filters.sniCode ?? ''}
              onChange={(event) => set('sniCode', event.currentTarget.value)}
            >
              <option value="">{t('list.filter.anySni')}</option>
              {sniSections().map(({ section, divisions }) => (
                <optgroup key={section.code} label={sniText(section)}>
                  <option value={section.code}>
                    {t('list.filter.sniSection', { name: sniText(section) })}
                  </option>
                  {divisions.map((d) => (
                    <option key={d.code} value={d.code}>
                      {sniText(d)}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
          </div>
          <div className="field">
            <label className="field__label" htmlFor={`${id}-needs`}>
              {t('list.filter.openNeeds')}
            </label>
            <select
              id={`${id}-needs`}
              className="field__input field__select"
              value={filters.hasOpenNeeds ?? ''}
              onChange={(event) => set('hasOpenNeeds', event.currentTarget.value as 'true' | 'false' | '')}
            >
              <option value="">{t('list.filter.anyNeeds')}</option>
              <option value="true">{t('list.filter.withNeeds')}</option>
              <option value="false">{t('list.filter.withoutNeeds')}</option>
            </select>
          </div>
          <div className="field">
            <label className="field__label" htmlFor={`${id}-contact`}>
              {t('list.filter.noContact')}
            </label>
            <select
              id={`${id}-contact`}
              className="field__input field__select"
              value={filters.noContactDays?.toString() ?? ''}
              onChange={(event) => {
                const value = event.currentTarget.value;
                set('noContactDays', value === '' ? '' : Number(value));
              }}
            >
              <option value="">{t('list.filter.anyContact')}</option>
              {NO_CONTACT_DAYS.map((days) => (
                <option key={days} value={days}>
                  {t('list.filter.days', { count: days })}
                </option>
              ))}
            </select>
          </div>
        </div>
        {hasFilters(filters) ? (
          <Button
            variant="quiet"
            onPress={() => {
              setFilters({});
              setSearchText('');
            }}
          >
            {t('list.clearFilters')}
          </Button>
        ) : null}
      </fieldset>

      {list.isError ? <Alert tone="error">{errorMessage(list.error, tShared)}</Alert> : null}

      <div aria-live="polite" aria-busy={list.isFetching} className="list-results">
        {rows ? (
          <EmployerTable
            rows={rows}
            caption={t('list.caption', { count: list.data?.total ?? rows.length })}
            municipalityName={(code) => municipalityName.get(code) ?? code}
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

function toggle<K extends keyof EmployerFilters>(
  filters: EmployerFilters,
  key: K,
  value: NonNullable<EmployerFilters[K]>,
): EmployerFilters {
  return { ...filters, [key]: filters[key] === value ? undefined : value };
}

function EmployerTable({
  rows,
  caption,
  municipalityName,
  language,
}: {
  rows: EmployerView[];
  caption: string;
  municipalityName: (code: string) => string;
  language: string;
}) {
  const { t } = useEmployerT();
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
          <th scope="col">{t('list.columns.name')}</th>
          <th scope="col">{t('list.columns.sni')}</th>
          <th scope="col">{t('list.columns.municipality')}</th>
          <th scope="col">{t('list.columns.liaison')}</th>
          <th scope="col">{t('list.columns.openNeeds')}</th>
          <th scope="col">{t('list.columns.lastContact')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id}>
            <th scope="row" data-label={t('list.columns.name')}>
              <Link to={`/arbetsgivare/${row.id}`} className="row-link">
                {row.name}
              </Link>
              {row.organisationsnummer ? (
                <span className="cell-note tabular">{row.organisationsnummer}</span>
              ) : null}
            </th>
            <td data-label={t('list.columns.sni')}>
              {row.sni ? sniText(row.sni) : (row.industry ?? t('common.none'))}
            </td>
            <td data-label={t('list.columns.municipality')}>
              {row.municipality ? municipalityName(row.municipality) : t('common.none')}
            </td>
            <td data-label={t('list.columns.liaison')}>
              {row.liaison?.displayName ?? t('common.noLiaison')}
            </td>
            <td data-label={t('list.columns.openNeeds')} className="tabular">
              {row.openNeeds > 0 ? (
                <span className="badge badge--info">{t('list.needs', { count: row.openNeeds })}</span>
              ) : (
                '0'
              )}
            </td>
            <td data-label={t('list.columns.lastContact')} className="nowrap tabular">
              {row.lastContactOn ? formatDate(row.lastContactOn, language) : t('list.neverContacted')}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
