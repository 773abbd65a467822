import type { Contact, Profile } from './case.schemas.ts';

/** A complete profile document from a partial one (defaults for what the coach has not filled in). */
export function normalizeProfile(p: Partial<Profile>): Profile {
  return {
    occupations: p.occupations ?? [],
    wishedOccupations: p.wishedOccupations ?? [],
    interests: p.interests ?? [],
    interestsNote: p.interestsNote ?? null,
    skills: [...new Set(p.skills ?? [])],
    licences: [...new Set(p.licences ?? [])],
    languages: p.languages ?? [],
    educations: p.educations ?? [],
    municipality: p.municipality ?? null,
    postcode: p.postcode ? p.postcode.replace(' ', '') : null,
    maxCommuteKm: p.maxCommuteKm ?? null,
    hasCar: p.hasCar ?? null,
    availableFrom: p.availableFrom ?? null,
    extentPercent: p.extentPercent ?? null,
    shifts: p.shifts ?? null,
    weekends: p.weekends ?? null,
    adaptations: [...new Set(p.adaptations ?? [])],
    adaptationsNote: p.adaptationsNote ?? null,
  };
}

/** The participant table's contact columns from the API's contact object (absent → null). */
export function contactColumns(contact: Contact) {
  return {
    phone: contact.phone ?? null,
    email: contact.email ?? null,
    address: contact.address ?? null,
    preferredLanguage: contact.preferredLanguage ?? null,
  };
}
