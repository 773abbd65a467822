import { useTranslation } from 'react-i18next';
import { useSession } from '../../../api/auth.ts';
import { errorMessage } from '../../../api/messages.ts';
import type { NeedView } from '../../../api/types.ts';
import { Alert } from '../../../components/Alert.tsx';
import { useShortlist } from '../api/shortlist.ts';
import { isMatchableStatus } from '../explain.ts';
import { useMatchingT } from '../i18n/index.ts';
import { CandidateList } from './CandidateList.tsx';
import { PresentationPanel } from './PresentationPanel.tsx';
import { ShortlistPanel } from './ShortlistPanel.tsx';
import '../matching.css';

/**
 * The matching loop on a recruitment need's page: the shortlist with statuses, history and
 * consent, presenting to the employer through an expiring link (liaisons and managers), and the
 * ranked candidates with their explanation to add from. The working list comes first; the
 * candidates, a longer list, after it.
 */
export function NeedMatchingSection({ need }: { need: NeedView }) {
  const { t } = useMatchingT();
  const { t: tShared } = useTranslation();
  const user = useSession().data;
  const shortlist = useShortlist(need.id);
  if (!user || user.role === 'admin') return null;
  const role = user.role;
  const matchable = isMatchableStatus(need.status);
  const onList = new Set(
    (shortlist.data?.items ?? []).flatMap((e) => (e.participantId ? [e.participantId] : [])),
  );
  const needRef = { id: need.id, title: need.title, employerName: need.employer?.name ?? null };

  return (
    <div className="section-stack need-matching" id="matchning">
      {shortlist.isError ? <Alert tone="error">{errorMessage(shortlist.error, tShared)}</Alert> : null}
      {shortlist.data ? <ShortlistPanel shortlist={shortlist.data} role={role} need={needRef} /> : null}
      {shortlist.data && (role === 'liaison' || role === 'manager') ? (
        <PresentationPanel needId={need.id} shortlist={shortlist.data} />
      ) : null}
      {shortlist.data && role === 'coach' ? <p className="muted">{t('presentation.byLiaison')}</p> : null}
      {matchable ? (
        <CandidateList needId={need.id} onShortlist={onList} canAdd />
      ) : (
        <section className="panel" aria-labelledby="need-candidates">
          <h2 id="need-candidates" className="panel__title">
            {t('candidates.heading')}
          </h2>
          <p className="muted">
            {t(need.status === 'received' ? 'candidates.notOpenYet' : 'candidates.closed')}
          </p>
        </section>
      )}
    </div>
  );
}
