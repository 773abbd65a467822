import { z } from 'zod';
import type { $ZodErrorMap } from 'zod/v4/core';

// Zod's own messages are English and technical ("Too big: expected string to have <=10000
// characters"). Every message a person sees is Swedish and says what to do; a schema's own message
// (e.g. 'Ange förnamn.') wins over these.

const sv = new Intl.NumberFormat('sv-SE');
const n = (v: unknown) =>
  (typeof v === 'number' || typeof v === 'bigint' ? sv.format(v) : String(v)).replace(/\s/g, ' ');

type Issue = Parameters<$ZodErrorMap>[0];

function message(issue: Issue): string | undefined {
  switch (issue.code) {
    case 'too_big':
      if (issue.origin === 'string') return `Högst ${n(issue.maximum)} tecken.`;
      if (issue.origin === 'array' || issue.origin === 'set') return `Högst ${n(issue.maximum)} st.`;
      return `Högst ${n(issue.maximum)}.`;
    case 'too_small':
      if (issue.origin === 'string')
        return Number(issue.minimum) <= 1
          ? 'Fältet får inte vara tomt.'
          : `Minst ${n(issue.minimum)} tecken.`;
      if (issue.origin === 'array' || issue.origin === 'set') return `Minst ${n(issue.minimum)} st.`;
      return `Minst ${n(issue.minimum)}.`;
    case 'invalid_type':
      if (issue.input === undefined) return 'Uppgiften saknas.';
      if (issue.expected === 'int') return 'Ange ett heltal.';
      if (issue.expected === 'number') return 'Ange ett tal.';
      if (issue.expected === 'boolean') return 'Ange ja eller nej.';
      if (issue.expected === 'string') return 'Ange en text.';
      if (issue.expected === 'array') return 'Ange en lista.';
      return 'Uppgiften har fel form.';
    case 'invalid_value':
      return 'Välj ett av de tillåtna värdena.';
    case 'invalid_format':
      if (issue.format === 'email') return 'Ogiltig e-postadress.';
      if (issue.format === 'uuid' || issue.format === 'guid') return 'Ogiltigt id.';
      if (issue.format === 'date') return 'Ange ett datum i formen ÅÅÅÅ-MM-DD.';
      return 'Uppgiften har fel format.';
    case 'not_multiple_of':
      return `Ange en multipel av ${n(issue.divisor)}.`;
    case 'unrecognized_keys':
      return `Okända fält: ${issue.keys.join(', ')}.`;
    case 'invalid_union':
      return 'Uppgiften har fel form.';
    default:
      return undefined;
  }
}

let installed = false;
/** Installs the Swedish messages for every Zod schema in the process (idempotent). */
export function useSwedishZodMessages() {
  if (installed) return;
  installed = true;
  z.config({ customError: message });
}
