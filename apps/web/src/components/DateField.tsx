import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseDateInput } from './date-input.ts';
import { TextField } from './TextField.tsx';
import { parseTimeInput } from './time-input.ts';

interface TypedFieldProps {
  name: string;
  label: string;
  /** Shown after the format hint ("Lämna tomt om …"). */
  description?: string | undefined;
  /** Uncontrolled: the starting text. */
  defaultValue?: string | undefined;
  /** Controlled: the text in the field (what was typed, valid or not). */
  value?: string | undefined;
  onChange?: ((value: string) => void) | undefined;
  isRequired?: boolean | undefined;
  id?: string | undefined;
  error?: string | undefined;
}

/**
 * A text field that keeps what was typed and, once the person leaves it, writes a value it can
 * read in the one form the API takes (a date as YYYY-MM-DD, a time as HH:MM). What it cannot read
 * stays as typed: the form's check puts the message on the field and nothing is sent.
 */
function NormalisingField({
  normalise,
  hint,
  defaultValue,
  value,
  onChange,
  description,
  inputMode,
  inputClassName,
  ...props
}: TypedFieldProps & {
  normalise: (text: string) => string | null;
  hint: string;
  inputMode: 'text' | 'decimal';
  inputClassName: string;
}) {
  const [own, setOwn] = useState(defaultValue ?? '');
  const controlled = value !== undefined;
  const text = controlled ? value : own;
  const set = (next: string) => {
    if (!controlled) setOwn(next);
    onChange?.(next);
  };
  return (
    <TextField
      {...props}
      value={text}
      onChange={set}
      onBlur={() => {
        const normalised = normalise(text);
        if (normalised !== null && normalised !== text) set(normalised);
      }}
      description={description ? `${hint} ${description}` : hint}
      inputMode={inputMode}
      inputClassName={inputClassName}
      autoComplete="off"
      spellCheck="false"
    />
  );
}

/**
 * A date field: plain text in ISO form (YYYY-MM-DD), not the browser's date input, which turns a
 * date it cannot read (31 February) into an empty value — the form then saved today or nothing.
 * Check it on submit with `checkDate` (input-checks.ts).
 */
export function DateField(props: TypedFieldProps) {
  const { t } = useTranslation();
  return (
    <NormalisingField
      {...props}
      normalise={(text) => {
        const input = parseDateInput(text);
        return input.kind === 'date' ? input.iso : null;
      }}
      hint={t('form.date.hint')}
      inputMode="text"
      inputClassName="field__input--date"
    />
  );
}

/** A time of day: "9.30" is read as 09:30. Check it on submit with `checkTime` (input-checks.ts). */
export function TimeField(props: TypedFieldProps) {
  const { t } = useTranslation();
  return (
    <NormalisingField
      {...props}
      normalise={(text) => {
        const input = parseTimeInput(text);
        return input.kind === 'time' ? input.hhmm : null;
      }}
      hint={t('form.time.hint')}
      inputMode="decimal"
      inputClassName="field__input--short"
    />
  );
}
