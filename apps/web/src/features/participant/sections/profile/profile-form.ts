import type { TFunction } from 'i18next';
import {
  ADAPTATION_CODES,
  type Credential,
  maxLengths,
  type Profile,
  type ProfilePatch,
  SHIFT_KINDS,
} from '../../../../api/types.ts';
import { checkDate, checkLength } from '../../../../components/input-checks.ts';
import { textOrNull } from '../../format.ts';
import type { useParticipantT } from '../../i18n/index.ts';

// The profile form's rows (the lists the coach adds to and removes from) and how each section of
// the form is read back into the fields of the profile it saves.

export interface ConceptRow {
  key: string;
  id: string;
}

export interface LanguageRow {
  key: string;
  /** The chosen language's code ('' until one is chosen). */
  code: string;
  level: string;
  /** What is typed in the language field, chosen or not (for the message when nothing is chosen). */
  text?: string;
}

export interface ExperienceRow {
  key: string;
  id: string;
  years: string;
}

export interface ProfileRows {
  experience: ExperienceRow[];
  wished: ConceptRow[];
  skills: ConceptRow[];
  languages: LanguageRow[];
}

let rowCounter = 0;
export const newRowKey = () => `experience-${++rowCounter}`;

export function rowsFrom(profile: Profile): ProfileRows {
  return {
    experience: profile.occupations.map((o) => ({ key: newRowKey(), id: o.id, years: String(o.years) })),
    wished: profile.wishedOccupations.map((conceptId) => ({ key: newRowKey(), id: conceptId })),
    skills: profile.skills.map((conceptId) => ({ key: newRowKey(), id: conceptId })),
    languages: profile.languages.map((l) => ({ key: newRowKey(), code: l.code, level: l.level, text: '' })),
  };
}

const lines = (value: FormDataEntryValue | null) =>
  String(value ?? '')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

type T = ReturnType<typeof useParticipantT>['t'];

/** What each section's reader returns: field errors by field name, and the section's fields. */
export interface SectionValues {
  errors: Record<string, string>;
  patch: ProfilePatch;
}

// One reader per section of the profile form. Each reads only its own fields, with our own checks
// first; what the form does not show (interests, an education's level and year, licences the
// vocabulary no longer offers) is kept as it was.

/** Experience and wishes: occupations with years, wished occupations, the person's words, educations. */
export function readExperience(
  data: FormData,
  rows: Pick<ProfileRows, 'experience' | 'wished'>,
  profile: Profile,
  t: T,
  tShared: TFunction,
  language: string,
): SectionValues {
  const errors: Record<string, string> = {};
  const limits = maxLengths.ParticipantProfile;
  rows.experience.forEach((row, index) => {
    if (!row.id.trim()) errors[`occupations.${index}.id`] = t('form.chooseOne');
    if (!/^\d{1,2}([.,]\d)?$/.test(row.years.trim()))
      errors[`occupations.${index}.years`] = t('form.numberInvalid');
  });
  const interestsNote = textOrNull(data.get('interestsNote'));
  checkLength(errors, 'interestsNote', interestsNote, limits.interestsNote, tShared, language);
  const educationTitles = lines(data.get('educations'));
  const longest = educationTitles.reduce((a, b) => (b.length > a.length ? b : a), '');
  checkLength(errors, 'educations', longest, limits['educations.title'], tShared, language);
  return {
    errors,
    patch: {
      occupations: rows.experience.map((row) => ({
        id: row.id.trim(),
        years: Number(row.years.replace(',', '.')),
      })),
      wishedOccupations: rows.wished.map((row) => row.id).filter(Boolean),
      interestsNote,
      // Keep what is known about an education (level, year) when its title is unchanged.
      educations: educationTitles.map(
        (title) => profile.educations.find((education) => education.title === title) ?? { title },
      ),
    },
  };
}

/** Skills: the rows picked in the taxonomy (empty rows are left out). */
export function readSkills(rows: readonly ConceptRow[]): SectionValues {
  return { errors: {}, patch: { skills: rows.map((row) => row.id).filter(Boolean) } };
}

/**
 * Licences and certificates: the codes chosen in the picker; until the vocabulary's list has come,
 * the text area's codes, one a line.
 */
export function readLicences(
  data: FormData,
  chosen: readonly string[],
  credentialList: readonly Credential[] | undefined,
): SectionValues {
  return { errors: {}, patch: { licences: credentialList ? [...chosen] : lines(data.get('licences')) } };
}

/** Languages: each row needs a language picked from the list (by name) and a level. */
export function readLanguages(rows: readonly LanguageRow[], t: T): SectionValues {
  const errors: Record<string, string> = {};
  rows.forEach((row, index) => {
    const typed = row.text?.trim() ?? '';
    if (!row.code.trim())
      errors[`languages.${index}.code`] = typed
        ? t('profile.languageNoMatch', { text: typed })
        : t('profile.languageChoose');
    if (!row.level) errors[`languages.${index}.level`] = t('profile.languageLevelChoose');
  });
  return {
    errors,
    patch: { languages: rows.map((row) => ({ code: row.code.trim(), level: row.level })) },
  };
}

function numberOrNull(data: FormData, name: string, errors: Record<string, string>, t: T) {
  const value = textOrNull(data.get(name));
  if (value === null) return null;
  const number = Number(value.replace(',', '.'));
  if (!Number.isFinite(number) || number < 0) errors[name] = t('form.numberInvalid');
  return number;
}

/** Where the person lives and how far they travel. */
export function readPlace(data: FormData, t: T): SectionValues {
  const errors: Record<string, string> = {};
  const maxCommuteKm = numberOrNull(data, 'maxCommuteKm', errors, t);
  return {
    errors,
    patch: {
      municipality: textOrNull(data.get('municipality')),
      postcode: textOrNull(data.get('postcode')),
      maxCommuteKm,
      hasCar: data.get('hasCar') === 'true',
    },
  };
}

/** From when, how much and at which hours. */
export function readAvailability(data: FormData, t: T, tShared: TFunction): SectionValues {
  const errors: Record<string, string> = {};
  const availableFrom = checkDate(errors, 'availableFrom', data.get('availableFrom'), tShared);
  const extentPercent = numberOrNull(data, 'extentPercent', errors, t);
  return {
    errors,
    patch: {
      availableFrom,
      extentPercent,
      shifts: SHIFT_KINDS.filter((shift) => data.get(`shift.${shift}`) === 'true'),
      weekends: data.get('weekends') === 'true',
    },
  };
}

/** Adaptations (only for those who see them: the section is not offered to others). */
export function readAdaptations(data: FormData, tShared: TFunction, language: string): SectionValues {
  const errors: Record<string, string> = {};
  const adaptationsNote = textOrNull(data.get('adaptationsNote'));
  checkLength(
    errors,
    'adaptationsNote',
    adaptationsNote,
    maxLengths.ParticipantProfile.adaptationsNote,
    tShared,
    language,
  );
  return {
    errors,
    patch: {
      adaptations: ADAPTATION_CODES.filter((code) => data.get(`adaptation.${code}`) === 'true'),
      adaptationsNote,
    },
  };
}

/**
 * The field for a server error on a profile value the form shows differently from the request
 * (`licences.2` is the licence picker, `adaptations.1` the checkbox of the second code sent,
 * `shifts` the first shift); null for the rest, which fieldForPath finds by name.
 */
export function profileField(path: string, sent: ProfilePatch | null): string | null {
  const [list, row] = path.split('.');
  const index = row === undefined ? undefined : Number(row);
  const at = <V>(values: readonly V[] | null | undefined) =>
    index === undefined || Number.isNaN(index) ? values?.[0] : values?.[index];
  if (list === 'licences') return 'licences';
  if (list === 'adaptations') {
    const code = at(sent?.adaptations);
    return code ? `adaptation.${code}` : null;
  }
  if (list === 'shifts') return `shift.${at(sent?.shifts) ?? 'day'}`;
  return null;
}
