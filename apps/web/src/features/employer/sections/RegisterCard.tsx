import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAnnounce } from '../../../components/Announcer.tsx';
import { EditableCard, EditableCardActions } from '../../../components/EditableCard.tsx';
import { useMunicipalities } from '../../participant/api/reference.ts';
import { FormWithFeedback } from '../../participant/components/FormWithFeedback.tsx';
import { useFormErrors } from '../../participant/components/form-errors.tsx';
import { useBaseVersion } from '../../participant/components/use-base-version.ts';
import { useEmployer, usePatchEmployer } from '../api/employers.ts';
import { EmployerFields } from '../components/EmployerFields.tsx';
import type { EmployerSectionProps } from '../EmployerPage.tsx';
import { isDuplicateOrgnr, readEmployerForm } from '../employer-form.ts';
import { useEmployerT } from '../i18n/index.ts';
import { sniText } from '../sni.ts';

/** The register fields: shown as facts, changed in place by liaisons and managers (409 kept apart). */
export function RegisterCard({ employer, canWrite }: EmployerSectionProps) {
  const { t, language } = useEmployerT();
  const { t: tShared } = useTranslation();
  const announce = useAnnounce();
  const [editing, setEditing] = useState(false);
  const patch = usePatchEmployer(employer.id);
  const reload = useEmployer(employer.id);
  const municipalities = useMunicipalities();
  const form = useFormErrors();
  const { baseVersion, setBaseVersion, reloadLatest } = useBaseVersion({
    version: employer.version,
    form,
    reload: reload.refetch,
    versionOf: (latest) => latest.version,
  });

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const { errors, body } = readEmployerForm(new FormData(event.currentTarget), t, tShared, language);
    if (form.show(errors)) return;
    patch.mutate(
      { ...body, version: baseVersion },
      {
        onSuccess: (updated) => {
          setBaseVersion(updated.version);
          setEditing(false);
          announce(t('register.saved'));
        },
        onError: (error) => {
          if (isDuplicateOrgnr(error)) {
            form.show({ organisationsnummer: (error as Error).message });
            return;
          }
          form.handleError(error);
        },
      },
    );
  }

  const municipality = employer.municipality
    ? (municipalities.data?.municipalities.find((m) => m.code === employer.municipality)?.name ??
      employer.municipality)
    : null;
  const rows: Array<[string, string | null]> = [
    [t('fields.name'), employer.name],
    [t('fields.organisationsnummer'), employer.organisationsnummer],
    [t('fields.sni'), employer.sni ? sniText(employer.sni) : null],
    [t('fields.industry'), employer.industry],
    [t('fields.municipality'), municipality],
    [t('fields.address'), [employer.address, employer.postcode].filter(Boolean).join(', ') || null],
    [t('fields.liaison'), employer.liaison?.displayName ?? null],
  ];

  return (
    <EditableCard
      headingId="employer-register"
      title={t('register.heading')}
      editLabel={t('register.edit')}
      canEdit={canWrite}
      isEditing={editing}
      onEdit={() => {
        setBaseVersion(employer.version);
        form.clear();
        setEditing(true);
      }}
      view={
        <dl className="facts">
          {rows.map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{value ?? t('common.none')}</dd>
            </div>
          ))}
        </dl>
      }
    >
      <FormWithFeedback
        form={form}
        onSubmit={onSubmit}
        className="form form--compact"
        onReload={() => void reloadLatest()}
        isReloading={reload.isFetching}
      >
        <EmployerFields employer={employer} />
        <EditableCardActions
          saveLabel={t('common.save')}
          cancelLabel={t('common.cancel')}
          isSaving={patch.isPending}
          onCancel={() => {
            form.clear();
            setEditing(false);
          }}
        />
      </FormWithFeedback>
    </EditableCard>
  );
}
