import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParticipant } from '../api/participant.ts';
import { useCredentials } from '../api/reference.ts';
import { useParticipantT } from '../i18n/index.ts';
import type { SectionProps } from '../ParticipantPage.tsx';
import { AdaptationsFieldset } from './profile/AdaptationsFieldset.tsx';
import { AvailabilityFieldset } from './profile/AvailabilityFieldset.tsx';
import { ConceptList } from './profile/ConceptList.tsx';
import { ExperienceFieldset } from './profile/ExperienceFieldset.tsx';
import { LanguagesFieldset } from './profile/LanguagesFieldset.tsx';
import { LicencesFieldset } from './profile/LicencesFieldset.tsx';
import { PlaceFieldset } from './profile/PlaceFieldset.tsx';
import { ProfileSectionForm, type ProfileVersion } from './profile/ProfileSectionForm.tsx';
import {
  profileField,
  readAdaptations,
  readAvailability,
  readExperience,
  readLanguages,
  readLicences,
  readPlace,
  readSkills,
  rowsFrom,
} from './profile/profile-form.ts';
import { WishesFieldset } from './profile/WishesFieldset.tsx';

/**
 * The matching profile in sections that each save on their own: experience and wishes, skills,
 * licences and certificates, languages, travel, availability and adaptations. Each section sends
 * only its own fields (PATCH), so an unsaved edit in one section survives saving another. The
 * sections share the profile's version: every save moves it on for the others. Read-only
 * (disabled, no save buttons) for those who may not change it.
 */
export function ProfileSection({ participant, canWrite }: SectionProps) {
  const { t, language } = useParticipantT();
  const { t: tShared } = useTranslation();
  const reload = useParticipant(participant.id);
  const profile = participant.profile;
  const [base, setBase] = useState(participant.profileVersion);
  const version: ProfileVersion = {
    base,
    set: setBase,
    reload: async () => (await reload.refetch()).data?.profileVersion,
    isReloading: reload.isFetching,
  };
  const [initialRows] = useState(() => rowsFrom(profile));
  const [experience, setExperience] = useState(initialRows.experience);
  const [wished, setWished] = useState(initialRows.wished);
  const [skills, setSkills] = useState(initialRows.skills);
  const [languages, setLanguages] = useState(initialRows.languages);
  const [licences, setLicences] = useState<string[]>(() => [...profile.licences]);
  const credentials = useCredentials();
  const credentialList = credentials.data?.credentials;
  const common = { participantId: participant.id, canWrite, version, resolvePath: profileField };

  return (
    <section aria-labelledby="profile-heading" className="section-stack">
      <div>
        <h2 id="profile-heading">{t('profile.heading')}</h2>
        <p className="muted">{t('profile.intro')}</p>
      </div>
      <ProfileSectionForm
        {...common}
        heading={t('profile.sections.experience')}
        saveLabel={t('profile.sections.saveExperience')}
        savedMessage={t('profile.sections.savedExperience')}
        read={(data) => readExperience(data, { experience, wished }, profile, t, tShared, language)}
      >
        {(errors) => (
          <>
            <ExperienceFieldset
              rows={experience}
              setRows={setExperience}
              canWrite={canWrite}
              errors={errors}
            />
            <WishesFieldset
              profile={profile}
              wished={wished}
              setWished={setWished}
              canWrite={canWrite}
              errors={errors}
            />
          </>
        )}
      </ProfileSectionForm>
      <ProfileSectionForm
        {...common}
        heading={t('profile.skills')}
        saveLabel={t('profile.sections.saveSkills')}
        savedMessage={t('profile.sections.savedSkills')}
        read={() => readSkills(skills)}
      >
        {(errors) => (
          <ConceptList
            kind="skill"
            name="skills"
            legend={t('profile.skills')}
            rows={skills}
            setRows={setSkills}
            canWrite={canWrite}
            errors={errors}
          />
        )}
      </ProfileSectionForm>
      <ProfileSectionForm
        {...common}
        heading={t('profile.licences')}
        saveLabel={t('profile.sections.saveLicences')}
        savedMessage={t('profile.sections.savedLicences')}
        read={(data) => readLicences(data, licences, credentialList)}
      >
        {(errors) => (
          <LicencesFieldset
            profile={profile}
            credentialList={credentialList}
            chosen={licences}
            setChosen={setLicences}
            canWrite={canWrite}
            errors={errors}
          />
        )}
      </ProfileSectionForm>
      <ProfileSectionForm
        {...common}
        heading={t('profile.languages')}
        saveLabel={t('profile.sections.saveLanguages')}
        savedMessage={t('profile.sections.savedLanguages')}
        read={() => readLanguages(languages, t)}
      >
        {(errors) => (
          <LanguagesFieldset rows={languages} setRows={setLanguages} canWrite={canWrite} errors={errors} />
        )}
      </ProfileSectionForm>
      <ProfileSectionForm
        {...common}
        heading={t('profile.placeHeading')}
        saveLabel={t('profile.sections.savePlace')}
        savedMessage={t('profile.sections.savedPlace')}
        read={(data) => readPlace(data, t)}
      >
        {() => <PlaceFieldset profile={profile} />}
      </ProfileSectionForm>
      <ProfileSectionForm
        {...common}
        heading={t('profile.availabilityHeading')}
        saveLabel={t('profile.sections.saveAvailability')}
        savedMessage={t('profile.sections.savedAvailability')}
        read={(data) => readAvailability(data, t, tShared)}
      >
        {() => <AvailabilityFieldset profile={profile} />}
      </ProfileSectionForm>
      <ProfileSectionForm
        {...common}
        heading={t('profile.adaptationsHeading')}
        saveLabel={t('profile.sections.saveAdaptations')}
        savedMessage={t('profile.sections.savedAdaptations')}
        read={(data) => readAdaptations(data, tShared, language)}
        readOnly={!participant.adaptationsVisible}
        sensitive
      >
        {() => <AdaptationsFieldset participant={participant} />}
      </ProfileSectionForm>
    </section>
  );
}
