import { type ReactNode, type SelectHTMLAttributes, useContext, useId, useState } from 'react';
import {
  TextField as AriaTextField,
  FieldError,
  FormValidationContext,
  Label,
  Text,
  TextArea,
} from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { CharacterCount } from '../../../components/CharacterCount.tsx';
import { formatCount } from '../../../components/input-checks.ts';
import { textLength } from '../../../components/text-length.ts';

// Form fields beside the shared TextField (components/TextField.tsx), built on the same classes
// and the same contract: they sit inside a react-aria <Form validationErrors={…}> and show the
// error the server (or our own check) gave for their `name`, referenced by aria-describedby.
// Selects, checkboxes and radios are native elements: they are keyboard- and screen-reader-
// friendly everywhere, including on phones, without a popover to manage.

/** The error the surrounding <Form validationErrors> holds for a field name, if any. */
export function useFieldError(name: string): string | undefined {
  const errors = useContext(FormValidationContext);
  const error = errors?.[name];
  return Array.isArray(error) ? error[0] : error;
}

function describedBy(...ids: Array<string | false | undefined>): string | undefined {
  const value = ids.filter(Boolean).join(' ');
  return value === '' ? undefined : value;
}

export interface Option {
  value: string;
  label: string;
}

interface SelectFieldProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'className' | 'children'> {
  name: string;
  label: string;
  options: readonly Option[];
  description?: ReactNode;
  /** Text of an empty first choice ("Välj …"); omitted when a value is always chosen. */
  placeholder?: string;
  isRequired?: boolean;
}

export function SelectField({
  name,
  label,
  options,
  description,
  placeholder,
  isRequired,
  id,
  ...rest
}: SelectFieldProps) {
  const generated = useId();
  const fieldId = id ?? generated;
  const error = useFieldError(name);
  return (
    <div className="field">
      <label className="field__label" htmlFor={fieldId}>
        {label}
      </label>
      {description ? (
        <span id={`${fieldId}-description`} className="field__description">
          {description}
        </span>
      ) : null}
      {error ? (
        <span id={`${fieldId}-error`} className="field__error">
          {error}
        </span>
      ) : null}
      <select
        {...rest}
        id={fieldId}
        name={name}
        required={isRequired}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(
          description ? `${fieldId}-description` : false,
          error && `${fieldId}-error`,
        )}
        className="field__input field__select"
        data-invalid={error ? true : undefined}
      >
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

interface TextAreaFieldProps {
  name: string;
  label: string;
  description?: string;
  defaultValue?: string;
  isRequired?: boolean;
  rows?: number;
  value?: string;
  onChange?: (value: string) => void;
  /** The server's limit (maxLengths in schema.gen.ts): shown in the description, with a counter. */
  maxLength?: number | undefined;
}

export function TextAreaField({
  label,
  description,
  rows = 4,
  maxLength,
  onChange,
  ...props
}: TextAreaFieldProps) {
  const { t, i18n } = useTranslation();
  const [typed, setTyped] = useState(props.defaultValue ?? '');
  const text = props.value ?? typed;
  const limit =
    maxLength === undefined
      ? undefined
      : t('form.length.limit', { max: formatCount(maxLength, i18n.language) });
  const fullDescription = [description, limit].filter(Boolean).join(' ');
  return (
    <AriaTextField
      {...props}
      onChange={(value) => {
        setTyped(value);
        onChange?.(value);
      }}
      className="field"
    >
      <Label className="field__label">{label}</Label>
      {fullDescription ? (
        <Text slot="description" className="field__description">
          {fullDescription}
        </Text>
      ) : null}
      <FieldError className="field__error" />
      <TextArea className="field__input field__textarea" rows={rows} />
      {maxLength === undefined ? null : <CharacterCount length={textLength(text)} max={maxLength} />}
    </AriaTextField>
  );
}

interface CheckboxFieldProps {
  name: string;
  label: string;
  description?: string;
  defaultChecked?: boolean;
  checked?: boolean;
  onChange?: (checked: boolean) => void;
  /** Sent when ticked; "true" unless several boxes share the name (a list of ids). */
  value?: string;
}

export function CheckboxField({ name, label, description, onChange, value, ...rest }: CheckboxFieldProps) {
  const id = useId();
  const error = useFieldError(name);
  return (
    <div className="field field--checkbox">
      <div className="checkbox">
        <input
          {...rest}
          type="checkbox"
          id={id}
          name={name}
          value={value ?? 'true'}
          className="checkbox__input"
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(description && `${id}-description`, error && `${id}-error`)}
          onChange={onChange ? (event) => onChange(event.currentTarget.checked) : undefined}
        />
        <label htmlFor={id} className="checkbox__label">
          {label}
        </label>
      </div>
      {description ? (
        <span id={`${id}-description`} className="field__description checkbox__description">
          {description}
        </span>
      ) : null}
      {error ? (
        <span id={`${id}-error`} className="field__error">
          {error}
        </span>
      ) : null}
    </div>
  );
}

interface RadioGroupFieldProps {
  name: string;
  legend: string;
  options: readonly (Option & { description?: string })[];
  description?: ReactNode;
  value?: string;
  defaultValue?: string;
  onChange?: (value: string) => void;
  isRequired?: boolean;
}

export function RadioGroupField({
  name,
  legend,
  options,
  description,
  value,
  defaultValue,
  onChange,
  isRequired,
}: RadioGroupFieldProps) {
  const id = useId();
  const error = useFieldError(name);
  return (
    <fieldset
      className="field fieldset"
      aria-describedby={describedBy(description ? `${id}-description` : false, error && `${id}-error`)}
    >
      <legend className="field__label">{legend}</legend>
      {description ? (
        <span id={`${id}-description`} className="field__description">
          {description}
        </span>
      ) : null}
      {error ? (
        <span id={`${id}-error`} className="field__error">
          {error}
        </span>
      ) : null}
      <div className="radio-list">
        {options.map((option) => {
          const optionId = `${id}-${option.value}`;
          return (
            <div key={option.value} className="radio">
              <input
                type="radio"
                id={optionId}
                name={name}
                value={option.value}
                className="radio__input"
                required={isRequired}
                aria-invalid={error ? true : undefined}
                aria-describedby={option.description ? `${optionId}-description` : undefined}
                {...(value !== undefined
                  ? { checked: value === option.value }
                  : { defaultChecked: defaultValue === option.value })}
                onChange={onChange ? () => onChange(option.value) : undefined}
              />
              <label htmlFor={optionId} className="radio__label">
                {option.label}
                {option.description ? (
                  <span id={`${optionId}-description`} className="radio__description">
                    {option.description}
                  </span>
                ) : null}
              </label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
