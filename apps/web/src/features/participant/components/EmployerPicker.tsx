import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../api/api-error.ts';
import { errorMessage } from '../../../api/messages.ts';
import { useAnnounce } from '../../../components/Announcer.tsx';
import { Button } from '../../../components/Button.tsx';
import { placeErrors } from '../../../components/field-paths.ts';
import { TextField } from '../../../components/TextField.tsx';
import { useCreateEmployer, useEmployers } from '../api/employers.ts';
import { useParticipantT } from '../i18n/index.ts';
import { SelectField } from './fields.tsx';

/** The request's fields (EmployerCreateBody) that this small form shows. */
const NEW_EMPLOYER_FIELDS: ReadonlySet<string> = new Set(['name', 'organisationsnummer']);

/**
 * Chooses the employer of an intervention or a job; an employer that is not in Arbetsbro yet
 * can be added on the spot (name, optionally organisationsnummer) without leaving the form.
 */
export function EmployerPicker({
  name,
  label,
  isRequired,
  defaultValue,
}: {
  name: string;
  label: string;
  isRequired?: boolean;
  /** The employer chosen when the form opens (editing). */
  defaultValue?: string | undefined;
}) {
  const { t } = useParticipantT();
  const { t: tShared } = useTranslation();
  const announce = useAnnounce();
  const employers = useEmployers();
  const create = useCreateEmployer();
  const id = useId();
  const [selected, setSelected] = useState(defaultValue ?? '');
  const [adding, setAdding] = useState(false);
  const [newName, setNewName] = useState('');
  const [orgNr, setOrgNr] = useState('');
  // The employer just added, chosen at once: the list that holds it is still being fetched again.
  const [added, setAdded] = useState<{ id: string; name: string } | null>(null);

  const listed = employers.data?.items ?? [];
  const options = [
    ...(added && !listed.some((employer) => employer.id === added.id) ? [added] : []),
    ...listed,
  ].map((employer) => ({ value: employer.id, label: employer.name }));

  function save() {
    create.mutate(
      { name: newName.trim(), organisationsnummer: orgNr.trim() || null },
      {
        onSuccess: (employer) => {
          setAdded({ id: employer.id, name: employer.name });
          setSelected(employer.id);
          setAdding(false);
          setNewName('');
          setOrgNr('');
          announce(t('employer.added', { name: employer.name }));
          window.setTimeout(() => document.getElementById(`${id}-select`)?.focus(), 0);
        },
      },
    );
  }

  // Enter here adds the employer; it must not send the surrounding form.
  function onEnter(event: { key: string; preventDefault(): void }) {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    if (newName.trim() !== '') save();
  }

  // The server's field errors go to the two fields here; anything else to the message below them.
  const placed = placeErrors(isApiError(create.error) ? create.error.errors : [], NEW_EMPLOYER_FIELDS);
  const nameError = placed.fields.name;
  const orgNrError = placed.fields.organisationsnummer;

  return (
    <div className="employer-picker">
      <SelectField
        id={`${id}-select`}
        name={name}
        label={isRequired ? label : `${label} ${t('common.optional')}`}
        placeholder={t('interventions.noEmployer')}
        options={options}
        value={selected}
        onChange={(event) => setSelected(event.currentTarget.value)}
        isRequired={isRequired ?? false}
      />
      {!adding ? (
        <Button variant="quiet" onPress={() => setAdding(true)}>
          {t('employer.add')}
        </Button>
      ) : (
        <fieldset className="subpanel employer-picker__new">
          <legend className="employer-picker__heading">{t('employer.newHeading')}</legend>
          <TextField
            name="newEmployerName"
            label={t('employer.name')}
            value={newName}
            onChange={setNewName}
            onKeyDown={onEnter}
            error={nameError}
          />
          <TextField
            name="newEmployerOrgNr"
            label={`${t('employer.organisationsnummer')} ${t('common.optional')}`}
            description={t('employer.organisationsnummerDescription')}
            value={orgNr}
            onChange={setOrgNr}
            onKeyDown={onEnter}
            inputMode="numeric"
            error={orgNrError}
          />
          {create.isError ? (
            <p className="field__error" role="alert">
              {nameError !== undefined || orgNrError !== undefined || placed.unplaced.length > 0
                ? [nameError, orgNrError, ...placed.unplaced.map((e) => e.message)].filter(Boolean).join(' ')
                : errorMessage(create.error, tShared)}
            </p>
          ) : null}
          <div className="form__actions">
            <Button
              variant="secondary"
              onPress={save}
              isPending={create.isPending}
              isDisabled={newName.trim() === ''}
            >
              {t('employer.save')}
            </Button>
            <Button variant="quiet" onPress={() => setAdding(false)}>
              {t('common.cancel')}
            </Button>
          </div>
        </fieldset>
      )}
    </div>
  );
}
