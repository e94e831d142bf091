// Instants shown in Brussels time, in the interface's language.
import { formatInstant as formatInstantIn } from '../../i18n/format';

export function formatInstant(iso: string, language: string): string {
  return formatInstantIn(iso, language, 'medium');
}
