import type { Credential, Profile } from '../../../../api/types.ts';
import { TextAreaField } from '../../components/fields.tsx';
import { useParticipantT } from '../../i18n/index.ts';
import type { ConceptErrors } from './ConceptList.tsx';
import { CredentialPicker } from './CredentialPicker.tsx';

interface LicencesFieldsetProps {
  profile: Profile;
  /** The vocabulary's driving licences and certificates; until it has come, a plain list of codes. */
  credentialList: readonly Credential[] | undefined;
  chosen: readonly string[];
  setChosen: (codes: string[]) => void;
  canWrite: boolean;
  errors: ConceptErrors;
}

/** Driving licences and certificates, picked in a searchable multi-select from the vocabulary in force. */
export function LicencesFieldset({
  profile,
  credentialList,
  chosen,
  setChosen,
  canWrite,
  errors,
}: LicencesFieldsetProps) {
  const { t } = useParticipantT();
  return (
    <div className="profile-section__body">
      {credentialList ? (
        <CredentialPicker
          credentials={credentialList}
          value={chosen}
          onChange={(codes) => {
            errors.dismiss('licences');
            setChosen(codes);
          }}
          name="licences"
          errorMessage={errors.errorFor('licences')}
          isDisabled={!canWrite}
        />
      ) : (
        <TextAreaField
          name="licences"
          label={t('profile.licences')}
          description={t('profile.licencesDescription')}
          defaultValue={profile.licences.join('\n')}
          rows={3}
        />
      )}
    </div>
  );
}
