import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { isolatedText } from '../domain/bidi';

/**
 * "Page — App" in the tab title, so each screen is named (WCAG 2.4.2). The title holds no markup:
 * a name in it loses its bidi controls, and right-to-left text is isolated (domain/bidi.ts).
 */
export function useDocumentTitle(pageTitle: string): void {
  const { t } = useTranslation();
  const appName = t('app.name');
  useEffect(() => {
    document.title = `${isolatedText(pageTitle)} — ${appName}`;
  }, [pageTitle, appName]);
}
