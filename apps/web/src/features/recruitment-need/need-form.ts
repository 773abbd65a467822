import type { TFunction } from 'i18next';
import {
  ADAPTATION_CODES,
  type Credential,
  EMPLOYMENT_FORMS,
  maxLengths,
  NEED_SHIFTS,
  type NeedCreateBody,
  type NeedView,
  TARGET_GROUPS,
} from '../../api/types.ts';
import { checkDate, checkLength } from '../../components/input-checks.ts';
import type { ConceptRow, LanguageRow } from '../participant/sections/profile/profile-form.ts';
import { newRowKey } from '../participant/sections/profile/profile-form.ts';
import type { NeedT } from './i18n/index.ts';

// The recruitment need's form (create and edit) read back into what the API takes, with our own
// checks first. The lists the liaison adds to (skills, languages) live in state as rows; the rest
// is read from the form's fields, named as the server names them where one field shows one value.

export interface NeedRows {
  occupationId: string;
  requiredSkills: ConceptRow[];
  meritSkills: ConceptRow[];
  languages: LanguageRow[];
}

export function rowsFromNeed(need: NeedView | undefined): NeedRows {
  return {
    occupationId: need?.occupation?.id ?? '',
    requiredSkills: (need?.requiredSkills ?? []).map((s) => ({ key: newRowKey(), id: s.id })),
    meritSkills: (need?.meritSkills ?? []).map((s) => ({ key: newRowKey(), id: s.id })),
    languages: (need?.languages ?? []).map((l) => ({
      key: newRowKey(),
      code: l.code,
      level: l.level,
      text: '',
    })),
  };
}

const text = (data: FormData, name: string) => {
  const value = data.get(name);
  return typeof value === 'string' ? value.trim() : '';
};
const orNull = (value: string) => (value === '' ? null : value);
const checked = (data: FormData, name: string) => data.get(name) === 'true';

export function readNeedForm(
  data: FormData,
  rows: NeedRows,
  options: {
    credentialList: readonly Credential[] | undefined;
    /** Licence codes the need had: those the list no longer offers are kept, not dropped. */
    previousLicences: readonly string[];
    t: NeedT;
    tShared: TFunction;
    language: string;
  },
): { errors: Record<string, string>; body: NeedCreateBody } {
  const { credentialList, previousLicences, t, tShared, language } = options;
  const errors: Record<string, string> = {};
  const limits = maxLengths.RecruitmentNeedCreateBody;

  const title = text(data, 'title');
  if (title === '') errors.title = t('form.titleRequired');
  checkLength(errors, 'title', title, limits.title, tShared, language);
  const description = orNull(text(data, 'description'));
  checkLength(errors, 'description', description, limits.description, tShared, language);

  const wholeNumber = (name: string, min: number, max: number, message: string) => {
    const value = text(data, name);
    if (value === '') return null;
    if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max) {
      errors[name] = message;
      return null;
    }
    return Number(value);
  };
  const positions = wholeNumber('positions', 1, 500, t('form.positionsInvalid'));
  if (positions === null && errors.positions === undefined) errors.positions = t('form.positionsInvalid');
  const extentPercent = wholeNumber('extentPercent', 1, 100, t('form.extentInvalid'));

  let minExperienceYears: number | null = null;
  const experience = text(data, 'minExperienceYears');
  if (experience !== '') {
    const value = Number(experience.replace(',', '.'));
    if (!/^\d{1,2}([.,]\d)?$/.test(experience) || value > 40)
      errors.minExperienceYears = t('form.experienceInvalid');
    else minExperienceYears = value;
  }

  rows.requiredSkills.forEach((row, i) => {
    if (!row.id) errors[`requiredSkills.${i}`] = t('form.chooseSkill');
  });
  rows.meritSkills.forEach((row, i) => {
    if (!row.id) errors[`meritSkills.${i}`] = t('form.chooseSkill');
  });
  rows.languages.forEach((row, i) => {
    const typed = row.text?.trim() ?? '';
    if (!row.code)
      errors[`languages.${i}.code`] = typed
        ? t('form.languageNoMatch', { text: typed })
        : t('form.chooseLanguage');
    if (!row.level) errors[`languages.${i}.level`] = t('form.chooseLevel');
  });

  const hours = orNull(text(data, 'hours'));
  checkLength(errors, 'hours', hours, limits.hours, tShared, language);
  const startDate = checkDate(errors, 'startDate', data.get('startDate'), tShared);
  const shifts = NEED_SHIFTS.filter((shift) => checked(data, `shift.${shift}`));
  const employmentForm = text(data, 'employmentForm');

  const licences = credentialList
    ? [
        ...credentialList.filter((c) => checked(data, `licence.${c.code}`)).map((c) => c.code),
        ...previousLicences.filter((code) => !credentialList.some((c) => c.code === code)),
      ]
    : [...previousLicences];

  return {
    errors,
    body: {
      title,
      description,
      employerId: orNull(text(data, 'employerId')),
      workplaceId: orNull(text(data, 'workplaceId')),
      occupationId: orNull(rows.occupationId),
      positions: positions ?? 1,
      requiredSkills: rows.requiredSkills.map((r) => r.id).filter(Boolean),
      meritSkills: rows.meritSkills.map((r) => r.id).filter(Boolean),
      licences,
      languages: rows.languages.map((r) => ({ code: r.code, level: r.level })),
      municipality: orNull(text(data, 'municipality')),
      extentPercent,
      hours,
      shifts: shifts.length > 0 ? shifts : null,
      weekends: checked(data, 'weekends'),
      startDate,
      employmentForm: (EMPLOYMENT_FORMS as readonly string[]).includes(employmentForm)
        ? (employmentForm as NonNullable<NeedCreateBody['employmentForm']>)
        : null,
      requiresCar: checked(data, 'requiresCar'),
      minExperienceYears,
      openTo: {
        internshipFirst: checked(data, 'openTo.internshipFirst'),
        jobbspar: checked(data, 'openTo.jobbspar'),
        subsidisedEmployment: checked(data, 'openTo.subsidisedEmployment'),
        adaptations: ADAPTATION_CODES.filter((code) => checked(data, `adaptation.${code}`)),
        targetGroups: TARGET_GROUPS.filter((group) => checked(data, `targetGroup.${group}`)),
      },
    },
  };
}

/**
 * The field for a server error on a value the form shows as checkboxes (`licences.2` is the
 * checkbox of the third code sent); null for the rest, which are found by name.
 */
export function needField(path: string, sent: NeedCreateBody | null): string | null {
  const parts = path.split('.');
  const at = <T>(values: readonly T[] | null | undefined, index: string | undefined) =>
    index === undefined || Number.isNaN(Number(index)) ? values?.[0] : values?.[Number(index)];
  if (parts[0] === 'licences') {
    const code = at(sent?.licences, parts[1]);
    return code ? `licence.${code}` : null;
  }
  if (parts[0] === 'shifts') return `shift.${at(sent?.shifts, parts[1]) ?? 'day'}`;
  if (parts[0] === 'openTo' && parts[1] === 'adaptations') {
    const code = at(sent?.openTo?.adaptations, parts[2]);
    return code ? `adaptation.${code}` : null;
  }
  if (parts[0] === 'openTo' && parts[1] === 'targetGroups') {
    const group = at(sent?.openTo?.targetGroups, parts[2]);
    return group ? `targetGroup.${group}` : null;
  }
  return null;
}
