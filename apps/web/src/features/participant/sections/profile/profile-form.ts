import type { TFunction } from 'i18next';
import {
  ADAPTATION_CODES,
  type Credential,
  maxLengths,
  type ParticipantDetail,
  type Profile,
  SHIFT_KINDS,
} from '../../../../api/types.ts';
import { checkDate, checkLength } from '../../../../components/input-checks.ts';
import { textOrNull } from '../../format.ts';
import type { useParticipantT } from '../../i18n/index.ts';

// The profile form's rows (the lists the coach adds to and removes from) and how the whole form
// is read back into the profile the server stores.

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

/**
 * The profile as the form holds it, with our own checks first: field errors by field name, or
 * the profile to save. What the form does not show (interests, a manager's view of adaptations,
 * licences the vocabulary no longer offers, an education's level and year) is kept as it was.
 */
export function readProfileForm(
  data: FormData,
  rows: ProfileRows,
  participant: Pick<ParticipantDetail, 'profile' | 'adaptationsVisible'>,
  credentialList: readonly Credential[] | undefined,
  t: T,
  tShared: TFunction,
  language: string,
): { errors: Record<string, string>; profile: Profile } {
  const profile = participant.profile;
  const errors: Record<string, string> = {};
  const limits = maxLengths.ParticipantProfile;
  rows.experience.forEach((row, index) => {
    if (!row.id.trim()) errors[`occupations.${index}.id`] = t('form.chooseOne');
    if (!/^\d{1,2}([.,]\d)?$/.test(row.years.trim()))
      errors[`occupations.${index}.years`] = t('form.numberInvalid');
  });
  rows.languages.forEach((row, index) => {
    const typed = row.text?.trim() ?? '';
    if (!row.code.trim())
      errors[`languages.${index}.code`] = typed
        ? t('profile.languageNoMatch', { text: typed })
        : t('profile.languageChoose');
    if (!row.level) errors[`languages.${index}.level`] = t('profile.languageLevelChoose');
  });
  const interestsNote = textOrNull(data.get('interestsNote'));
  checkLength(errors, 'interestsNote', interestsNote, limits.interestsNote, tShared, language);
  const educationTitles = lines(data.get('educations'));
  const longest = educationTitles.reduce((a, b) => (b.length > a.length ? b : a), '');
  checkLength(errors, 'educations', longest, limits['educations.title'], tShared, language);
  const availableFrom = checkDate(errors, 'availableFrom', data.get('availableFrom'), tShared);
  const numberOrNull = (name: string) => {
    const value = textOrNull(data.get(name));
    if (value === null) return null;
    const number = Number(value.replace(',', '.'));
    if (!Number.isFinite(number) || number < 0) errors[name] = t('form.numberInvalid');
    return number;
  };
  const maxCommuteKm = numberOrNull('maxCommuteKm');
  const extentPercent = numberOrNull('extentPercent');
  const adaptationsNote = participant.adaptationsVisible ? textOrNull(data.get('adaptationsNote')) : null;
  checkLength(errors, 'adaptationsNote', adaptationsNote, limits.adaptationsNote, tShared, language);

  return {
    errors,
    profile: {
      occupations: rows.experience.map((row) => ({
        id: row.id.trim(),
        years: Number(row.years.replace(',', '.')),
      })),
      wishedOccupations: rows.wished.map((row) => row.id).filter(Boolean),
      interests: profile.interests,
      interestsNote,
      skills: rows.skills.map((row) => row.id).filter(Boolean),
      licences: credentialList
        ? [
            ...credentialList.filter((c) => data.get(`licence.${c.code}`) === 'true').map((c) => c.code),
            // Codes the list no longer offers are kept, not silently dropped.
            ...profile.licences.filter((code) => !credentialList.some((c) => c.code === code)),
          ]
        : lines(data.get('licences')),
      languages: rows.languages.map((row) => ({ code: row.code.trim(), level: row.level })),
      // Keep what is known about an education (level, year) when its title is unchanged.
      educations: educationTitles.map(
        (title) => profile.educations.find((education) => education.title === title) ?? { title },
      ),
      municipality: textOrNull(data.get('municipality')),
      postcode: textOrNull(data.get('postcode')),
      maxCommuteKm,
      hasCar: data.get('hasCar') === 'true',
      availableFrom,
      extentPercent,
      shifts: SHIFT_KINDS.filter((shift) => data.get(`shift.${shift}`) === 'true'),
      weekends: data.get('weekends') === 'true',
      adaptations: participant.adaptationsVisible
        ? ADAPTATION_CODES.filter((code) => data.get(`adaptation.${code}`) === 'true')
        : profile.adaptations,
      adaptationsNote: participant.adaptationsVisible ? adaptationsNote : (profile.adaptationsNote ?? null),
    },
  };
}

/**
 * The field for a server error on a profile value the form shows as checkboxes (`licences.2` is
 * the checkbox of the third code sent, `shifts` the first shift); null for the rest, which
 * fieldForPath finds by name.
 */
export function profileField(path: string, sent: Profile | null): string | null {
  const [list, row] = path.split('.');
  const index = row === undefined ? undefined : Number(row);
  const at = <T>(values: readonly T[] | null | undefined) =>
    index === undefined || Number.isNaN(index) ? values?.[0] : values?.[index];
  if (list === 'licences') {
    const code = at(sent?.licences);
    return code ? `licence.${code}` : null;
  }
  if (list === 'adaptations') {
    const code = at(sent?.adaptations);
    return code ? `adaptation.${code}` : null;
  }
  if (list === 'shifts') return `shift.${at(sent?.shifts) ?? 'day'}`;
  return null;
}
