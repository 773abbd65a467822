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
  /** Extra class for the input, e.g. a narrower width for a postcode. */
  inputClassName?: string | undefined;
}

/**
 * Label, input, help text and error message wired together by react-aria: the description and
 * the error are referenced from the input through aria-describedby, and aria-invalid is set.
 * Prefer the `error` prop (with useFieldErrors) over <Form validationErrors>: react-aria hides a
 * validationErrors message on blur, which shifts the layout under the pointer between mousedown and
 * mouseup on the submit button, so the click is lost. Without `error`, messages from the
 * surrounding <Form validationErrors> are still shown.
 */
export function TextField({ label, description, error, inputClassName, ...props }: TextFieldProps) {
  return (
    <AriaTextField {...props} isInvalid={error !== undefined ? true : undefined} className="field">
      <Label className="field__label">{label}</Label>
      {description ? (
        <Text slot="description" className="field__description">
          {description}
        </Text>
      ) : null}
      <FieldError className="field__error">{error}</FieldError>
      <Input className={inputClassName ? `field__input ${inputClassName}` : 'field__input'} />
    </AriaTextField>
  );
}
