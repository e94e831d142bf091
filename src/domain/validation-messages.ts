// Validation messages are keys: the app shows them through i18next (`validation.<key>`), and the
// server answers with the English text below beside the key, so an API error reads in words.
export const VALIDATION_MESSAGES = {
  required: 'This field is required.',
  nameRequired: 'Give at least a first name or a last name.',
  tooLong: 'This text is too long.',
  invalidDate: 'Give a real date as YYYY-MM-DD.',
  invalidBirthDate: 'Give a birth date as YYYY-MM-DD, or only the year as YYYY.',
  birthDateFuture: 'The birth date cannot be in the future.',
  birthDateTooOld: "This birth date would make the person older than 100: check the year.",
  birthDateTooRecent: "This birth date would make the person younger than 14: check the year.",
  phoneTooShort: "This number has too few digits: a Belgian number has 9 or 10 (for example 0470 12 34 56).",
  phoneTooLong: "This number has too many digits: 15 at most, country code included.",
  dateTooFarAhead: "This date is more than a year ahead: check the year.",
  dateTooOld: "This date is before 2000: check the year.",
  headCountNegative: "The number of people cannot be negative.",
  headCountNotWhole: "The number of people is a whole number (no decimals).",
  capacityZero: "A session has at least one place: leave it empty if you do not know yet.",
  capacityNotWhole: "The number of places is a whole number (no decimals).",
  exitBeforeStart: "The exit date cannot be before the accompaniment started.",
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
  handoverNeedsAgreement: 'A handover note goes to the new site only if the person agrees: confirm that they do, or leave the note empty.',
  siteNotYours: 'You can only give sites you coordinate.',
  sitesRequired: 'Advisers and coordinators need at least one site.',
  roleNotAllowed: 'You cannot give this role.',
  notOwnAccount: 'You cannot deactivate or demote your own account.',
  reporterNoSites: 'A network reporter has no site: they read the network report only.',
  sitesInSeveralOrganisations: 'A coordinator’s sites must all belong to one organisation.',
  consentSharingMissing: 'The person has not agreed to share their file with the validation centre: record that consent first.',
  consentContactMissing: 'The person has not agreed to be contacted by phone or e-mail: record that consent first.',
} as const;

export type ValidationMessageKey = keyof typeof VALIDATION_MESSAGES;

export function validationText(key: string): string {
  return (VALIDATION_MESSAGES as Record<string, string>)[key] ?? VALIDATION_MESSAGES.invalidValue;
}
