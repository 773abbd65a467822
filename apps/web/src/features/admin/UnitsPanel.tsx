import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/api-error.ts';
import { errorMessage } from '../../api/messages.ts';
import { Alert } from '../../components/Alert.tsx';
import { useAnnounce } from '../../components/Announcer.tsx';
import { Button } from '../../components/Button.tsx';
import { TextField } from '../../components/TextField.tsx';
import { useFieldErrors } from '../../components/use-field-errors.ts';
import { readUnitForm } from './admin-form.ts';
import { type AdminUnit, useCreateUnit, useUnits, useUpdateUnit } from './api/admin.ts';
import { type AdminT, useAdminT } from './i18n/index.ts';

/** Enheter: the units with their age ranges for intake routing; add one, change one. */
export function UnitsPanel() {
  const { t } = useAdminT();
  const { t: tShared } = useTranslation();
  const id = useId();
  const units = useUnits();
  const [editing, setEditing] = useState<string | null>(null);
  const items = units.data?.items ?? [];
  const edited = items.find((u) => u.id === editing);

  function closeEdit(unitId: string) {
    setEditing(null);
    requestAnimationFrame(() => document.getElementById(`${id}-edit-${unitId}`)?.focus());
  }

  return (
    <div className="section-stack">
      <section aria-labelledby={`${id}-list`}>
        <h2 id={`${id}-list`}>{t('units.heading')}</h2>
        <p>{t('units.intro')}</p>
        {units.isError ? <Alert tone="error">{errorMessage(units.error, tShared)}</Alert> : null}
        {units.isPending ? <p className="muted">{t('common.loading')}</p> : null}
        {units.data ? (
          <table className="data-table data-table--cards admin-table">
            <caption className="table-caption">{t('units.caption', { count: items.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('units.columns.name')}</th>
                <th scope="col">{t('units.columns.ages')}</th>
                <th scope="col">{t('units.columns.staff')}</th>
                <th scope="col">{t('units.columns.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((u) => (
                <tr key={u.id}>
                  <th scope="row" data-label={t('units.columns.name')}>
                    {u.name}
                  </th>
                  <td data-label={t('units.columns.ages')}>{ageText(u, t)}</td>
                  <td data-label={t('units.columns.staff')} className="tabular">
                    {u.staffCount}
                  </td>
                  <td data-label={t('units.columns.actions')}>
                    <Button
                      id={`${id}-edit-${u.id}`}
                      variant="secondary"
                      aria-label={t('units.editLabel', { name: u.name })}
                      aria-expanded={editing === u.id}
                      onPress={() => setEditing(u.id)}
                    >
                      {t('units.edit')}
                    </Button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
      </section>

      {edited ? <UnitForm key={edited.id} unit={edited} onClose={() => closeEdit(edited.id)} /> : null}
      <UnitForm />
    </div>
  );
}

export function ageText(u: Pick<AdminUnit, 'minAge' | 'maxAge'>, t: AdminT): string {
  if (u.minAge !== null && u.maxAge !== null) return t('units.range', { min: u.minAge, max: u.maxAge });
  if (u.minAge !== null) return t('units.from', { min: u.minAge });
  if (u.maxAge !== null) return t('units.to', { max: u.maxAge });
  return t('units.noRange');
}

/** A new unit (no `unit`), or changing one (`unit`, with its version). */
function UnitForm({ unit, onClose }: { unit?: AdminUnit; onClose?: () => void }) {
  const { t } = useAdminT();
  const { t: tShared } = useTranslation();
  const announce = useAnnounce();
  const id = useId();
  const create = useCreateUnit();
  const update = useUpdateUnit();
  const formRef = useRef<HTMLFormElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  const fieldErrors = useFieldErrors(formRef);
  const [notice, setNotice] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const [formKey, setFormKey] = useState(0);
  const pending = create.isPending || update.isPending;

  useEffect(() => {
    if (unit) headingRef.current?.focus();
  }, [unit]);
  useEffect(() => {
    if (notice) noticeRef.current?.focus();
  }, [notice]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    const { value, errors } = readUnitForm(new FormData(event.currentTarget), {
      nameRequired: t('units.nameRequired'),
      ageInvalid: t('units.ageInvalid'),
      maxBelowMin: t('units.maxBelowMin'),
    });
    setNotice(null);
    if (fieldErrors.show(errors)) return;
    const onError = (error: unknown) => {
      if (isApiError(error) && error.errors.length > 0) {
        fieldErrors.show(error.fieldErrors());
        return;
      }
      const stale = isApiError(error) && error.status === 409;
      setNotice({ tone: 'error', text: stale ? t('common.stale') : errorMessage(error, tShared) });
      if (stale) setFormKey((k) => k + 1);
    };
    if (unit) {
      update.mutate(
        { unitId: unit.id, body: { version: unit.version, ...value } },
        {
          onSuccess: (saved) => {
            announce(t('units.saved', { name: saved.name }));
            setNotice({ tone: 'success', text: t('units.saved', { name: saved.name }) });
          },
          onError,
        },
      );
    } else {
      create.mutate(value, {
        onSuccess: (saved) => {
          announce(t('units.created', { name: saved.name }));
          setNotice({ tone: 'success', text: t('units.created', { name: saved.name }) });
          setFormKey((k) => k + 1);
        },
        onError,
      });
    }
  }

  return (
    <section className="panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} ref={headingRef} tabIndex={-1} className="panel__title">
        {unit ? t('units.editHeading', { name: unit.name }) : t('units.createHeading')}
      </h2>
      {notice ? (
        <Alert ref={noticeRef} tone={notice.tone}>
          {notice.text}
        </Alert>
      ) : null}
      <Form
        key={`${unit?.version ?? 0}-${formKey}`}
        ref={formRef}
        className="form"
        onSubmit={onSubmit}
        validationBehavior="aria"
      >
        <TextField
          {...fieldErrors.field('name')}
          label={t('units.name')}
          defaultValue={unit?.name ?? ''}
          autoComplete="off"
          isRequired
        />
        <div className="form-grid admin-ages">
          <TextField
            {...fieldErrors.field('minAge')}
            label={t('units.minAge')}
            description={t('units.agesDescription')}
            defaultValue={unit?.minAge?.toString() ?? ''}
            inputMode="numeric"
            inputClassName="field__input--short"
            autoComplete="off"
          />
          <TextField
            {...fieldErrors.field('maxAge')}
            label={t('units.maxAge')}
            description={t('units.agesDescription')}
            defaultValue={unit?.maxAge?.toString() ?? ''}
            inputMode="numeric"
            inputClassName="field__input--short"
            autoComplete="off"
          />
        </div>
        <div className="form__actions">
          <Button type="submit" isPending={pending}>
            {pending
              ? unit
                ? t('common.saving')
                : t('units.submitting')
              : unit
                ? t('common.save')
                : t('units.submit')}
          </Button>
          {onClose ? (
            <Button variant="quiet" onPress={onClose}>
              {t('manage.close')}
            </Button>
          ) : null}
        </div>
      </Form>
    </section>
  );
}
