import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Profile } from '../../../api/types.ts';
import { Alert } from '../../../components/Alert.tsx';
import { useAnnounce } from '../../../components/Announcer.tsx';
import { Button } from '../../../components/Button.tsx';
import { useParticipant, usePutProfile } from '../api/participant.ts';
import { useCredentials } from '../api/reference.ts';
import { FormWithFeedback } from '../components/FormWithFeedback.tsx';
import { useFormErrors } from '../components/form-errors.tsx';
import { useBaseVersion } from '../components/use-base-version.ts';
import { useParticipantT } from '../i18n/index.ts';
import type { SectionProps } from '../ParticipantPage.tsx';
import { AdaptationsFieldset } from './profile/AdaptationsFieldset.tsx';
import { AvailabilityFieldset } from './profile/AvailabilityFieldset.tsx';
import { useConceptErrors } from './profile/ConceptList.tsx';
import { ExperienceFieldset } from './profile/ExperienceFieldset.tsx';
import { LanguagesFieldset } from './profile/LanguagesFieldset.tsx';
import { LicencesFieldset } from './profile/LicencesFieldset.tsx';
import { PlaceFieldset } from './profile/PlaceFieldset.tsx';
import { profileField, readProfileForm, rowsFrom } from './profile/profile-form.ts';
import { WishesFieldset } from './profile/WishesFieldset.tsx';

/**
 * The matching profile, one form in steps: experience, wishes and skills, licences, languages,
 * place, availability and adaptations. Read-only (disabled) for those who may not change it.
 */
export function ProfileSection({ participant, canWrite }: SectionProps) {
  const { t, language } = useParticipantT();
  const { t: tShared } = useTranslation();
  const announce = useAnnounce();
  const save = usePutProfile(participant.id);
  const reload = useParticipant(participant.id);
  // The profile last sent: a server error on `licences.2` is about the third code in it.
  const sent = useRef<Profile | null>(null);
  const form = useFormErrors({ resolvePath: (path) => profileField(path, sent.current) });
  const conceptErrors = useConceptErrors(form.fieldErrors);
  const { baseVersion, setBaseVersion, reloadLatest } = useBaseVersion({
    version: participant.profileVersion,
    form,
    reload: reload.refetch,
    versionOf: (latest) => latest.profileVersion,
  });
  const profile = participant.profile;
  const [initialRows] = useState(() => rowsFrom(profile));
  const [experience, setExperience] = useState(initialRows.experience);
  const [wished, setWished] = useState(initialRows.wished);
  const [skills, setSkills] = useState(initialRows.skills);
  const [languages, setLanguages] = useState(initialRows.languages);
  const credentials = useCredentials();
  const credentialList = credentials.data?.credentials;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const rows = { experience, wished, skills, languages };
    const { errors, profile: next } = readProfileForm(
      data,
      rows,
      participant,
      credentialList,
      t,
      tShared,
      language,
    );
    if (form.show(errors)) return;
    sent.current = next;
    save.mutate(
      { version: baseVersion, profile: next },
      {
        onSuccess: (updated) => {
          setBaseVersion(updated.profileVersion);
          announce(t('profile.saved'));
        },
        onError: form.handleError,
      },
    );
  }

  return (
    <section aria-labelledby="profile-heading" className="section-stack">
      <div>
        <h2 id="profile-heading">{t('profile.heading')}</h2>
        <p className="muted">{t('profile.intro')}</p>
      </div>
      {save.isSuccess && !form.conflict ? <Alert tone="success">{t('profile.saved')}</Alert> : null}
      <FormWithFeedback
        form={form}
        onSubmit={onSubmit}
        className="form"
        onReload={() => void reloadLatest()}
        isReloading={reload.isFetching}
      >
        <ExperienceFieldset
          rows={experience}
          setRows={setExperience}
          canWrite={canWrite}
          errors={conceptErrors}
        />
        <WishesFieldset
          profile={profile}
          wished={wished}
          setWished={setWished}
          skills={skills}
          setSkills={setSkills}
          canWrite={canWrite}
          errors={conceptErrors}
        />
        <LicencesFieldset profile={profile} credentialList={credentialList} canWrite={canWrite} />
        <LanguagesFieldset
          rows={languages}
          setRows={setLanguages}
          canWrite={canWrite}
          errors={conceptErrors}
        />
        <PlaceFieldset profile={profile} canWrite={canWrite} />
        <AvailabilityFieldset profile={profile} canWrite={canWrite} />
        <AdaptationsFieldset participant={participant} canWrite={canWrite} />
        {canWrite ? (
          <div className="form__actions">
            <Button type="submit" isPending={save.isPending}>
              {save.isPending ? t('common.saving') : t('profile.save')}
            </Button>
          </div>
        ) : null}
      </FormWithFeedback>
    </section>
  );
}
