import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../api/messages.ts';
import {
  INTERVENTION_STATUSES,
  INTERVENTION_TYPES,
  type InterventionCreateBody,
  type InterventionStatus,
  type InterventionType,
  type InterventionView,
  maxLengths,
  SUBSIDY_KINDS,
  type SubsidyKind,
} from '../../../api/types.ts';
import { Alert } from '../../../components/Alert.tsx';
import { useAnnounce } from '../../../components/Announcer.tsx';
import { Button } from '../../../components/Button.tsx';
import { DateField } from '../../../components/DateField.tsx';
import { checkDate, checkLength } from '../../../components/input-checks.ts';
import { TextField } from '../../../components/TextField.tsx';
import { useCreateIntervention, useInterventions, usePatchIntervention } from '../api/interventions.ts';
import { EmployerPicker } from '../components/EmployerPicker.tsx';
import { FormWithFeedback } from '../components/FormWithFeedback.tsx';
import { SelectField, TextAreaField } from '../components/fields.tsx';
import { ConflictNotice, type ConflictRow, useFormErrors } from '../components/form-errors.tsx';
import { formatDate, textOrNull, todayIso } from '../format.ts';
import { useParticipantT } from '../i18n/index.ts';
import type { SectionProps } from '../ParticipantPage.tsx';

// Placements at an employer need the employer (the server says the same).
const NEEDS_EMPLOYER: ReadonlySet<InterventionType> = new Set([
  'praktik',
  'arbetstraning',
  'jobbspar',
  'subsidised_employment',
]);

export function InterventionsSection({
  enrolmentId,
  canWrite,
  enrolment,
}: SectionProps & { enrolmentId: string }) {
  const { t, language } = useParticipantT();
  const { t: tShared } = useTranslation();
  const interventions = useInterventions(enrolmentId);
  const items = interventions.data?.items ?? [];
  const [editingId, setEditingId] = useState<string | null>(null);
  const editing = items.find((item) => item.id === editingId) ?? null;

  return (
    <section aria-labelledby="interventions-heading" className="section-stack">
      <div>
        <h2 id="interventions-heading">{t('interventions.heading')}</h2>
        <p className="muted">{t('interventions.intro')}</p>
      </div>
      {interventions.isError ? (
        <Alert tone="error">{errorMessage(interventions.error, tShared)}</Alert>
      ) : null}
      {interventions.isPending ? <p className="muted">{t('common.loading')}</p> : null}
      {interventions.data && items.length === 0 ? (
        <p className="empty-state">{t('interventions.none')}</p>
      ) : null}
      {items.length > 0 ? (
        <table className="data-table data-table--cards">
          <caption className="table-caption">{t('interventions.tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('interventions.title')}</th>
              <th scope="col">{t('interventions.type')}</th>
              <th scope="col">{t('interventions.employer')}</th>
              <th scope="col">{t('interventions.period')}</th>
              <th scope="col">{t('interventions.hoursPerWeek')}</th>
              <th scope="col">{t('interventions.status')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr key={item.id}>
                <th scope="row" data-label={t('interventions.title')}>
                  {item.title}
                  {item.goals ? <span className="cell-note">{item.goals}</span> : null}
                </th>
                <td data-label={t('interventions.type')}>
                  {t(`labels.interventionType.${item.type}`)}
                  {item.subsidyKind ? (
                    <span className="cell-note">{t(`labels.subsidyKind.${item.subsidyKind}`)}</span>
                  ) : null}
                </td>
                <td data-label={t('interventions.employer')}>
                  {item.employer?.name ?? item.provider ?? t('common.none')}
                </td>
                <td data-label={t('interventions.period')} className="nowrap tabular">
                  {formatDate(item.startDate, language)} – {formatDate(item.endDate, language)}
                </td>
                <td data-label={t('interventions.hoursPerWeek')} className="tabular">
                  {item.hoursPerWeek ?? t('common.none')}
                </td>
                <td data-label={t('interventions.status')}>
                  {canWrite ? (
                    <div className="cell-actions">
                      <StatusChanger item={item} onReload={() => void interventions.refetch()} />
                      <Button
                        variant="secondary"
                        onPress={() => setEditingId(item.id)}
                        aria-label={t('interventions.editNamed', { title: item.title })}
                      >
                        {t('interventions.edit')}
                      </Button>
                    </div>
                  ) : (
                    t(`labels.interventionStatus.${item.status}`)
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {editing ? (
        <InterventionForm
          key={editing.id}
          enrolmentId={enrolmentId}
          existing={editing}
          onDone={() => {
            setEditingId(null);
            void interventions.refetch();
          }}
        />
      ) : null}
      {canWrite && enrolment ? <InterventionForm enrolmentId={enrolmentId} /> : null}
    </section>
  );
}

function StatusChanger({ item, onReload }: { item: InterventionView; onReload: () => void }) {
  const { t } = useParticipantT();
  const { t: tShared } = useTranslation();
  const announce = useAnnounce();
  const patch = usePatchIntervention();
  const form = useFormErrors();
  const [status, setStatus] = useState<InterventionStatus>(item.status);
  const label = t('interventions.changeStatus', { title: item.title });

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    form.clear();
    patch.mutate(
      { id: item.id, version: item.version, status },
      { onSuccess: () => announce(t('interventions.statusSaved')), onError: form.handleError },
    );
  }

  return (
    <form className="inline-form" onSubmit={onSubmit}>
      <select
        aria-label={label}
        className="field__input field__select field__input--compact"
        value={status}
        onChange={(event) => setStatus(event.currentTarget.value as InterventionStatus)}
      >
        {INTERVENTION_STATUSES.map((value) => (
          <option key={value} value={value}>
            {t(`labels.interventionStatus.${value}`)}
          </option>
        ))}
      </select>
      {status !== item.status ? (
        <Button type="submit" variant="secondary" isPending={patch.isPending}>
          {t('common.save')}
        </Button>
      ) : null}
      {form.conflict ? (
        <ConflictNotice
          onReload={() => {
            onReload();
            form.setConflict(false);
          }}
        />
      ) : null}
      {form.failure || form.problems.length > 0 ? (
        <span className="field__error" role="alert">
          {form.problems[0]?.message ?? errorMessage(form.failure, tShared)}
        </span>
      ) : null}
    </form>
  );
}

/** A field's value as the diff shows it: dates and numbers as typed, codes by their label. */
function shown(value: unknown): string {
  if (value === null || value === undefined) return '';
  return String(value);
}

/**
 * Registers a new intervention, or changes every field of an existing one (`existing`). On a 409
 * the notice shows, field by field, what the other change was and lets the person save theirs
 * over it or take what is saved.
 */
function InterventionForm({
  enrolmentId,
  existing,
  onDone,
}: {
  enrolmentId: string;
  existing?: InterventionView;
  onDone?: () => void;
}) {
  const { t, language } = useParticipantT();
  const { t: tShared } = useTranslation();
  const announce = useAnnounce();
  const create = useCreateIntervention(enrolmentId);
  const patch = usePatchIntervention();
  const form = useFormErrors();
  const [type, setType] = useState<InterventionType | ''>(existing?.type ?? '');
  const [formKey, setFormKey] = useState(0);
  // The version the edit is based on, and what was last sent (for the diff after a 409).
  const [baseVersion, setBaseVersion] = useState(existing?.version ?? 0);
  const sent = useRef<InterventionCreateBody | null>(null);
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  // Opening an edit moves focus to it (keyboard and screen reader users land on the form).
  const editingId = existing?.id;
  useEffect(() => {
    if (editingId) headingRef.current?.focus();
  }, [editingId]);
  const pending = create.isPending || patch.isPending;

  const labelOf = (field: keyof InterventionCreateBody, value: unknown): string => {
    if (value === null || value === undefined || value === '') return '';
    if (field === 'type') return t(`labels.interventionType.${value as InterventionType}`);
    if (field === 'status') return t(`labels.interventionStatus.${value as InterventionStatus}`);
    if (field === 'subsidyKind') return t(`labels.subsidyKind.${value as SubsidyKind}`);
    if (field === 'startDate' || field === 'endDate') return formatDate(String(value), language);
    return shown(value);
  };
  const FIELDS: Array<[keyof InterventionCreateBody, string]> = [
    ['type', t('interventions.type')],
    ['subsidyKind', t('interventions.subsidyKind')],
    ['title', t('interventions.title')],
    ['employerId', t('interventions.employer')],
    ['provider', t('interventions.provider')],
    ['startDate', t('interventions.startDate')],
    ['endDate', t('interventions.endDate')],
    ['hoursPerWeek', t('interventions.hoursPerWeek')],
    ['status', t('interventions.status')],
    ['goals', t('interventions.goals')],
  ];
  const fieldValue = (record: Record<string, unknown>, field: keyof InterventionCreateBody) =>
    field === 'employerId'
      ? ((record.employer as { name?: string } | null | undefined)?.name ?? record.employerId ?? null)
      : record[field];

  function conflictRows(current: Record<string, unknown> | null): ConflictRow[] {
    if (!existing || !current) return [];
    const mine = (sent.current ?? {}) as Record<string, unknown>;
    return FIELDS.map(([field, label]) => ({
      label,
      before: labelOf(field, fieldValue(existing as unknown as Record<string, unknown>, field)),
      saved: labelOf(field, fieldValue(current, field)),
      mine:
        field === 'employerId'
          ? labelOf(
              field,
              mine.employerId === existing.employer?.id ? existing.employer?.name : mine.employerId,
            )
          : labelOf(field, mine[field]),
    }));
  }

  function submit(body: InterventionCreateBody, version: number) {
    sent.current = body;
    if (existing) {
      patch.mutate(
        { id: existing.id, version, ...body },
        {
          onSuccess: (saved) => {
            setBaseVersion(saved.version);
            announce(t('interventions.updated'));
            onDone?.();
          },
          onError: form.handleError,
        },
      );
      return;
    }
    create.mutate(body, {
      onSuccess: () => {
        announce(t('interventions.added'));
        setType('');
        setFormKey((k) => k + 1);
      },
      onError: form.handleError,
    });
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const local: Record<string, string> = {};
    const title = String(data.get('title') ?? '').trim();
    const goals = textOrNull(data.get('goals'));
    const hours = textOrNull(data.get('hoursPerWeek'));
    const subsidyKind = textOrNull(data.get('subsidyKind')) as SubsidyKind | null;
    if (!type) local.type = t('form.chooseOne');
    if (type === 'subsidised_employment' && !subsidyKind) local.subsidyKind = t('form.chooseOne');
    if (!title) local.title = t('form.required', { field: t('interventions.title').toLowerCase() });
    const startDate = checkDate(local, 'startDate', data.get('startDate'), tShared, {
      required: t('form.required', { field: t('interventions.startDate').toLowerCase() }),
    });
    const endDate = checkDate(local, 'endDate', data.get('endDate'), tShared);
    const hoursNumber = hours === null ? null : Number(hours.replace(',', '.'));
    if (hoursNumber !== null && !(hoursNumber >= 0 && hoursNumber <= 60))
      local.hoursPerWeek = t('form.numberInvalid');
    checkLength(local, 'goals', goals, maxLengths.InterventionCreateBody.goals, tShared, language);
    if (form.show(local) || !type || startDate === null) return;
    form.clear();
    submit(
      {
        type,
        subsidyKind: type === 'subsidised_employment' ? subsidyKind : null,
        title,
        employerId: textOrNull(data.get('employerId')),
        provider: textOrNull(data.get('provider')),
        startDate,
        endDate,
        hoursPerWeek: hoursNumber,
        goals,
        status: (textOrNull(data.get('status')) as InterventionStatus | null) ?? 'planned',
      },
      baseVersion,
    );
  }

  const current = form.conflict ? form.conflict.conflict?.current : undefined;
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h3 id={headingId} tabIndex={-1} ref={headingRef}>
        {existing ? t('interventions.editHeading', { title: existing.title }) : t('interventions.addHeading')}
      </h3>
      {create.isSuccess ? <Alert tone="success">{t('interventions.added')}</Alert> : null}
      <FormWithFeedback
        form={form}
        onSubmit={onSubmit}
        className="form"
        formKey={formKey}
        {...(existing
          ? {
              onReload: () => {
                // Take what is saved: close the edit (the list shows the saved version).
                form.setConflict(false);
                onDone?.();
              },
              conflictRows,
              ...(current && typeof current.version === 'number' && sent.current
                ? {
                    onOverwrite: () => {
                      const body = sent.current;
                      if (body) submit(body, current.version as number);
                    },
                  }
                : {}),
            }
          : {})}
      >
        <div className="form-grid">
          <SelectField
            name="type"
            label={t('interventions.type')}
            placeholder={t('common.choose')}
            options={INTERVENTION_TYPES.map((value) => ({
              value,
              label: t(`labels.interventionType.${value}`),
            }))}
            value={type}
            onChange={(event) => setType(event.currentTarget.value as InterventionType | '')}
            isRequired
          />
          {type === 'subsidised_employment' ? (
            <SelectField
              name="subsidyKind"
              label={t('interventions.subsidyKind')}
              placeholder={t('common.choose')}
              options={SUBSIDY_KINDS.map((value) => ({ value, label: t(`labels.subsidyKind.${value}`) }))}
              defaultValue={existing?.subsidyKind ?? undefined}
              isRequired
            />
          ) : null}
          <TextField
            name="title"
            label={t('interventions.title')}
            description={t('interventions.titleDescription')}
            defaultValue={existing?.title}
            isRequired
          />
          <EmployerPicker
            name="employerId"
            label={t('interventions.employer')}
            defaultValue={existing?.employer?.id}
            isRequired={type !== '' && NEEDS_EMPLOYER.has(type)}
          />
          <TextField
            name="provider"
            label={`${t('interventions.provider')} ${t('common.optional')}`}
            description={t('interventions.providerDescription')}
            defaultValue={existing?.provider ?? undefined}
          />
          <DateField
            name="startDate"
            label={t('interventions.startDate')}
            defaultValue={existing?.startDate ?? todayIso()}
            isRequired
          />
          <DateField
            name="endDate"
            label={`${t('interventions.endDate')} ${t('common.optional')}`}
            defaultValue={existing?.endDate ?? undefined}
          />
          <TextField
            name="hoursPerWeek"
            inputMode="decimal"
            label={`${t('interventions.hoursPerWeek')} ${t('common.optional')}`}
            inputClassName="field__input--short"
            defaultValue={existing?.hoursPerWeek == null ? undefined : String(existing.hoursPerWeek)}
          />
          <SelectField
            name="status"
            label={t('interventions.status')}
            options={INTERVENTION_STATUSES.map((value) => ({
              value,
              label: t(`labels.interventionStatus.${value}`),
            }))}
            defaultValue={existing?.status ?? 'planned'}
          />
        </div>
        <TextAreaField
          name="goals"
          label={`${t('interventions.goals')} ${t('common.optional')}`}
          rows={3}
          maxLength={maxLengths.InterventionCreateBody.goals}
          defaultValue={existing?.goals ?? undefined}
        />
        <div className="form__actions">
          <Button type="submit" isPending={pending}>
            {existing ? t('common.save') : t('interventions.add')}
          </Button>
          {existing ? (
            <Button variant="secondary" onPress={() => onDone?.()}>
              {t('common.cancel')}
            </Button>
          ) : null}
        </div>
      </FormWithFeedback>
    </section>
  );
}
