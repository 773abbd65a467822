import type { ComponentProps } from 'react';
import { TextField as AriaTextField, FieldError, Input, Label, Text } from 'react-aria-components';

interface TextFieldProps extends Omit<ComponentProps<typeof AriaTextField>, 'children' | 'className'> {
  label: string;
  description?: string;
  /** Extra input attributes that react-aria does not model (autoComplete is on the field itself). */
  inputClassName?: string;
}

/**
 * Label, input, help text and error message wired together by react-aria: the description and
 * the error are referenced from the input through aria-describedby, and aria-invalid is set.
 */
export function TextField({ label, description, inputClassName, ...props }: TextFieldProps) {
  return (
    <AriaTextField {...props} className="field">
      <Label className="field__label">{label}</Label>
      {description ? (
        <Text slot="description" className="field__description">
          {description}
        </Text>
      ) : null}
      <FieldError className="field__error" />
      <Input className={inputClassName ? `field__input ${inputClassName}` : 'field__input'} />
    </AriaTextField>
  );
}
