import { type Profile, SHIFT_KINDS } from '../../../../api/types.ts';
import { DateField } from '../../../../components/DateField.tsx';
import { TextField } from '../../../../components/TextField.tsx';
import { CheckboxField } from '../../components/fields.tsx';
import { useParticipantT } from '../../i18n/index.ts';

/** From when, how much and at which hours the person can work. */
export function AvailabilityFieldset({ profile }: { profile: Profile }) {
  const { t } = useParticipantT();
  return (
    <div className="profile-section__body">
      <div className="form-grid">
        <DateField
          name="availableFrom"
          label={t('profile.availableFrom')}
          defaultValue={profile.availableFrom ?? ''}
        />
        <TextField
          name="extentPercent"
          label={t('profile.extentPercent')}
          inputMode="numeric"
          inputClassName="field__input--short"
          defaultValue={profile.extentPercent?.toString() ?? ''}
        />
      </div>
      <fieldset className="fieldset checkbox-group">
        <legend className="field__label">{t('profile.shifts')}</legend>
        {SHIFT_KINDS.map((shift) => (
          <CheckboxField
            key={shift}
            name={`shift.${shift}`}
            label={t(`labels.shift.${shift}`)}
            defaultChecked={profile.shifts?.includes(shift) ?? false}
          />
        ))}
      </fieldset>
      <CheckboxField
        name="weekends"
        label={t('profile.weekends')}
        defaultChecked={profile.weekends ?? false}
      />
    </div>
  );
}
