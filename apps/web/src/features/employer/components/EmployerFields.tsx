import { useCurrentUser } from '../../../api/auth.ts';
import type { EmployerView, StaffRef } from '../../../api/types.ts';
import { TextField } from '../../../components/TextField.tsx';
import { useMunicipalities } from '../../participant/api/reference.ts';
import { SelectField, useFieldError } from '../../participant/components/fields.tsx';
import { useLiaisons } from '../api/employers.ts';
import { useEmployerT } from '../i18n/index.ts';
import { SniCombobox } from './SniCombobox.tsx';

/**
 * The register fields of an employer, for the create form and the edit card. Inside a
 * FormWithFeedback: each field shows the error its name has (our check or the server's 400).
 */
export function EmployerFields({ employer }: { employer?: EmployerView | undefined }) {
  const { t } = useEmployerT();
  const user = useCurrentUser();
  const municipalities = useMunicipalities();
  const sniError = useFieldError('sniCode');

  // Liaisons: the municipality's liaisons and managers, the current one even if they have left.
  const staff = useLiaisons();
  const liaisons: StaffRef[] = [...(staff.data?.items ?? [])];
  if (employer?.liaison && !liaisons.some((l) => l.id === employer.liaison?.id))
    liaisons.push(employer.liaison);
  if ((user.role === 'liaison' || user.role === 'manager') && !liaisons.some((l) => l.id === user.id))
    liaisons.push({ id: user.id, displayName: user.displayName });
  const defaultLiaison =
    employer !== undefined
      ? (employer.liaison?.id ?? '')
      : user.role === 'liaison' || user.role === 'manager'
        ? user.id
        : '';

  return (
    <>
      <div className="form-grid">
        <TextField
          name="name"
          label={t('fields.name')}
          defaultValue={employer?.name ?? ''}
          isRequired
          autoComplete="organization"
        />
        <TextField
          name="organisationsnummer"
          label={`${t('fields.organisationsnummer')} ${t('common.optional')}`}
          description={t('fields.organisationsnummerDescription')}
          defaultValue={employer?.organisationsnummer ?? ''}
          inputMode="numeric"
          inputClassName="field__input--short"
        />
      </div>
      <SniCombobox
        name="sniCode"
        label={`${t('fields.sni')} ${t('common.optional')}`}
        description={t('fields.sniDescription')}
        defaultCode={employer?.sni?.code ?? null}
        errorMessage={sniError}
      />
      <TextField
        name="industry"
        label={`${t('fields.industry')} ${t('common.optional')}`}
        description={t('fields.industryDescription')}
        defaultValue={employer?.industry ?? ''}
      />
      <div className="form-grid">
        {municipalities.data ? (
          <SelectField
            name="municipality"
            label={`${t('fields.municipality')} ${t('common.optional')}`}
            placeholder={t('common.choose')}
            options={municipalities.data.municipalities.map((m) => ({ value: m.code, label: m.name }))}
            defaultValue={employer?.municipality ?? ''}
          />
        ) : (
          <TextField
            name="municipality"
            label={`${t('fields.municipalityCode')} ${t('common.optional')}`}
            description={t('fields.municipalityCodeDescription')}
            defaultValue={employer?.municipality ?? ''}
            inputMode="numeric"
            inputClassName="field__input--short"
          />
        )}
        <TextField
          name="address"
          label={`${t('fields.address')} ${t('common.optional')}`}
          defaultValue={employer?.address ?? ''}
          autoComplete="street-address"
        />
        <TextField
          name="postcode"
          label={`${t('fields.postcode')} ${t('common.optional')}`}
          defaultValue={employer?.postcode ?? ''}
          inputMode="numeric"
          inputClassName="field__input--short"
          autoComplete="postal-code"
        />
        <SelectField
          name="liaisonId"
          label={t('fields.liaison')}
          placeholder={t('fields.noLiaison')}
          options={liaisons.map((l) => ({
            value: l.id,
            label: l.id === user.id ? t('fields.me', { name: l.displayName }) : l.displayName,
          }))}
          defaultValue={defaultLiaison}
        />
      </div>
    </>
  );
}
