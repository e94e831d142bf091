// Validation messages are keys: the app shows them through i18next (`validation.<key>`), and the
// server answers with the English text below beside the key, so an API error reads in words.
export const VALIDATION_MESSAGES = {
  required: 'This field is required.',
  nameRequired: 'Give at least a first name or a last name.',
  tooLong: 'This text is too long.',
  invalidDate: 'Give a real date as YYYY-MM-DD.',
  invalidBirthDate: 'Give a birth date as YYYY-MM-DD, or only the year as YYYY.',
  birthDateFuture: 'The birth date cannot be in the future.',
  birthDateTooOld: 'The birth date is too far in the past.',
  invalidTime: 'Give a time as HH:MM.',
  invalidPhone: 'Give a phone number with digits, spaces, + or - only.',
  invalidEmail: 'Give an email address such as name@example.be.',
  unknownCode: 'Choose a value from the list.',
  invalidNumber: 'Give a whole number.',
  outOfRange: 'This number is out of range.',
  invalidId: 'This reference is not valid.',
  unknownField: 'This field does not exist for this record.',
  invalidValue: 'This value is not valid.',
  endBeforeStart: 'The end must come after the start.',
  passwordTooShort: 'The password needs at least 12 characters.',
  passwordRepetitive: 'The password cannot be only spaces, the same few characters repeated, or a simple sequence such as abcdef or 123456.',
  passwordCommon: 'This password is one of the most common ones (or one of them with digits or symbols added): choose another.',
  wrongPassword: 'This is not the current password.',
  emailTaken: 'An account with this email already exists.',
  unknownSite: 'This site does not exist.',
  siteNotYours: 'You can only give sites you coordinate.',
  sitesRequired: 'Advisers and coordinators need at least one site.',
  roleNotAllowed: 'You cannot give this role.',
  notOwnAccount: 'You cannot deactivate or demote your own account.',
  reporterNoSites: 'A network reporter has no site: they read the network report only.',
  sitesInSeveralOrganisations: 'A coordinator’s sites must all belong to one organisation.',
  metierCodeFormat: 'A métier code is lowercase letters, digits and dashes, e.g. mecanicien-automobile.',
  metierCodeTaken: 'The catalogue already has a métier with this code.',
  invalidUcCode: 'A UC code is letters, digits, dots and dashes (e.g. UC1).',
  duplicateUc: 'This métier already has a UC with this code.',
  codeIsId: 'A métier’s code is the id of its record and never changes.',
  ucRemoved: 'A UC of the catalogue is never removed: give it an end of validity instead.',
  siteRecordId: 'A site’s choice of métiers is the record whose id is the site’s id.',
  consentSharingMissing: 'The person has not agreed to share their file with the validation centre: record that consent first.',
  consentContactMissing: 'The person has not agreed to be contacted by phone or e-mail: record that consent first.',
} as const;

export type ValidationMessageKey = keyof typeof VALIDATION_MESSAGES;

export function validationText(key: string): string {
  return (VALIDATION_MESSAGES as Record<string, string>)[key] ?? VALIDATION_MESSAGES.invalidValue;
}
