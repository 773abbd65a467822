// What the administration's forms read and check before they ask the server (which checks again):
// pure, so it is unit-tested without a browser.

export const STAFF_ROLES = ['coach', 'manager', 'liaison', 'admin'] as const;
export type StaffRoleValue = (typeof STAFF_ROLES)[number];
export const AGE_BOUNDS = { min: 16, max: 67 } as const;
const USERNAME = /^[a-z0-9._-]{2,50}$/;

export type FormErrors = Record<string, string>;

export interface AccountMessages {
  usernameRequired: string;
  usernameInvalid: string;
  nameRequired: string;
  roleRequired: string;
  unitsRequired: string;
}

export interface AccountInput {
  username: string;
  displayName: string;
  role: StaffRoleValue;
  unitIds: string[];
}

/** A role whose work is the participants of its units: it needs at least one. */
export function roleNeedsUnit(role: string): boolean {
  return role === 'coach' || role === 'manager';
}

function isRole(value: string): value is StaffRoleValue {
  return (STAFF_ROLES as readonly string[]).includes(value);
}

/**
 * Reads an account form (username only when creating). Errors are keyed by the field names the
 * form uses, in the order of the form, so the first is where focus goes.
 */
export function readAccountForm(
  data: FormData,
  messages: AccountMessages,
  options: { withUsername: boolean },
): { value: AccountInput; errors: FormErrors } {
  const username = String(data.get('username') ?? '')
    .trim()
    .toLowerCase();
  const displayName = String(data.get('displayName') ?? '').trim();
  const role = String(data.get('role') ?? '');
  const unitIds = data.getAll('unitIds').map(String);
  const errors: FormErrors = {};
  if (options.withUsername) {
    if (!username) errors.username = messages.usernameRequired;
    else if (!USERNAME.test(username)) errors.username = messages.usernameInvalid;
  }
  if (!displayName) errors.displayName = messages.nameRequired;
  if (!isRole(role)) errors.role = messages.roleRequired;
  else if (roleNeedsUnit(role) && unitIds.length === 0) errors.unitIds = messages.unitsRequired;
  return { value: { username, displayName, role: isRole(role) ? role : 'coach', unitIds }, errors };
}

/** An age field: empty is "no limit" (null); anything but a whole number in bounds is invalid. */
export function parseAge(text: string): number | null | 'invalid' {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  if (!/^\d{1,3}$/.test(trimmed)) return 'invalid';
  const age = Number(trimmed);
  return age < AGE_BOUNDS.min || age > AGE_BOUNDS.max ? 'invalid' : age;
}

export interface UnitInput {
  name: string;
  minAge: number | null;
  maxAge: number | null;
}

export function readUnitForm(
  data: FormData,
  messages: { nameRequired: string; ageInvalid: string; maxBelowMin: string },
): { value: UnitInput; errors: FormErrors } {
  const name = String(data.get('name') ?? '').trim();
  const minAge = parseAge(String(data.get('minAge') ?? ''));
  const maxAge = parseAge(String(data.get('maxAge') ?? ''));
  const errors: FormErrors = {};
  if (!name) errors.name = messages.nameRequired;
  if (minAge === 'invalid') errors.minAge = messages.ageInvalid;
  if (maxAge === 'invalid') errors.maxAge = messages.ageInvalid;
  else if (typeof minAge === 'number' && typeof maxAge === 'number' && maxAge < minAge)
    errors.maxAge = messages.maxBelowMin;
  return {
    value: {
      name,
      minAge: typeof minAge === 'number' ? minAge : null,
      maxAge: typeof maxAge === 'number' ? maxAge : null,
    },
    errors,
  };
}

/** The number of days a coach may correct an exit: a whole number 0–365, else null. */
export function parseCorrectionDays(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d{1,3}$/.test(trimmed)) return null;
  const days = Number(trimmed);
  return days <= 365 ? days : null;
}

/** The full address of a one-time link (the server gives the path, with the token after `#`). */
export function linkUrl(origin: string, path: string): string {
  return `${origin.replace(/\/+$/, '')}${path}`;
}
