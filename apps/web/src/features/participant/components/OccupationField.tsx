import { TextField } from '../../../components/TextField.tsx';
import { useParticipantT } from '../i18n/index.ts';

interface OccupationFieldProps {
  id: string;
  name: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
}

/**
 * The occupation of one work experience, as a taxonomy concept id. The API has no occupation
 * search yet, so this is a plain field for the id; the server answers an unknown id with a 400
 * that is shown here. Swap in a combobox over the taxonomy search when it exists.
 */
export function OccupationField({ id, name, label, value, onChange }: OccupationFieldProps) {
  const { t } = useParticipantT();
  return (
    <TextField
      id={id}
      name={name}
      label={label}
      description={t('profile.occupationFreeDescription')}
      value={value}
      onChange={onChange}
      isRequired
    />
  );
}
