import type { FormEvent, Key, ReactNode } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../api/messages.ts';
import { Alert } from '../../../components/Alert.tsx';
import { ConflictNotice, type ConflictRow, ErrorSummary, type useFormErrors } from './form-errors.tsx';

interface FormWithFeedbackProps {
  form: ReturnType<typeof useFormErrors>;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  className: string;
  /** Offered after a 409; forms that cannot conflict leave it out and show no notice. */
  onReload?: () => void;
  isReloading?: boolean;
  /** A new key empties the fields (after a create) without remounting the messages. */
  formKey?: Key;
  /** After a 409: the fields that differ, from the record as saved now (null when the server did not send it). */
  conflictRows?: (current: Record<string, unknown> | null) => ConflictRow[];
  /** After a 409: save what the person typed over the other change. */
  onOverwrite?: () => void;
  children: ReactNode;
}

/**
 * A participant form with its feedback above it, in the order every section uses: the conflict
 * notice, the summary of field errors, any other failure, then the fields wired to useFormErrors.
 */
export function FormWithFeedback({
  form,
  onSubmit,
  className,
  onReload,
  isReloading,
  formKey,
  conflictRows,
  onOverwrite,
  children,
}: FormWithFeedbackProps) {
  const { t: tShared } = useTranslation();
  return (
    <>
      {form.conflict && onReload ? (
        <ConflictNotice
          onReload={onReload}
          isReloading={isReloading}
          error={form.conflict}
          {...(conflictRows ? { rows: conflictRows(form.conflict.conflict?.current ?? null) } : {})}
          {...(onOverwrite ? { onOverwrite } : {})}
        />
      ) : null}
      <ErrorSummary problems={form.problems} formRef={form.formRef} summaryRef={form.summaryRef} />
      {form.failure ? <Alert tone="error">{errorMessage(form.failure, tShared)}</Alert> : null}
      <Form
        key={formKey}
        ref={form.formRef}
        className={className}
        onSubmit={onSubmit}
        validationBehavior="aria"
        validationErrors={form.fieldErrors}
      >
        {children}
      </Form>
    </>
  );
}
