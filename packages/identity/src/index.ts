// Swedish identity numbers: personnummer, samordningsnummer, organisationsnummer — parsing,
// validation, ages, and clearly fictitious numbers for demo data. Pure, no I/O.
export { ageAt, implausibleAgeMessage, LABOUR_MARKET_AGES } from './age.ts';
export {
  type CalendarDate,
  daysInMonth,
  formatIsoDate,
  type IsoDate,
  isLeapYear,
  isValidCalendarDate,
  parseIsoDate,
  todayInSweden,
} from './calendar-date.ts';
export { type FictitiousOptions, fictitiousPersonnummer, isFictitious, type Rng } from './fictitious.ts';
export { isLuhnValid, luhnCheckDigit } from './luhn.ts';
export { plainNumberText } from './number-text.ts';
export {
  type Organisationsnummer,
  type OrganisationsnummerErrorCode,
  organisationsnummerMessages,
  type ParseOrganisationsnummerOptions,
  parseOrganisationsnummer,
} from './organisationsnummer.ts';
export {
  formatPersonnummer,
  type ParsePersonnummerOptions,
  type Personnummer,
  type PersonnummerErrorCode,
  type PersonnummerKind,
  parsePersonnummer,
  personnummerMessages,
} from './personnummer.ts';
export type { ParseResult } from './result.ts';
