import type { ComponentProps } from 'react';
import { TextField as AriaTextField, FieldError, Input, Label, Text } from 'react-aria-components';

interface TextFieldProps
  extends Omit<
    ComponentProps<typeof AriaTextField>,
    'children' | 'className' | 'isInvalid' | 'validationErrors'
  > {
  label: string;
  description?: string | undefined;
  /** The message to show; the field is invalid while it is set. */
  error?: string | undefined;
}

/**
 * Label, input, help text and error message wired together by react-aria: the description and
 * the error are referenced from the input through aria-describedby, and aria-invalid is set.
 * Errors are controlled by the form (see useFieldErrors) rather than react-aria's own validation,
 * which hides a server error on blur: that shifts the layout under the pointer between mousedown
 * and mouseup on the submit button, and the click is lost.
 */
export function TextField({ label, description, error, ...props }: TextFieldProps) {
  return (
    <AriaTextField {...props} isInvalid={error !== undefined} className="field">
      <Label className="field__label">{label}</Label>
      {description ? (
        <Text slot="description" className="field__description">
          {description}
        </Text>
      ) : null}
      <FieldError className="field__error">{error}</FieldError>
      <Input className="field__input" />
    </AriaTextField>
  );
}
