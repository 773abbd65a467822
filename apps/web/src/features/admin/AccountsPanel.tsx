import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/api-error.ts';
import { useCurrentUser } from '../../api/auth.ts';
import { errorMessage } from '../../api/messages.ts';
import { Alert } from '../../components/Alert.tsx';
import { useAnnounce } from '../../components/Announcer.tsx';
import { Button } from '../../components/Button.tsx';
import { TextField } from '../../components/TextField.tsx';
import { useFieldErrors } from '../../components/use-field-errors.ts';
import { formatDateTime } from '../participant/format.ts';
import { readAccountForm, roleNeedsUnit, STAFF_ROLES } from './admin-form.ts';
import {
  type Account,
  type AdminUnit,
  type PasswordLink,
  useAccounts,
  useCreateAccount,
  useCreatePasswordLink,
  useSetAccountActive,
  useUnits,
  useUpdateAccount,
} from './api/admin.ts';
import { CheckboxGroupField, SelectField } from './fields.tsx';
import { type AdminT, useAdminT } from './i18n/index.ts';
import { OneTimeLink } from './OneTimeLink.tsx';

/** Konton: every account, a new account with its one-time link, and managing one account. */
export function AccountsPanel() {
  const { t, language } = useAdminT();
  const { t: tShared } = useTranslation();
  const id = useId();
  const accounts = useAccounts();
  const units = useUnits();
  const [managing, setManaging] = useState<string | null>(null);
  const [created, setCreated] = useState<{ link: PasswordLink; account: Account } | null>(null);
  const items = accounts.data?.items ?? [];
  const managed = items.find((a) => a.id === managing);

  function closeManage(accountId: string) {
    setManaging(null);
    // Back to the button that opened it.
    requestAnimationFrame(() => document.getElementById(manageButtonId(id, accountId))?.focus());
  }

  return (
    <div className="section-stack">
      <section aria-labelledby={`${id}-list`}>
        <h2 id={`${id}-list`}>{t('accounts.heading')}</h2>
        {accounts.isError ? <Alert tone="error">{errorMessage(accounts.error, tShared)}</Alert> : null}
        {accounts.isPending ? <p className="muted">{t('common.loading')}</p> : null}
        {accounts.data ? (
          <table className="data-table data-table--cards admin-table">
            <caption className="table-caption">{t('accounts.caption', { count: items.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('accounts.columns.username')}</th>
                <th scope="col">{t('accounts.columns.name')}</th>
                <th scope="col">{t('accounts.columns.role')}</th>
                <th scope="col">{t('accounts.columns.units')}</th>
                <th scope="col">{t('accounts.columns.status')}</th>
                <th scope="col">{t('accounts.columns.lastLogin')}</th>
                <th scope="col">{t('accounts.columns.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((a) => (
                <tr key={a.id}>
                  <th scope="row" data-label={t('accounts.columns.username')}>
                    {a.username}
                  </th>
                  <td data-label={t('accounts.columns.name')}>{a.displayName}</td>
                  <td data-label={t('accounts.columns.role')}>{tShared(`roles.${a.role}`)}</td>
                  <td data-label={t('accounts.columns.units')}>
                    {a.units.length > 0 ? a.units.map((u) => u.name).join(', ') : t('accounts.noUnits')}
                  </td>
                  <td data-label={t('accounts.columns.status')}>{statusText(a, t, language)}</td>
                  <td data-label={t('accounts.columns.lastLogin')}>
                    {a.lastLoginAt ? formatDateTime(a.lastLoginAt, language) : t('accounts.never')}
                  </td>
                  <td data-label={t('accounts.columns.actions')}>
                    <Button
                      id={manageButtonId(id, a.id)}
                      variant="secondary"
                      aria-label={t('accounts.editLabel', { username: a.username })}
                      aria-expanded={managing === a.id}
                      onPress={() => {
                        setCreated(null);
                        setManaging(a.id);
                      }}
                    >
                      {t('accounts.edit')}
                    </Button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
      </section>

      {managed ? (
        <ManageAccount
          key={managed.id}
          account={managed}
          units={units.data?.items ?? []}
          onClose={() => closeManage(managed.id)}
        />
      ) : null}

      {created ? (
        <OneTimeLink
          link={created.link}
          name={created.account.displayName}
          username={created.account.username}
          onDone={() => {
            const createdId = created.account.id;
            setCreated(null);
            // On to the new account's row, where it can be managed.
            requestAnimationFrame(() => document.getElementById(manageButtonId(id, createdId))?.focus());
          }}
        />
      ) : null}

      <CreateAccount
        units={units.data?.items ?? []}
        onCreated={(result) => {
          setManaging(null);
          setCreated(result);
        }}
      />
    </div>
  );
}

function manageButtonId(prefix: string, accountId: string) {
  return `${prefix}-manage-${accountId}`;
}

function statusText(a: Account, t: AdminT, language: string): string {
  if (!a.active) return t('accounts.status.inactive');
  if (a.pendingLink) {
    const date = formatDateTime(a.pendingLink.expiresAt, language);
    return a.pendingLink.purpose === 'invite'
      ? t('accounts.status.invited', { date })
      : t('accounts.status.reset', { date });
  }
  return t('accounts.status.active');
}

function useAccountMessages() {
  const { t } = useAdminT();
  return {
    usernameRequired: t('create.usernameRequired'),
    usernameInvalid: t('create.usernameInvalid'),
    nameRequired: t('create.nameRequired'),
    roleRequired: t('create.roleRequired'),
    unitsRequired: t('create.unitsRequired'),
  };
}

function useRoleOptions() {
  const { t } = useTranslation();
  return STAFF_ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }));
}

function CreateAccount({
  units,
  onCreated,
}: {
  units: AdminUnit[];
  onCreated: (result: { link: PasswordLink; account: Account }) => void;
}) {
  const { t } = useAdminT();
  const { t: tShared } = useTranslation();
  const announce = useAnnounce();
  const id = useId();
  const create = useCreateAccount();
  const formRef = useRef<HTMLFormElement>(null);
  const fieldErrors = useFieldErrors(formRef);
  const messages = useAccountMessages();
  const roles = useRoleOptions();
  const [role, setRole] = useState<string>('coach');
  const [unitIds, setUnitIds] = useState<string[]>([]);
  const [formKey, setFormKey] = useState(0);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (create.isPending) return;
    const { value, errors } = readAccountForm(new FormData(event.currentTarget), messages, {
      withUsername: true,
    });
    create.reset();
    if (fieldErrors.show(errors)) return;
    announce(t('create.submitting'));
    create.mutate(value, {
      onSuccess: (result) => {
        announce(t('create.created', { username: result.account.username }));
        setFormKey((k) => k + 1);
        setRole('coach');
        setUnitIds([]);
        onCreated(result);
      },
      onError: (error) => {
        if (isApiError(error)) fieldErrors.show(error.fieldErrors());
      },
    });
  }

  const serverFieldErrors = isApiError(create.error) && create.error.errors.length > 0;
  return (
    <section className="panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="panel__title">
        {t('create.heading')}
      </h2>
      <p>{t('create.intro')}</p>
      {create.isError && !serverFieldErrors ? (
        <Alert tone="error">{errorMessage(create.error, tShared)}</Alert>
      ) : null}
      <Form key={formKey} ref={formRef} className="form" onSubmit={onSubmit} validationBehavior="aria">
        <TextField
          {...fieldErrors.field('username')}
          label={t('create.username')}
          description={t('create.usernameDescription')}
          autoComplete="off"
          spellCheck="false"
          isRequired
        />
        <TextField
          {...fieldErrors.field('displayName')}
          label={t('create.name')}
          description={t('create.nameDescription')}
          autoComplete="off"
          isRequired
        />
        <SelectField
          name="role"
          label={t('create.role')}
          options={roles}
          value={role}
          onChange={(next) => {
            setRole(next);
            fieldErrors.field('role').onChange();
          }}
          error={fieldErrors.errors.role}
        />
        <CheckboxGroupField
          name="unitIds"
          legend={t('create.units')}
          description={roleNeedsUnit(role) ? t('create.unitsDescription') : undefined}
          options={units.map((u) => ({ value: u.id, label: u.name }))}
          selected={unitIds}
          onChange={(next) => {
            setUnitIds(next);
            fieldErrors.field('unitIds').onChange();
          }}
          error={fieldErrors.errors.unitIds}
        />
        <div className="form__actions">
          <Button type="submit" isPending={create.isPending}>
            {create.isPending ? t('create.submitting') : t('create.submit')}
          </Button>
        </div>
      </Form>
    </section>
  );
}

function ManageAccount({
  account,
  units,
  onClose,
}: {
  account: Account;
  units: AdminUnit[];
  onClose: () => void;
}) {
  const { t } = useAdminT();
  const { t: tShared } = useTranslation();
  const announce = useAnnounce();
  const user = useCurrentUser();
  const id = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  const linkButtonRef = useRef<HTMLButtonElement>(null);
  const fieldErrors = useFieldErrors(formRef);
  const messages = useAccountMessages();
  const roles = useRoleOptions();
  const update = useUpdateAccount();
  const setActive = useSetAccountActive();
  const makeLink = useCreatePasswordLink();
  const [role, setRole] = useState<string>(account.role);
  const [unitIds, setUnitIds] = useState<string[]>(account.units.map((u) => u.id));
  const [notice, setNotice] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const [link, setLink] = useState<PasswordLink | null>(null);
  const [formKey, setFormKey] = useState(0);

  useEffect(() => {
    headingRef.current?.focus();
  }, []);
  useEffect(() => {
    if (notice) noticeRef.current?.focus();
  }, [notice]);
  // A new version (saved here or elsewhere): the form starts from what is saved.
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset on a new version only
  useEffect(() => {
    setRole(account.role);
    setUnitIds(account.units.map((u) => u.id));
  }, [account.version]);

  function fail(error: unknown) {
    const stale = isApiError(error) && error.status === 409 && /ändrat/.test(error.detail ?? '');
    setNotice({ tone: 'error', text: stale ? t('common.stale') : errorMessage(error, tShared) });
    if (stale) {
      // Start again from what is saved now (the list is reloaded after every write).
      setFormKey((k) => k + 1);
    }
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (update.isPending) return;
    const { value, errors } = readAccountForm(new FormData(event.currentTarget), messages, {
      withUsername: false,
    });
    setNotice(null);
    if (fieldErrors.show(errors)) return;
    update.mutate(
      {
        staffId: account.id,
        body: {
          version: account.version,
          displayName: value.displayName,
          role: value.role,
          unitIds: value.unitIds,
        },
      },
      {
        onSuccess: () => {
          announce(t('manage.saved', { username: account.username }));
          setNotice({ tone: 'success', text: t('manage.saved', { username: account.username }) });
        },
        onError: (error) => {
          if (isApiError(error) && error.errors.length > 0) fieldErrors.show(error.fieldErrors());
          else fail(error);
        },
      },
    );
  }

  function toggleActive() {
    if (setActive.isPending) return;
    setNotice(null);
    const active = !account.active;
    setActive.mutate(
      { staffId: account.id, version: account.version, active },
      {
        onSuccess: () =>
          setNotice({
            tone: 'success',
            text: active
              ? t('manage.reactivated', { username: account.username })
              : t('manage.deactivated', { username: account.username }),
          }),
        onError: fail,
      },
    );
  }

  function createLink() {
    if (makeLink.isPending) return;
    setNotice(null);
    makeLink.mutate(account.id, { onSuccess: setLink, onError: fail });
  }

  return (
    <section className="panel manage-account" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} ref={headingRef} tabIndex={-1} className="panel__title">
        {t('manage.heading', { name: account.displayName })}
      </h2>
      {notice ? (
        <Alert ref={noticeRef} tone={notice.tone}>
          {notice.text}
        </Alert>
      ) : null}

      <h3>{t('manage.details')}</h3>
      <Form
        key={`${account.version}-${formKey}`}
        ref={formRef}
        className="form"
        onSubmit={onSubmit}
        validationBehavior="aria"
      >
        <TextField
          {...fieldErrors.field('displayName')}
          label={t('create.name')}
          defaultValue={account.displayName}
          autoComplete="off"
          isRequired
        />
        <SelectField
          name="role"
          label={t('create.role')}
          options={roles}
          value={role}
          onChange={(next) => {
            setRole(next);
            fieldErrors.field('role').onChange();
          }}
          error={fieldErrors.errors.role}
        />
        <CheckboxGroupField
          name="unitIds"
          legend={t('create.units')}
          description={roleNeedsUnit(role) ? t('create.unitsDescription') : undefined}
          options={units.map((u) => ({ value: u.id, label: u.name }))}
          selected={unitIds}
          onChange={(next) => {
            setUnitIds(next);
            fieldErrors.field('unitIds').onChange();
          }}
          error={fieldErrors.errors.unitIds}
        />
        <div className="form__actions">
          <Button type="submit" isPending={update.isPending}>
            {update.isPending ? t('common.saving') : t('common.save')}
          </Button>
        </div>
      </Form>

      <h3>{t('manage.passwordHeading')}</h3>
      <p>{t('manage.passwordText')}</p>
      {link ? (
        <OneTimeLink
          link={link}
          name={account.displayName}
          username={account.username}
          onDone={() => {
            setLink(null);
            requestAnimationFrame(() => linkButtonRef.current?.focus());
          }}
        />
      ) : (
        <Button
          ref={linkButtonRef}
          variant="secondary"
          isPending={makeLink.isPending}
          isDisabled={!account.active}
          onPress={createLink}
        >
          {makeLink.isPending ? t('manage.creatingLink') : t('manage.createLink')}
        </Button>
      )}

      <h3>{t('manage.accessHeading')}</h3>
      <p>{account.active ? t('manage.activeText') : t('manage.inactiveText')}</p>
      <div className="form__actions">
        {account.id === user.id ? null : (
          <Button variant="secondary" isPending={setActive.isPending} onPress={toggleActive}>
            {setActive.isPending
              ? t('manage.working')
              : account.active
                ? t('manage.deactivate')
                : t('manage.reactivate')}
          </Button>
        )}
        <Button variant="quiet" onPress={onClose}>
          {t('manage.close')}
        </Button>
      </div>
    </section>
  );
}
