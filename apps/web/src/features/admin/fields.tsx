import { useId } from 'react';

// Native select and checkbox group with the shared field classes and an explicit `error` (as the
// shared TextField takes it, from useFieldErrors): the error is referenced by aria-describedby and
// focus can be moved to the field by its `name`.

function describedBy(...ids: Array<string | false | undefined>): string | undefined {
  const value = ids.filter(Boolean).join(' ');
  return value === '' ? undefined : value;
}

export function SelectField({
  name,
  label,
  options,
  value,
  onChange,
  error,
  description,
}: {
  name: string;
  label: string;
  options: ReadonlyArray<{ value: string; label: string }>;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  description?: string | undefined;
}) {
  const id = useId();
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
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
      <select
        id={id}
        name={name}
        className="field__input field__select"
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(description && `${id}-description`, error && `${id}-error`)}
        onChange={(event) => onChange(event.currentTarget.value)}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export function CheckboxGroupField({
  name,
  legend,
  options,
  selected,
  onChange,
  error,
  description,
  emptyText,
}: {
  name: string;
  legend: string;
  options: ReadonlyArray<{ value: string; label: string }>;
  selected: readonly string[];
  onChange: (selected: string[]) => void;
  error?: string | undefined;
  description?: string | undefined;
  emptyText?: string;
}) {
  const id = useId();
  return (
    <fieldset
      className="field fieldset"
      aria-describedby={describedBy(description && `${id}-description`, error && `${id}-error`)}
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
      <div className="checkbox-group">
        {options.length === 0 && emptyText ? <p className="muted">{emptyText}</p> : null}
        {options.map((o) => (
          <div className="checkbox" key={o.value}>
            <input
              type="checkbox"
              id={`${id}-${o.value}`}
              name={name}
              value={o.value}
              className="checkbox__input"
              checked={selected.includes(o.value)}
              aria-invalid={error ? true : undefined}
              onChange={(event) =>
                onChange(
                  event.currentTarget.checked
                    ? [...selected, o.value]
                    : selected.filter((v) => v !== o.value),
                )
              }
            />
            <label htmlFor={`${id}-${o.value}`} className="checkbox__label">
              {o.label}
            </label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}
