import './corrections.css';
import { type RefObject, useCallback, useRef, useState } from 'react';
import { type ApiError, isApiError } from '../../../api/api-error.ts';
import { Button } from '../../../components/Button.tsx';
import { pathSegments, placeErrors } from '../../../components/field-paths.ts';
import { useParticipantT } from '../i18n/index.ts';

export interface FieldProblem {
  /** The field that shows it; null for a server error no field of the form shows. */
  name: string | null;
  label: string;
  message: string;
}

/**
 * The control a person uses for a field name: the element itself, or, when the name sits on a
 * hidden input (react-aria's ComboBox keeps the chosen key there), the visible input of the same
 * field.
 */
export function fieldElement(form: HTMLFormElement | null, name: string): HTMLElement | null {
  if (!form) return null;
  const named = [...form.querySelectorAll<HTMLElement>(`[name="${CSS.escape(name)}"]`)];
  const visible = named.find((element) => element.getAttribute('type') !== 'hidden');
  if (visible) return visible;
  for (const hidden of named) {
    const control = hidden
      .closest('.field')
      ?.querySelector<HTMLElement>('input:not([type="hidden"]), select, textarea');
    if (control) return control;
  }
  return null;
}

/** Every field name in the form that a person can reach. */
function fieldNamesOf(form: HTMLFormElement | null): Set<string> {
  const names = new Set<string>();
  if (!form) return names;
  for (const element of form.querySelectorAll<HTMLElement>('[name]')) {
    const name = element.getAttribute('name');
    if (name && fieldElement(form, name)) names.add(name);
  }
  return names;
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

/** Field names in the order their controls stand in the form; names without one last. */
function byPosition(form: HTMLFormElement | null, names: string[]): string[] {
  const placed = names.map((name, index) => ({ name, index, element: fieldElement(form, name) }));
  placed.sort((a, b) => {
    if (a.element && b.element && a.element !== b.element) {
      return a.element.compareDocumentPosition(b.element) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
    }
    if (a.element && !b.element) return -1;
    if (!a.element && b.element) return 1;
    return a.index - b.index;
  });
  return placed.map((entry) => entry.name);
}

type ParticipantT = ReturnType<typeof useParticipantT>['t'];

/** Wrappers the requests put around a form's fields: not part of what the person sees. */
const WRAPPERS = new Set(['profile', 'contact']);

/**
 * A Swedish name for a value no field of the form shows (`profile.interests.2` → "Intressen 3"),
 * from the first segment of the path there is a name for; empty when there is none.
 */
export function pathLabel(path: string, t: ParticipantT): string {
  const segments = pathSegments(path).filter((segment) => !WRAPPERS.has(segment));
  for (const [index, segment] of segments.entries()) {
    if (/^\d+$/.test(segment)) continue;
    const key = `form.pathLabels.${segment}`;
    const label = t(key as 'form.pathLabels.steps');
    if (label === key || label === segment) continue;
    const row = segments[index + 1];
    return row !== undefined && /^\d+$/.test(row) ? `${label} ${Number(row) + 1}` : label;
  }
  return '';
}

interface FormErrorsOptions {
  /**
   * The form's own mapping for server paths to fields shown differently from the request (a list
   * of checkboxes for `licences`): the field name for a path without its wrapper, or null.
   */
  resolvePath?: (path: string) => string | null | undefined;
}

/**
 * Field errors for a form: our own checks before sending and the server's 400 `errors[]` after.
 * Errors go to the fields (through <Form validationErrors>), to a summary at the top, and focus
 * moves to the first invalid field. A server error that no field shows is listed in the summary
 * under a Swedish name, never by its path. A 409 is kept apart: the form stays as the user left it.
 */
export function useFormErrors(options: FormErrorsOptions = {}) {
  const { t } = useParticipantT();
  const formRef = useRef<HTMLFormElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  // The 409 itself: it says who saved the other change and what is saved now.
  const [conflict, setConflictError] = useState<ApiError | null>(null);
  const setConflict = useCallback((value: ApiError | null | false) => setConflictError(value || null), []);
  const [failure, setFailure] = useState<unknown>(null);
  const resolvePath = useRef(options.resolvePath);
  resolvePath.current = options.resolvePath;

  const clear = useCallback(() => {
    setFieldErrors({});
    setProblems([]);
    setConflict(null);
    setFailure(null);
  }, [setConflict]);

  const showAll = useCallback(
    (errors: Record<string, string>, unplaced: ReadonlyArray<{ path: string; message: string }>): boolean => {
      // In the order the fields stand in the form, so that focus goes to the first one on screen.
      const names = byPosition(formRef.current, Object.keys(errors));
      // Set in one update, never cleared to {} first in the same event: that left react-aria's
      // text fields without their messages.
      setFieldErrors(errors);
      setConflict(null);
      setFailure(null);
      const form = formRef.current;
      setProblems([
        ...names.map((name) => ({
          name,
          label: labelOf(fieldElement(form, name)),
          message: errors[name] ?? '',
        })),
        ...unplaced.map((error) => ({ name: null, label: pathLabel(error.path, t), message: error.message })),
      ]);
      if (names.length === 0 && unplaced.length === 0) return false;
      // After React has rendered the messages, so that aria-describedby already points at them.
      window.setTimeout(() => {
        const first = names.find((name) => fieldElement(formRef.current, name));
        if (first) focusField(formRef.current, first);
        else summaryRef.current?.focus();
      }, 0);
      return true;
    },
    [t, setConflict],
  );

  /** Shows the errors and moves focus to the first field; true when there were any. */
  const show = useCallback((errors: Record<string, string>): boolean => showAll(errors, []), [showAll]);

  /** For a mutation's onError: 400 with field errors, 409, or anything else. */
  const handleError = useCallback(
    (error: unknown) => {
      if (isApiError(error) && error.status === 409) {
        setConflict(error);
        return;
      }
      if (isApiError(error) && error.status === 400 && error.errors.length > 0) {
        const placed = placeErrors(error.errors, fieldNamesOf(formRef.current), (path) =>
          resolvePath.current?.(path),
        );
        showAll(placed.fields, placed.unplaced);
        return;
      }
      setFailure(error);
    },
    [showAll, setConflict],
  );

  return {
    formRef,
    summaryRef,
    fieldErrors,
    problems,
    conflict,
    failure,
    show,
    clear,
    handleError,
    setConflict,
  };
}

/** The list of problems at the top of a form, each linking to its field (WCAG 3.3.1). */
export function ErrorSummary({
  problems,
  formRef,
  summaryRef,
}: {
  problems: readonly FieldProblem[];
  formRef: RefObject<HTMLFormElement | null>;
  /** Gets focus when no field can (every problem is one no field shows). */
  summaryRef?: RefObject<HTMLDivElement | null>;
}) {
  const { t } = useParticipantT();
  if (problems.length === 0) return null;
  return (
    <div className="error-summary" role="alert" ref={summaryRef} tabIndex={-1}>
      <p className="error-summary__heading">{t('form.errorSummary', { count: problems.length })}</p>
      <ul className="error-summary__list">
        {problems.map((problem, index) => {
          const text = `${problem.label ? `${problem.label}: ` : ''}${problem.message}`;
          const name = problem.name;
          return (
            <li key={name ?? `unplaced-${index}`}>
              {name === null ? (
                text
              ) : (
                <a
                  href={`#${name}`}
                  onClick={(event) => {
                    event.preventDefault();
                    focusField(formRef.current, name);
                  }}
                >
                  {text}
                </a>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/** One field of a conflict: as it was when the form opened, as saved now, and as this person typed it. */
export interface ConflictRow {
  label: string;
  before: string;
  saved: string;
  mine: string;
}

/**
 * Someone else saved first. What the user typed stays; the notice says who saved (or that it was
 * their own other tab) and, where the form gives `rows`, what they changed field by field, before
 * the person chooses to fetch it or save over it.
 */
export function ConflictNotice({
  onReload,
  isReloading,
  error,
  rows,
  onOverwrite,
}: {
  onReload: () => void;
  isReloading?: boolean;
  error?: ApiError | null;
  rows?: readonly ConflictRow[];
  /** Saves what the person typed over the other change (offered when `rows` shows what that was). */
  onOverwrite?: () => void;
}) {
  const { t, language } = useParticipantT();
  const by = error?.conflict?.changedBy ?? null;
  const who = !by
    ? t('conflict.someone')
    : by.you
      ? t('conflict.you')
      : t('conflict.named', { name: by.name ?? t('conflict.someone') });
  const when = by ? new Date(by.at).toLocaleTimeString(language, { hour: '2-digit', minute: '2-digit' }) : '';
  const changed = (rows ?? []).filter((row) => row.before !== row.saved);
  return (
    <div className="alert alert--error conflict" role="alert">
      <span className="alert__icon" aria-hidden="true">
        !
      </span>
      <div className="alert__body">
        <p className="alert__heading">
          {by ? t('conflict.headingWho', { who, when }) : t('conflict.heading')}
        </p>
        {rows ? (
          changed.length > 0 ? (
            <table className="data-table conflict__diff">
              <caption className="table-caption">{t('conflict.diffCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('conflict.field')}</th>
                  <th scope="col">{t('conflict.before')}</th>
                  <th scope="col">{t('conflict.saved')}</th>
                  <th scope="col">{t('conflict.mine')}</th>
                </tr>
              </thead>
              <tbody>
                {changed.map((row) => (
                  <tr key={row.label}>
                    <th scope="row">{row.label}</th>
                    <td>{row.before || '–'}</td>
                    <td>
                      <strong>{row.saved || '–'}</strong>
                    </td>
                    <td>{row.mine || '–'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : (
            <p>{t('conflict.noFieldChanged')}</p>
          )
        ) : null}
        <p>{t(onOverwrite ? 'conflict.choose' : 'conflict.text')}</p>
        <div className="conflict__actions">
          {onOverwrite ? (
            <Button variant="primary" onPress={onOverwrite}>
              {t('conflict.overwrite')}
            </Button>
          ) : null}
          <Button variant="secondary" onPress={onReload} isPending={isReloading ?? false}>
            {onOverwrite ? t('conflict.useSaved') : t('conflict.reload')}
          </Button>
        </div>
      </div>
    </div>
  );
}
