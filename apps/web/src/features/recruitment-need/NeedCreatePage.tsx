import { useRef } from 'react';
import type { NeedCreateBody } from '../../api/types.ts';
import { Button } from '../../components/Button.tsx';
import { Page } from '../../components/Page.tsx';
import { Link, useRouter } from '../../router/router.tsx';
import { useFormErrors } from '../participant/components/form-errors.tsx';
import { useCreateNeed } from './api/needs.ts';
import { NeedForm } from './components/NeedForm.tsx';
import { useNeedT } from './i18n/index.ts';
import { needField } from './need-form.ts';
import '../participant/participant.css';
import '../employer/employer.css';
import './recruitment-need.css';

/** A need the liaison writes in: open at once when the occupation is chosen, otherwise received. */
export default function NeedCreatePage() {
  const { t } = useNeedT();
  const { location, navigate } = useRouter();
  const create = useCreateNeed();
  const sent = useRef<NeedCreateBody | null>(null);
  const form = useFormErrors({ resolvePath: (path) => needField(path, sent.current) });
  const employerId = new URLSearchParams(location.search).get('arbetsgivare') ?? undefined;

  function onSave(body: NeedCreateBody) {
    sent.current = body;
    create.mutate(body, {
      onSuccess: (need) => navigate(`/rekryteringsbehov/${need.id}`, { state: { notice: 'created' } }),
      onError: form.handleError,
    });
  }

  return (
    <Page title={t('create.title')} lead={<p>{t('create.lead')}</p>}>
      <p className="back-link">
        <Link to="/rekryteringsbehov">{t('detail.back')}</Link>
      </p>
      <NeedForm
        form={form}
        defaultEmployerId={employerId}
        onSave={onSave}
        actions={
          <div className="form__actions">
            <Button type="submit" isPending={create.isPending}>
              {create.isPending ? t('common.saving') : t('create.submit')}
            </Button>
          </div>
        }
      />
    </Page>
  );
}
