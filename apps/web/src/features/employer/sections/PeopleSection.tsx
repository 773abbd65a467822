import { type FormEvent, useState } from 'react';
import type { ContactPersonView } from '../../../api/types.ts';
import { useAnnounce } from '../../../components/Announcer.tsx';
import { Button } from '../../../components/Button.tsx';
import { TextField } from '../../../components/TextField.tsx';
import { useMunicipalities } from '../../participant/api/reference.ts';
import { FormWithFeedback } from '../../participant/components/FormWithFeedback.tsx';
import { SelectField } from '../../participant/components/fields.tsx';
import { useFormErrors } from '../../participant/components/form-errors.tsx';
import { useAddContactPerson, useAddWorkplace, useUpdateContactPerson } from '../api/employers.ts';
import type { EmployerSectionProps } from '../EmployerPage.tsx';
import { readContactPersonForm, readWorkplaceForm } from '../employer-form.ts';
import { useEmployerT } from '../i18n/index.ts';

/** Workplaces (where the jobs are) and contact persons (who to talk to). */
export function PeopleSection({ employer, canWrite }: EmployerSectionProps) {
  const { t } = useEmployerT();
  return (
    <div className="section-stack">
      <section className="panel" aria-labelledby="employer-workplaces">
        <h2 id="employer-workplaces" className="panel__title">
          {t('workplaces.heading')}
        </h2>
        <Workplaces employer={employer} canWrite={canWrite} />
      </section>
      <section className="panel" aria-labelledby="employer-contacts">
        <h2 id="employer-contacts" className="panel__title">
          {t('contacts.heading')}
        </h2>
        <p className="muted">{t('contacts.intro')}</p>
        <ContactPersons employer={employer} canWrite={canWrite} />
      </section>
    </div>
  );
}

function Workplaces({ employer, canWrite }: EmployerSectionProps) {
  const { t } = useEmployerT();
  const announce = useAnnounce();
  const municipalities = useMunicipalities();
  const add = useAddWorkplace(employer.id);
  const form = useFormErrors();
  const [adding, setAdding] = useState(false);
  const name = (code: string | null) =>
    code ? (municipalities.data?.municipalities.find((m) => m.code === code)?.name ?? code) : null;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const { errors, body } = readWorkplaceForm(new FormData(event.currentTarget), t);
    if (form.show(errors)) return;
    add.mutate(body, {
      onSuccess: (workplace) => {
        announce(t('workplaces.added', { name: workplace.name }));
        setAdding(false);
      },
      onError: form.handleError,
    });
  }

  return (
    <>
      {employer.workplaces.length === 0 ? (
        <p className="empty-state">{t('workplaces.none')}</p>
      ) : (
        <ul className="plain-list">
          {employer.workplaces.map((w) => (
            <li key={w.id}>
              <strong>{w.name}</strong>
              <span className="cell-note">
                {[w.address, w.postcode, name(w.municipality)].filter(Boolean).join(', ') || t('common.none')}
              </span>
            </li>
          ))}
        </ul>
      )}
      {canWrite && !adding ? (
        <Button variant="secondary" onPress={() => setAdding(true)}>
          {t('workplaces.add')}
        </Button>
      ) : null}
      {canWrite && adding ? (
        <section className="subpanel" aria-labelledby="workplace-new">
          <h3 id="workplace-new">{t('workplaces.newHeading')}</h3>
          <FormWithFeedback form={form} onSubmit={onSubmit} className="form form--compact">
            <TextField name="name" label={t('workplaces.name')} isRequired autoFocus />
            <div className="form-grid">
              <TextField name="address" label={`${t('fields.address')} ${t('common.optional')}`} />
              <TextField
                name="postcode"
                label={`${t('fields.postcode')} ${t('common.optional')}`}
                inputMode="numeric"
                inputClassName="field__input--short"
              />
              {municipalities.data ? (
                <SelectField
                  name="municipality"
                  label={`${t('fields.municipality')} ${t('common.optional')}`}
                  placeholder={t('common.choose')}
                  options={municipalities.data.municipalities.map((m) => ({ value: m.code, label: m.name }))}
                  defaultValue={employer.municipality ?? ''}
                />
              ) : null}
            </div>
            <div className="form__actions">
              <Button type="submit" isPending={add.isPending}>
                {t('workplaces.save')}
              </Button>
              <Button
                variant="quiet"
                onPress={() => {
                  form.clear();
                  setAdding(false);
                }}
              >
                {t('common.cancel')}
              </Button>
            </div>
          </FormWithFeedback>
        </section>
      ) : null}
    </>
  );
}

function ContactPersons({ employer, canWrite }: EmployerSectionProps) {
  const { t } = useEmployerT();
  const [editing, setEditing] = useState<string | null>(null);
  return (
    <>
      {employer.contacts.length === 0 ? (
        <p className="empty-state">{t('contacts.none')}</p>
      ) : (
        <ul className="plain-list">
          {employer.contacts.map((c) =>
            editing === c.id ? (
              <li key={c.id}>
                <ContactPersonForm employerId={employer.id} contact={c} onDone={() => setEditing(null)} />
              </li>
            ) : (
              <li key={c.id} className="contact-person">
                <div>
                  <strong>{c.name}</strong>
                  {c.role ? <span className="cell-note">{c.role}</span> : null}
                  <span className="cell-note">
                    {[c.phone, c.email].filter(Boolean).join(' · ') || t('contacts.noDetails')}
                  </span>
                </div>
                {canWrite ? (
                  <Button
                    variant="quiet"
                    aria-label={t('contacts.editFor', { name: c.name })}
                    onPress={() => setEditing(c.id)}
                  >
                    {t('common.edit')}
                  </Button>
                ) : null}
              </li>
            ),
          )}
        </ul>
      )}
      {canWrite && editing !== 'new' ? (
        <Button variant="secondary" onPress={() => setEditing('new')}>
          {t('contacts.add')}
        </Button>
      ) : null}
      {canWrite && editing === 'new' ? (
        <ContactPersonForm employerId={employer.id} onDone={() => setEditing(null)} />
      ) : null}
    </>
  );
}

function ContactPersonForm({
  employerId,
  contact,
  onDone,
}: {
  employerId: string;
  contact?: ContactPersonView;
  onDone: () => void;
}) {
  const { t } = useEmployerT();
  const announce = useAnnounce();
  const add = useAddContactPerson(employerId);
  const update = useUpdateContactPerson();
  const form = useFormErrors();
  const saving = add.isPending || update.isPending;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const { errors, body } = readContactPersonForm(new FormData(event.currentTarget), t);
    if (form.show(errors)) return;
    const onSuccess = (saved: ContactPersonView) => {
      announce(
        contact ? t('contacts.saved', { name: saved.name }) : t('contacts.added', { name: saved.name }),
      );
      onDone();
    };
    if (contact) update.mutate({ contactId: contact.id, ...body }, { onSuccess, onError: form.handleError });
    else add.mutate(body, { onSuccess, onError: form.handleError });
  }

  const headingId = contact ? `contact-edit-${contact.id}` : 'contact-new';
  return (
    <section className="subpanel" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {contact ? t('contacts.editHeading', { name: contact.name }) : t('contacts.newHeading')}
      </h3>
      <p className="muted">{t('contacts.personalData')}</p>
      <FormWithFeedback form={form} onSubmit={onSubmit} className="form form--compact">
        <div className="form-grid">
          <TextField
            name="name"
            label={t('contacts.name')}
            defaultValue={contact?.name ?? ''}
            isRequired
            autoFocus
          />
          <TextField
            name="role"
            label={`${t('contacts.role')} ${t('common.optional')}`}
            defaultValue={contact?.role ?? ''}
          />
          <TextField
            name="phone"
            type="tel"
            label={`${t('contacts.phone')} ${t('common.optional')}`}
            defaultValue={contact?.phone ?? ''}
          />
          <TextField
            name="email"
            type="email"
            label={`${t('contacts.email')} ${t('common.optional')}`}
            defaultValue={contact?.email ?? ''}
          />
        </div>
        <div className="form__actions">
          <Button type="submit" isPending={saving}>
            {contact ? t('common.save') : t('contacts.save')}
          </Button>
          <Button
            variant="quiet"
            onPress={() => {
              form.clear();
              onDone();
            }}
          >
            {t('common.cancel')}
          </Button>
        </div>
      </FormWithFeedback>
    </section>
  );
}
