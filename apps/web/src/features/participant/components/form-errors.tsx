import { type RefObject, useCallback, useRef, useState } from 'react';
import { isApiError } from '../../../api/api-error.ts';
import { Button } from '../../../components/Button.tsx';
import { useParticipantT } from '../i18n/index.ts';

export interface FieldProblem {
  name: string;
  label: string;
  message: string;
}

function fieldElement(form: HTMLFormElement | null, name: string): HTMLElement | null {
  if (!form) return null;
  return form.querySelector<HTMLElement>(`[name="${CSS.escape(name)}"]:not([type="hidden"])`);
}

function labelOf(element: HTMLElement | null): string {
  if (!element) return '';
  const fieldset = element.closest('fieldset');
  if (element.getAttribute('type') === 'radio' && fieldset) {
    return fieldset.querySelector('legend')?.textContent?.trim() ?? '';
  }
  const labels = (element as HTMLInputElement).labels;
  return labels?.[0]?.textContent?.trim() ?? '';
}

export function focusField(form: HTMLFormElement | null, name: string): boolean {
  const element = fieldElement(form, name);
  if (!element) return false;
  element.focus();
  element.scrollIntoView({ block: 'center' });
  return true;
}

/**
 * Field errors for a form: our own checks before sending and the server's 400 `errors[]` after.
 * Errors go to the fields (through <Form validationErrors>), to a summary at the top, and focus
 * moves to the first invalid field. A 409 is kept apart: the form stays as the user left it.
 */
export function useFormErrors() {
  const formRef = useRef<HTMLFormElement>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [conflict, setConflict] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);

  const clear = useCallback(() => {
    setFieldErrors({});
    setProblems([]);
    setConflict(false);
    setFailure(null);
  }, []);

  /** Shows the errors and moves focus to the first field; true when there were any. */
  const show = useCallback((errors: Record<string, string>): boolean => {
    const names = Object.keys(errors);
    // Set in one update, never cleared to {} first in the same event: that left react-aria's
    // text fields without their messages.
    setFieldErrors(errors);
    setConflict(false);
    setFailure(null);
    const form = formRef.current;
    setProblems(
      names.map((name) => ({ name, label: labelOf(fieldElement(form, name)), message: errors[name] ?? '' })),
    );
    if (names.length === 0) return false;
    // After React has rendered the messages, so that aria-describedby already points at them.
    window.setTimeout(() => {
      const first = names.find((name) => fieldElement(formRef.current, name));
      if (first) focusField(formRef.current, first);
    }, 0);
    return true;
  }, []);

  /** For a mutation's onError: 400 with field errors, 409, or anything else. */
  const handleError = useCallback(
    (error: unknown) => {
      if (isApiError(error) && error.status === 409) {
        setConflict(true);
        return;
      }
      if (isApiError(error) && error.status === 400 && error.errors.length > 0) {
        // A field named by the full path (`steps.0.title`) wins over the last segment (`title`).
        const errors: Record<string, string> = {};
        for (const { path, message } of error.errors) {
          const key = fieldElement(formRef.current, path)
            ? path
            : (path.split(/[./]/).filter(Boolean).at(-1) ?? path);
          errors[key] ??= message;
        }
        show(errors);
        // A server error without a matching field still needs to be seen.
        if (!Object.keys(errors).some((name) => fieldElement(formRef.current, name))) setFailure(error);
        return;
      }
      setFailure(error);
    },
    [show],
  );

  return { formRef, fieldErrors, problems, conflict, failure, show, clear, handleError, setConflict };
}

/** The list of problems at the top of a form, each linking to its field (WCAG 3.3.1). */
export function ErrorSummary({
  problems,
  formRef,
}: {
  problems: readonly FieldProblem[];
  formRef: RefObject<HTMLFormElement | null>;
}) {
  const { t } = useParticipantT();
  if (problems.length === 0) return null;
  return (
    <div className="error-summary" role="alert">
      <p className="error-summary__heading">{t('form.errorSummary', { count: problems.length })}</p>
      <ul className="error-summary__list">
        {problems.map((problem) => (
          <li key={problem.name}>
            <a
              href={`#${problem.name}`}
              onClick={(event) => {
                event.preventDefault();
                focusField(formRef.current, problem.name);
              }}
            >
              {problem.label ? `${problem.label}: ` : ''}
              {problem.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Someone else saved first. What the user typed stays; they choose when to fetch the news. */
export function ConflictNotice({ onReload, isReloading }: { onReload: () => void; isReloading?: boolean }) {
  const { t } = useParticipantT();
  return (
    <div className="alert alert--error conflict" role="alert">
      <span className="alert__icon" aria-hidden="true">
        !
      </span>
      <div className="alert__body">
        <p className="alert__heading">{t('conflict.heading')}</p>
        <p>{t('conflict.text')}</p>
        <Button variant="secondary" onPress={onReload} isPending={isReloading ?? false}>
          {t('conflict.reload')}
        </Button>
      </div>
    </div>
  );
}
