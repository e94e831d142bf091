// The translation key of a domain validation message: French (the fallback) has every key, so its
// file alone says which keys exist, and a form field need not bundle the other languages.
import common from './locales/common/fr.json';

const known = new Set(Object.keys(common.validation));

/** `nameRequired` → `validation.nameRequired`; an unknown message key → `validation.invalidValue`. */
export function validationKey(messageKey: string | undefined): string {
  return `validation.${messageKey !== undefined && known.has(messageKey) ? messageKey : 'invalidValue'}`;
}
