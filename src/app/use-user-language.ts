// After sign-in, the interface switches to the language this user chose last on this device, unless
// they chose one on the login screen just before: that choice wins and becomes theirs.
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { switchLanguage } from '../i18n/app-i18n';
import { rememberLanguage, takeSignedOutChoice, userLanguage } from '../i18n/language-preference';

export function useUserLanguage(userId: string): void {
  const { i18n } = useTranslation();
  useEffect(() => {
    const chosen = takeSignedOutChoice();
    if (chosen) {
      rememberLanguage(chosen, userId);
      return;
    }
    const preferred = userLanguage(userId);
    if (!preferred || preferred === i18n.language) return;
    void switchLanguage(i18n, preferred).then(() => {
      document.documentElement.lang = preferred;
      rememberLanguage(preferred, userId);
    });
  }, [i18n, userId]);
}
