import {
  ADAPTATION_CODES,
  type Credential,
  type ParticipantDetail,
  type Profile,
  SHIFT_KINDS,
} from '../../../../api/types.ts';
import { isIsoDate, textOrNull } from '../../format.ts';
import type { useParticipantT } from '../../i18n/index.ts';

// The profile form's rows (the lists the coach adds to and removes from) and how the whole form
// is read back into the profile the server stores.

export interface ConceptRow {
  key: string;
  id: string;
}

export interface LanguageRow {
  key: string;
  code: string;
  level: string;
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
    languages: profile.languages.map((l) => ({ key: newRowKey(), code: l.code, level: l.level })),
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
): { errors: Record<string, string>; profile: Profile } {
  const profile = participant.profile;
  const errors: Record<string, string> = {};
  rows.experience.forEach((row, index) => {
    if (!row.id.trim()) errors[`occupations.${index}.id`] = t('form.chooseOne');
    if (!/^\d{1,2}([.,]\d)?$/.test(row.years.trim()))
      errors[`occupations.${index}.years`] = t('form.numberInvalid');
  });
  rows.languages.forEach((row, index) => {
    if (!row.code.trim())
      errors[`languages.${index}.code`] = t('form.required', { field: t('profile.language').toLowerCase() });
    if (!row.level) errors[`languages.${index}.level`] = t('form.chooseOne');
  });
  const availableFrom = textOrNull(data.get('availableFrom'));
  if (availableFrom && !isIsoDate(availableFrom)) errors.availableFrom = t('form.dateInvalid');
  const numberOrNull = (name: string) => {
    const value = textOrNull(data.get(name));
    if (value === null) return null;
    const number = Number(value.replace(',', '.'));
    if (!Number.isFinite(number) || number < 0) errors[name] = t('form.numberInvalid');
    return number;
  };
  const maxCommuteKm = numberOrNull('maxCommuteKm');
  const extentPercent = numberOrNull('extentPercent');

  const educationTitles = lines(data.get('educations'));
  return {
    errors,
    profile: {
      occupations: rows.experience.map((row) => ({
        id: row.id.trim(),
        years: Number(row.years.replace(',', '.')),
      })),
      wishedOccupations: rows.wished.map((row) => row.id).filter(Boolean),
      interests: profile.interests,
      interestsNote: textOrNull(data.get('interestsNote')),
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
      adaptationsNote: participant.adaptationsVisible
        ? textOrNull(data.get('adaptationsNote'))
        : (profile.adaptationsNote ?? null),
    },
  };
}
