import type { SectionProps } from '../ParticipantPage.tsx';
import { CoachPanel } from './overview/CoachPanel.tsx';
import { ContactCard } from './overview/ContactCard.tsx';
import { EnrolmentCard } from './overview/EnrolmentCard.tsx';
import { IdentityCorrectionCard } from './overview/IdentityCorrectionCard.tsx';
import { PeriodsPanel } from './overview/PeriodsPanel.tsx';

/** The participant at a glance: contact details, the period's facts, the coach, all periods. */
export function OverviewSection({ participant, enrolment, canWrite }: SectionProps) {
  const latest = enrolment ?? participant.enrolments[0] ?? null;

  return (
    <div className="section-stack">
      <div className="two-columns">
        <ContactCard participant={participant} canWrite={canWrite} />
        {latest ? (
          <EnrolmentCard
            participantId={participant.id}
            enrolment={latest}
            canWrite={canWrite && enrolment !== null}
          />
        ) : null}
      </div>

      {latest ? (
        <CoachPanel
          participantId={participant.id}
          enrolment={latest}
          canReassign={participant.permissions.reassign}
          isOpen={enrolment !== null}
        />
      ) : null}

      {participant.permissions.correctIdentity ? <IdentityCorrectionCard participant={participant} /> : null}

      <PeriodsPanel participant={participant} />
    </div>
  );
}
