// The ways to open the tablet again, in easy words, with what to do when one is not available
// (docs/key-handling.md): the tablet's lock must have been turned on; the PIN needs the server;
// both last 12 hours; the password always works, offline too.
import { useTranslation } from 'react-i18next';

export function UnlockWays() {
  const { t } = useTranslation();
  return (
    <details className="login__ways">
      <summary>{t('login.ways.title')}</summary>
      <ul>
        <li>{t('login.ways.tabletLock')}</li>
        <li>{t('login.ways.pin')}</li>
        <li>{t('login.ways.password')}</li>
        <li>{t('login.ways.why')}</li>
      </ul>
    </details>
  );
}
