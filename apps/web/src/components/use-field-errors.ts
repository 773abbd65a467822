import { type RefObject, useCallback, useState } from 'react';

export type FieldErrors = Record<string, string>;

/**
 * Per-field error messages for a form: set them all on submit (client checks or the server's
 * problem `errors`), and each one disappears as soon as the person edits that field.
 */
export function useFieldErrors(formRef: RefObject<HTMLFormElement | null>) {
  const [errors, setErrors] = useState<FieldErrors>({});

  /** Shows these errors and moves focus to the first invalid field; false when there are none. */
  const show = useCallback(
    (next: FieldErrors): boolean => {
      setErrors(next);
      const first = Object.keys(next)[0];
      if (first === undefined) return false;
      formRef.current?.querySelector<HTMLElement>(`[name="${CSS.escape(first)}"]`)?.focus();
      return true;
    },
    [formRef],
  );

  /** Props for a TextField: its error, and clearing it on edit. */
  const field = useCallback(
    (name: string) => ({
      name,
      error: errors[name],
      onChange: () =>
        setErrors((current) => {
          if (!(name in current)) return current;
          const { [name]: _removed, ...rest } = current;
          return rest;
        }),
    }),
    [errors],
  );

  return { errors, show, field };
}
