import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button.tsx';
import { Page } from '../../components/Page.tsx';
import { Link, useRouter } from '../../router/router.tsx';
import { FormWithFeedback } from '../participant/components/FormWithFeedback.tsx';
import { useFormErrors } from '../participant/components/form-errors.tsx';
import { useCreateEmployer } from './api/employers.ts';
import { EmployerFields } from './components/EmployerFields.tsx';
import { isDuplicateOrgnr, readEmployerForm } from './employer-form.ts';
import { useEmployerT } from './i18n/index.ts';
import '../participant/participant.css';
import './employer.css';

/** A new employer in the register; afterwards its page, where workplaces and contacts are added. */
export default function EmployerCreatePage() {
  const { t, language } = useEmployerT();
  const { t: tShared } = useTranslation();
  const { navigate } = useRouter();
  const create = useCreateEmployer();
  const form = useFormErrors();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const { errors, body } = readEmployerForm(new FormData(event.currentTarget), t, tShared, language);
    if (form.show(errors)) return;
    create.mutate(body, {
      onSuccess: (employer) => navigate(`/arbetsgivare/${employer.id}`, { state: { notice: 'created' } }),
      onError: (error) => {
        // Another employer already has the number: say so on the field.
        if (isDuplicateOrgnr(error)) {
          form.show({ organisationsnummer: (error as Error).message });
          return;
        }
        form.handleError(error);
      },
    });
  }

  return (
    <Page title={t('create.title')} lead={<p>{t('create.lead')}</p>}>
      <p className="back-link">
        <Link to="/arbetsgivare">{t('detail.back')}</Link>
      </p>
      <section className="panel form-page" aria-labelledby="employer-create-heading">
        <h2 id="employer-create-heading" className="panel__title">
          {t('create.heading')}
        </h2>
        <FormWithFeedback form={form} onSubmit={onSubmit} className="form">
          <EmployerFields />
          <div className="form__actions">
            <Button type="submit" isPending={create.isPending}>
              {create.isPending ? t('common.saving') : t('create.submit')}
            </Button>
          </div>
        </FormWithFeedback>
      </section>
    </Page>
  );
}
