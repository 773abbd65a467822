import { Fragment, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../api/auth.ts';
import { errorMessage } from '../../api/messages.ts';
import { REMINDER_RANGES, type ReminderItem, type ReminderRange } from '../../api/types.ts';
import { Alert } from '../../components/Alert.tsx';
import { Page } from '../../components/Page.tsx';
import { Link } from '../../router/router.tsx';
import { NextSteps } from '../employer/components/NextSteps.tsx';
import {
  type FollowUpAction,
  FollowUpActionButtons,
  FollowUpActionPanel,
} from '../participant/components/FollowUpActions.tsx';
import { formatDate, todayIso } from '../participant/format.ts';
import { useParticipantT } from '../participant/i18n/index.ts';
import { useReminders } from './api/reminders.ts';
import { useFollowUpT } from './i18n/index.ts';
import '../participant/participant.css';

/** "Min vecka": follow-ups due this week and those overdue, across the coach's participants. */
export default function FollowUpPage() {
  const { t, language } = useFollowUpT();
  const { t: tParticipant } = useParticipantT();
  const { t: tShared } = useTranslation();
  const user = useCurrentUser();
  const [range, setRange] = useState<ReminderRange>('week');
  // Liaisons have no participants' follow-ups, only their next steps with employers; a manager
  // sees the unit's follow-ups and, below them, the next steps with the employers they hold.
  const isLiaison = user.role === 'liaison';
  const hasEmployerSteps = user.role === 'liaison' || user.role === 'manager';
  const reminders = useReminders(range, !isLiaison);
  const showCoach = user.role !== 'coach';
  // Coaches do the day's work from the list: done with a note, moved, cancelled (managers read).
  const canAct = user.role === 'coach';
  const [acting, setActing] = useState<{ id: string; action: FollowUpAction } | null>(null);
  const listHeading = useRef<HTMLHeadingElement>(null);
  const today = todayIso();
  const items = [...(reminders.data?.items ?? [])].sort(
    (a, b) => a.dueDate.localeCompare(b.dueDate) || (a.dueTime ?? '').localeCompare(b.dueTime ?? ''),
  );
  const [done, setDone] = useState<string | null>(null);
  const columnCount = 6 + (showCoach ? 1 : 0) + (canAct ? 1 : 0);

  function state(item: ReminderItem): { text: string; tone: 'warning' | 'info' | 'neutral' } {
    if (item.overdue || item.dueDate < today) return { text: t('overdue'), tone: 'warning' };
    if (item.dueDate === today) return { text: t('today'), tone: 'info' };
    return { text: t('upcoming'), tone: 'neutral' };
  }

  return (
    <Page title={t('title')} lead={<p>{isLiaison ? t('leadLiaison') : t('lead')}</p>}>
      <div className="toolbar">
        <fieldset className="segmented">
          <legend className="segmented__legend">{t('rangeLabel')}</legend>
          {REMINDER_RANGES.map((value) => (
            <label key={value} className="segmented__option">
              <input
                type="radio"
                name="range"
                value={value}
                checked={range === value}
                onChange={() => setRange(value)}
              />
              <span>{showCoach && !isLiaison ? t(`rangeUnit.${value}`) : t(`range.${value}`)}</span>
            </label>
          ))}
        </fieldset>
      </div>

      {isLiaison ? null : (
        <>
          {reminders.isError ? <Alert tone="error">{errorMessage(reminders.error, tShared)}</Alert> : null}

          {reminders.data ? (
            <table className="data-table week-counts">
              <caption className="table-caption">{t('countsCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('countsKind')}</th>
                  <th scope="col">{t('countsNumber')}</th>
                </tr>
              </thead>
              <tbody>
                <tr>
                  <th scope="row">{t('overdueCount')}</th>
                  <td className="tabular">{reminders.data.overdue}</td>
                </tr>
                <tr>
                  <th scope="row">{t('todayCount')}</th>
                  <td className="tabular">{reminders.data.today}</td>
                </tr>
                <tr>
                  <th scope="row">{t('shownCount')}</th>
                  <td className="tabular">{items.length}</td>
                </tr>
              </tbody>
            </table>
          ) : reminders.isPending ? (
            <p className="muted">{tParticipant('common.loading')}</p>
          ) : null}

          <h2 ref={listHeading} tabIndex={-1} className="visually-hidden">
            {t(`tableCaption.${range}`)}
          </h2>
          {done ? <Alert tone="success">{done}</Alert> : null}
          <div aria-live="polite" aria-busy={reminders.isFetching} className="week-list">
            {reminders.data && items.length === 0 ? (
              <p className="empty-state">{t(`empty.${range}`)}</p>
            ) : null}
            {items.length > 0 ? (
              <table className="data-table data-table--cards">
                <caption className="table-caption">{t(`tableCaption.${range}`)}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('columns.date')}</th>
                    <th scope="col">{t('columns.participant')}</th>
                    <th scope="col">{t('columns.kind')}</th>
                    <th scope="col">{t('columns.with')}</th>
                    <th scope="col">{t('columns.purpose')}</th>
                    {showCoach ? <th scope="col">{t('columns.coach')}</th> : null}
                    <th scope="col">{t('columns.status')}</th>
                    {canAct ? <th scope="col">{t('columns.actions')}</th> : null}
                  </tr>
                </thead>
                <tbody>
                  {items.map((item) => {
                    const s = state(item);
                    return (
                      <Fragment key={item.id}>
                        <tr>
                          <th scope="row" data-label={t('columns.date')} className="nowrap tabular">
                            {formatDate(item.dueDate, language)}
                            {item.dueTime ? ` ${item.dueTime}` : ''}
                          </th>
                          <td data-label={t('columns.participant')}>
                            <Link
                              to={`/deltagare/${item.participantId}?flik=uppfoljningar`}
                              className="row-link"
                            >
                              {item.participantName}
                            </Link>
                          </td>
                          <td data-label={t('columns.kind')}>
                            {tParticipant(`labels.followUpKind.${item.kind}`)}
                          </td>
                          <td data-label={t('columns.with')}>
                            {tParticipant(`labels.followUpWith.${item.with}`)}
                            {item.employer ? <span className="cell-note">{item.employer.name}</span> : null}
                          </td>
                          <td data-label={t('columns.purpose')}>
                            {item.purpose ?? tParticipant('common.none')}
                          </td>
                          {showCoach ? (
                            <td data-label={t('columns.coach')}>
                              {item.coach?.displayName ?? tParticipant('common.unassigned')}
                            </td>
                          ) : null}
                          <td data-label={t('columns.status')}>
                            <span className={`badge badge--${s.tone}`}>{s.text}</span>
                          </td>
                          {canAct ? (
                            <td data-label={t('columns.actions')}>
                              <FollowUpActionButtons
                                item={item}
                                who={item.participantName}
                                open={acting?.id === item.id ? acting.action : null}
                                onOpen={(action) => setActing(action ? { id: item.id, action } : null)}
                              />
                            </td>
                          ) : null}
                        </tr>
                        {acting?.id === item.id ? (
                          // The chosen action's form right below its row, where the coach is looking.
                          <tr className="week-list__action">
                            <td colSpan={columnCount}>
                              <p>
                                <Link to={`/deltagare/${item.participantId}?flik=uppfoljningar`}>
                                  {t('openPerson', { name: item.participantName })}
                                </Link>
                              </p>
                              <FollowUpActionPanel
                                key={`${item.id}-${acting.action}`}
                                item={item}
                                action={acting.action}
                                onDone={() => {
                                  setDone(t(`actionDone.${acting.action}`, { name: item.participantName }));
                                  setActing(null);
                                  listHeading.current?.focus();
                                }}
                                onCancel={() => setActing(null)}
                                onReload={() => reminders.refetch()}
                              />
                            </td>
                          </tr>
                        ) : null}
                      </Fragment>
                    );
                  })}
                </tbody>
              </table>
            ) : null}
          </div>
          {reminders.data && reminders.data.pastDueInterventions.length > 0 ? (
            <section className="panel" aria-labelledby="past-due-heading">
              <h2 id="past-due-heading">{t('pastDue.heading')}</h2>
              <p className="muted">{t('pastDue.intro')}</p>
              <table className="data-table data-table--cards">
                <caption className="visually-hidden">{t('pastDue.heading')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('pastDue.endDate')}</th>
                    <th scope="col">{t('columns.participant')}</th>
                    <th scope="col">{t('pastDue.intervention')}</th>
                  </tr>
                </thead>
                <tbody>
                  {reminders.data.pastDueInterventions.map((item) => (
                    <tr key={item.id}>
                      <th scope="row" data-label={t('pastDue.endDate')} className="nowrap tabular">
                        {formatDate(item.endDate, language)}{' '}
                        <span className="badge badge--warning badge--inline">{t('pastDue.badge')}</span>
                      </th>
                      <td data-label={t('columns.participant')}>
                        <Link to={`/deltagare/${item.participantId}?flik=insatser`}>
                          {item.participantName}
                        </Link>
                      </td>
                      <td data-label={t('pastDue.intervention')}>{item.title}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
          ) : null}
        </>
      )}
      {hasEmployerSteps ? <NextSteps range={range} /> : null}
    </Page>
  );
}
