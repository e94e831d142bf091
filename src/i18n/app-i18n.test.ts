import { describe, expect, it } from 'vitest';
import { createAppI18n, hasWorkspaceWords, loadWorkspaceWords, switchLanguage } from './app-i18n';
import { loadedWord } from './loaded-words';

describe('the app instance loads words by screen group', () => {
  it('starts with the first screen words only, then loads the signed-in screens words', async () => {
    const i18n = await createAppI18n('fr');
    expect(i18n.t('login.submit')).not.toBe('login.submit');
    expect(i18n.exists('home.actions')).toBe(false);
    expect(hasWorkspaceWords(i18n)).toBe(false);

    await loadWorkspaceWords(i18n);
    expect(hasWorkspaceWords(i18n)).toBe(true);
    expect(i18n.t('home.actions')).toBe('Actions');
    expect(loadedWord('fr', ['codeList', 'modules', 'fle'])).toBeTruthy();
  });

  it('a language switched to after sign-in gets both groups of words', async () => {
    const i18n = await createAppI18n('fr');
    await loadWorkspaceWords(i18n);
    await switchLanguage(i18n, 'nl');
    expect(hasWorkspaceWords(i18n)).toBe(true);
    expect(i18n.language).toBe('nl');
    expect(i18n.t('home.actions')).not.toBe('Actions');
    expect(i18n.t('login.submit')).not.toBe(i18n.getFixedT('fr')('login.submit'));
  });

  it('opened in English, it loads English and French (the fallback) for the signed-in screens', async () => {
    const i18n = await createAppI18n('en');
    expect(hasWorkspaceWords(i18n)).toBe(false);
    await loadWorkspaceWords(i18n);
    expect(hasWorkspaceWords(i18n)).toBe(true);
    expect(i18n.getResourceBundle('fr', 'translation')).toHaveProperty('home');
    expect(i18n.getResourceBundle('en', 'translation')).toHaveProperty('home');
  });
});

describe('through the copy react-i18next hands to components', () => {
  it('finds the instance behind it', async () => {
    const i18n = await createAppI18n('fr');
    const copy = Object.create(Object.getPrototypeOf(i18n), Object.getOwnPropertyDescriptors(i18n)) as typeof i18n;
    Object.defineProperty(copy, '__original', { value: i18n });
    expect(hasWorkspaceWords(copy)).toBe(false);
    await loadWorkspaceWords(copy);
    expect(hasWorkspaceWords(copy)).toBe(true);
    expect(i18n.t('home.actions')).toBe('Actions');
  });
});
