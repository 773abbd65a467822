import { maxLengths, type Profile } from '../../../../api/types.ts';
import { TextAreaField } from '../../components/fields.tsx';
import { useParticipantT } from '../../i18n/index.ts';
import { type ConceptErrors, ConceptList } from './ConceptList.tsx';
import type { ConceptRow } from './profile-form.ts';

interface WishesFieldsetProps {
  profile: Profile;
  wished: ConceptRow[];
  setWished: (update: (rows: ConceptRow[]) => ConceptRow[]) => void;
  canWrite: boolean;
  errors: ConceptErrors;
}

/** What the person wants to work with, their interests in their own words, and educations. */
export function WishesFieldset({ profile, wished, setWished, canWrite, errors }: WishesFieldsetProps) {
  const { t } = useParticipantT();
  return (
    <div className="profile-section__body">
      <ConceptList
        kind="occupation"
        name="wishedOccupations"
        legend={t('profile.wishedOccupations')}
        rows={wished}
        setRows={setWished}
        canWrite={canWrite}
        errors={errors}
      />
      <div className="form-grid">
        <TextAreaField
          name="interestsNote"
          label={t('profile.interestsNote')}
          defaultValue={profile.interestsNote ?? ''}
          rows={3}
          maxLength={maxLengths.ParticipantProfile.interestsNote}
        />
        <TextAreaField
          name="educations"
          label={t('profile.educations')}
          description={t('profile.educationsDescription')}
          defaultValue={profile.educations.map((e) => e.title).join('\n')}
          rows={3}
        />
      </div>
    </div>
  );
}
