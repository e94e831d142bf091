// The interface language: Français, Nederlands, English, each named in its own language. The choice
// is remembered on the device (for this user when signed in) and applies to every text at once.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { switchLanguage } from '../i18n/app-i18n';
import { rememberLanguage } from '../i18n/language-preference';
import { LANGUAGE_AUTONYMS, SUPPORTED_LANGUAGES, type AppLanguage } from '../i18n/languages';

export function LanguageSwitcher({ userId }: { userId?: string }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [busy, setBusy] = useState(false);
  const current = (SUPPORTED_LANGUAGES as readonly string[]).includes(i18n.language) ? (i18n.language as AppLanguage) : 'fr';

  async function choose(language: AppLanguage) {
    setBusy(true);
    // Remembered first: screens that mount while the words switch read the new choice.
    rememberLanguage(language, userId);
    try {
      await switchLanguage(i18n, language);
      document.documentElement.lang = language;
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="language-switcher">
      <label htmlFor={id} className="language-switcher__label">
        {t('app.language')}
      </label>
      <select id={id} className="input language-switcher__select" value={current} disabled={busy} onChange={(event) => void choose(event.target.value as AppLanguage)}>
        {SUPPORTED_LANGUAGES.map((language) => (
          <option key={language} value={language} lang={language}>
            {LANGUAGE_AUTONYMS[language]}
          </option>
        ))}
      </select>
    </div>
  );
}
