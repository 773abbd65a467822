import {
  ADAPTATION_CODES,
  ADAPTATION_GROUPS,
  maxLengths,
  type ParticipantDetail,
} from '../../../../api/types.ts';
import { CheckboxField, TextAreaField } from '../../components/fields.tsx';
import { useParticipantT } from '../../i18n/index.ts';

interface AdaptationsFieldsetProps {
  participant: Pick<ParticipantDetail, 'profile' | 'adaptationsVisible'>;
}

/** Adaptations the person chooses to share; sensitive, so only the unit's coaches see them. */
export function AdaptationsFieldset({ participant }: AdaptationsFieldsetProps) {
  const { t } = useParticipantT();
  const profile = participant.profile;
  return (
    <div className="profile-section__body">
      {participant.adaptationsVisible ? (
        <>
          <p className="muted">{t('profile.adaptationsIntro')}</p>
          <div className="form-grid">
            {ADAPTATION_GROUPS.map((group) => (
              <fieldset key={group} className="fieldset checkbox-group">
                <legend className="field__label">{t(`labels.adaptationGroup.${group}`)}</legend>
                {ADAPTATION_CODES.filter((code) => code.startsWith(`${group}.`)).map((code) => (
                  <CheckboxField
                    key={code}
                    name={`adaptation.${code}`}
                    label={t(`labels.adaptation.${code}` as 'labels.adaptation.working_time.part_time')}
                    defaultChecked={profile.adaptations.includes(code)}
                  />
                ))}
              </fieldset>
            ))}
          </div>
          <TextAreaField
            name="adaptationsNote"
            label={t('profile.adaptationsNote')}
            defaultValue={profile.adaptationsNote ?? ''}
            rows={2}
            maxLength={maxLengths.ParticipantProfile.adaptationsNote}
          />
        </>
      ) : (
        <p className="muted">{t('profile.adaptationsHidden')}</p>
      )}
    </div>
  );
}
