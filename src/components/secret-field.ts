// The `autocomplete` token of every password and PIN field. On a shared tablet the browser must
// keep no adviser's address: Chromium's password manager ignores autocomplete="off" and, once it
// sees a login form submitted, writes the username into the profile's "Login Data" (its save
// prompt's statistics), even when the prompt is never answered. Chromium's form parser leaves
// fields marked as one-time codes out of password forms, so a form whose only secret field is
// marked so is no credential form: no prompt, nothing written (tests/e2e/password-manager.spec.ts).
export const SECRET_FIELD_AUTOCOMPLETE = 'one-time-code';
