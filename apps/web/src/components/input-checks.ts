import type { TFunction } from 'i18next';
import { readDateInput } from './date-input.ts';
import { textLength } from './text-length.ts';
import { readTimeInput } from './time-input.ts';

// The checks every form makes on its date, time and long text fields before sending, with the
// messages a person sees on the field. Each reads what is in the field (as typed), puts its
// message under the field's name in `errors`, and gives the value to send.

type Errors = Record<string, string>;
type Text = FormDataEntryValue | string | null | undefined;

interface Required {
  /** The message for an empty field ("Fyll i inskrivningsdatum."); leave out when it may be empty. */
  required?: string | undefined;
}

const asText = (value: Text) => (typeof value === 'string' ? value : '');

/** A date field's value (`YYYY-MM-DD`), or null when empty or refused. */
export function checkDate(errors: Errors, name: string, value: Text, t: TFunction, options: Required = {}) {
  const { value: iso, problem } = readDateInput(asText(value), { required: options.required !== undefined });
  if (problem === 'required') errors[name] = options.required ?? '';
  else if (problem) errors[name] = t(`form.date.${problem}`);
  return iso;
}

/** A time field's value (`HH:MM`), or null when empty or refused. */
export function checkTime(errors: Errors, name: string, value: Text, t: TFunction, options: Required = {}) {
  const { value: hhmm, problem } = readTimeInput(asText(value), { required: options.required !== undefined });
  if (problem === 'required') errors[name] = options.required ?? '';
  else if (problem) errors[name] = t(`form.time.${problem}`);
  return hhmm;
}

/** A number as the person's language writes it: 10 000 in Swedish, 10,000 in English. */
export function formatCount(n: number, language: string): string {
  return new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'sv-SE').format(n);
}

/** Refuses a text longer than the field's limit (counted as the server counts). */
export function checkLength(
  errors: Errors,
  name: string,
  value: Text,
  max: number,
  t: TFunction,
  language: string,
) {
  const over = textLength(asText(value)) - max;
  if (over > 0 && errors[name] === undefined) {
    errors[name] = t('form.length.tooLong', {
      count: over,
      n: formatCount(over, language),
      max: formatCount(max, language),
    });
  }
}
