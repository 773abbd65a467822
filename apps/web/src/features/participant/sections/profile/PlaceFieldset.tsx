import type { Profile } from '../../../../api/types.ts';
import { TextField } from '../../../../components/TextField.tsx';
import { useMunicipalities } from '../../api/reference.ts';
import { CheckboxField, SelectField } from '../../components/fields.tsx';
import { useParticipantT } from '../../i18n/index.ts';

/** Where the person lives and how far they can travel to work. */
export function PlaceFieldset({ profile }: { profile: Profile }) {
  const { t } = useParticipantT();
  const municipalities = useMunicipalities();
  return (
    <div className="profile-section__body">
      <div className="form-grid">
        {municipalities.data ? (
          <SelectField
            name="municipality"
            label={t('profile.homeMunicipality')}
            placeholder={t('common.choose')}
            options={municipalities.data.municipalities.map((m) => ({ value: m.code, label: m.name }))}
            defaultValue={profile.municipality ?? ''}
          />
        ) : (
          <TextField
            name="municipality"
            label={t('profile.municipality')}
            description={t('profile.municipalityDescription')}
            inputMode="numeric"
            inputClassName="field__input--short"
            defaultValue={profile.municipality ?? ''}
          />
        )}
        <TextField
          name="postcode"
          label={t('profile.postcode')}
          inputMode="numeric"
          inputClassName="field__input--short"
          defaultValue={profile.postcode ?? ''}
        />
        <TextField
          name="maxCommuteKm"
          label={t('profile.maxCommuteKm')}
          inputMode="numeric"
          inputClassName="field__input--short"
          defaultValue={profile.maxCommuteKm?.toString() ?? ''}
        />
      </div>
      <CheckboxField name="hasCar" label={t('profile.hasCar')} defaultChecked={profile.hasCar ?? false} />
    </div>
  );
}
