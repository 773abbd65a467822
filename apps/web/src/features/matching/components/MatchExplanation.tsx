import { useId } from 'react';
import type { MatchExplanation as Explained } from '../api/types.ts';
import {
  factorRows,
  formatPoints,
  maxScore,
  type OccupationRelation,
  occupationExplanation,
  occupationRelation,
  readiness,
} from '../explain.ts';
import { type MatchingT, useMatchingT } from '../i18n/index.ts';

/** "72 av 100 poäng", the readiness and the occupation relation: what a list row shows at a glance. */
export function MatchSummary({ match }: { match: Explained }) {
  const { t, language } = useMatchingT();
  const ready = readiness(match.readyInWeeks);
  const relation = occupationRelation(match.factors);
  return (
    <ul className="badge-list match-summary">
      <li>
        <span className="badge badge--info tabular">
          {t('explain.score', {
            score: formatPoints(match.score, language),
            max: formatPoints(maxScore(match.factors), language),
          })}
        </span>
      </li>
      <li>
        <span className={`badge ${ready.kind === 'now' ? 'badge--success' : 'badge--warning'}`}>
          {ready.kind === 'now' ? t('explain.readyNow') : t('explain.readyIn', { count: ready.weeks })}
        </span>
      </li>
      {relation ? (
        <li>
          <RelationBadge relation={relation} />
        </li>
      ) : null}
      {match.blockers.length > 0 ? (
        <li>
          <span className="badge badge--error">
            {t('explain.blockerCount', { count: match.blockers.length })}
          </span>
        </li>
      ) : null}
    </ul>
  );
}

function RelationBadge({ relation }: { relation: OccupationRelation }) {
  const { t } = useMatchingT();
  const tone = relation === 'none' ? 'badge--neutral' : 'badge--neutral';
  return <span className={`badge ${tone}`}>{t(`labels.relation.${relation}`)}</span>;
}

/**
 * The whole explanation of one match, for a coach to act on: the occupation relation in words,
 * hard blockers, the gaps with the training that closes each, and the score split into its
 * factors — a table whose points cells carry a bar, so the numbers are there as text too.
 */
export function MatchExplanation({ match, name }: { match: Explained; name: string }) {
  const { t, language } = useMatchingT();
  const captionId = useId();
  const rows = factorRows(match.factors);
  const occupation = occupationExplanation(match.factors);
  return (
    <div className="match-explanation">
      {occupation ? (
        <p className="match-explanation__occupation">
          <strong>{t('explain.occupation')}:</strong> {occupation}
        </p>
      ) : null}
      {match.blockers.length > 0 ? <Blockers blockers={match.blockers} t={t} /> : null}
      {match.gaps.length > 0 ? <Gaps match={match} t={t} /> : null}
      <div className="table-scroll">
        <table className="data-table data-table--cards factor-table" aria-describedby={captionId}>
          <caption className="table-caption">{t('explain.factorsCaption', { name })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('explain.factor')}</th>
              <th scope="col">{t('explain.points')}</th>
              <th scope="col">{t('explain.explanation')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key}>
                <th scope="row">{row.known ? t(`labels.factor.${row.key as 'occupation'}`) : row.key}</th>
                <td className="factor-table__points" data-label={t('explain.points')}>
                  <span className="tabular nowrap">
                    {t('explain.pointsOf', {
                      points: formatPoints(row.points, language),
                      max: formatPoints(row.max, language),
                    })}
                  </span>
                  <span className="factor-bar" aria-hidden="true">
                    <span className="factor-bar__fill" style={{ width: `${Math.round(row.share * 100)}%` }} />
                  </span>
                </td>
                <td data-label={t('explain.explanation')}>{row.explanation}</td>
              </tr>
            ))}
            <tr className="factor-table__total">
              <th scope="row">{t('explain.total')}</th>
              <td className="tabular nowrap" data-label={t('explain.points')}>
                {t('explain.pointsOf', {
                  points: formatPoints(match.score, language),
                  max: formatPoints(maxScore(match.factors), language),
                })}
              </td>
              <td />
            </tr>
          </tbody>
        </table>
      </div>
      <p id={captionId} className="visually-hidden">
        {t('explain.tableHelp')}
      </p>
    </div>
  );
}

function Blockers({ blockers, t }: { blockers: Explained['blockers']; t: MatchingT }) {
  return (
    <div className="match-explanation__block match-explanation__block--blockers">
      <p className="match-explanation__heading">{t('explain.blockersHeading')}</p>
      <p className="muted">{t('explain.blockersIntro')}</p>
      <ul>
        {blockers.map((b) => (
          <li key={`${b.code}-${b.message}`}>{b.message}</li>
        ))}
      </ul>
    </div>
  );
}

function Gaps({ match, t }: { match: Explained; t: MatchingT }) {
  const ready = readiness(match.readyInWeeks);
  return (
    <div className="match-explanation__block">
      <p className="match-explanation__heading">
        {t('explain.gapsHeading')}{' '}
        <span className="muted">
          ({ready.kind === 'now' ? t('explain.readyNow') : t('explain.readyIn', { count: ready.weeks })})
        </span>
      </p>
      <ul>
        {match.gaps.map((gap) => (
          <li key={gap.description}>
            {gap.description}:{' '}
            {gap.closedBy
              ? t('explain.closedBy', { training: gap.closedBy.label, count: gap.closedBy.weeks })
              : t('explain.noTraining')}
          </li>
        ))}
      </ul>
    </div>
  );
}
