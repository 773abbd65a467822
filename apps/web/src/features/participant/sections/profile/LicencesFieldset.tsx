import { CREDENTIAL_KINDS, type Credential, type Profile } from '../../../../api/types.ts';
import { CheckboxField, TextAreaField } from '../../components/fields.tsx';
import { useParticipantT } from '../../i18n/index.ts';

interface LicencesFieldsetProps {
  profile: Profile;
  /** The vocabulary's driving licences and certificates; until it has come, a plain list of codes. */
  credentialList: readonly Credential[] | undefined;
  canWrite: boolean;
}

/** Driving licences and certificates, as checkboxes from the vocabulary in force. */
export function LicencesFieldset({ profile, credentialList, canWrite }: LicencesFieldsetProps) {
  const { t } = useParticipantT();
  return (
    <fieldset className="form-section" disabled={!canWrite}>
      <legend className="form-section__legend">{t('profile.licences')}</legend>
      {credentialList ? (
        <div className="form-grid">
          {CREDENTIAL_KINDS.map((kind) => (
            <fieldset key={kind} className="fieldset checkbox-group">
              <legend className="field__label">{t(`profile.credentialKind.${kind}`)}</legend>
              {credentialList
                .filter((c) => c.kind === kind)
                .map((c) => (
                  <CheckboxField
                    key={c.code}
                    name={`licence.${c.code}`}
                    label={c.label}
                    defaultChecked={profile.licences.includes(c.code)}
                  />
                ))}
            </fieldset>
          ))}
        </div>
      ) : (
        <TextAreaField
          name="licences"
          label={t('profile.licences')}
          description={t('profile.licencesDescription')}
          defaultValue={profile.licences.join('\n')}
          rows={3}
        />
      )}
    </fieldset>
  );
}
