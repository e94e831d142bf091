import { describe, expect, it } from 'vitest';
import { translations } from './resources';
import { VALIDATION_MESSAGES } from '../domain/validation-messages';
import { createI18n } from './index';

function keysOf(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keysOf(child, prefix ? `${prefix}.${key}` : key));
}

const { fr, nl, en } = translations;

describe('translations', () => {
  const frenchKeys = keysOf(fr).sort();

  it.each([
    ['nl', nl],
    ['en', en],
  ])('%s has exactly the keys of fr, none empty', (_language, resource) => {
    expect(keysOf(resource).sort()).toEqual(frenchKeys);
    for (const key of keysOf(resource)) {
      const text = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], resource);
      expect(typeof text === 'string' && text.trim().length > 0, key).toBe(true);
    }
  });

  it('translates every validation message key of the domain', () => {
    for (const key of Object.keys(VALIDATION_MESSAGES)) {
      expect(frenchKeys).toContain(`validation.${key}`);
    }
  });

  // Advisers read these aloud to people of any gender: no pronoun or agreement may presume one.
  it.each([
    ['fr', fr, /\b(elle|il)\b|recontactée/i],
    ['nl', nl, /\b(ze|zij|hij)\b/i],
    ['en', en, /\b(she|he|her|his)\b/i],
  ])('%s words consent neutrally', (_language, resource, gendered) => {
    const at = (path: string) => path.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], resource);
    const texts = [
      at('form.consentScopes'),
      at('validation.consentContactMissing'),
      ...Object.values(at('consentScope') as Record<string, string>),
    ];
    for (const text of texts) {
      expect(typeof text).toBe('string');
      expect(text).not.toMatch(gendered);
    }
  });

  // "À vérifier" is one place in the app: a second Dutch word would read as a second place.
  it('names the attention list with one Dutch word, the one in the navigation', () => {
    const attention = (nl as { attention: { navLink: string } }).attention.navLink;
    expect(attention).toBe('Te controleren');
    const french = new Map<string, string>();
    const walk = (node: unknown, path: string, into: Map<string, string>) => {
      if (typeof node === 'string') into.set(path, node);
      else if (node && typeof node === 'object') for (const [key, child] of Object.entries(node)) walk(child, path ? `${path}.${key}` : key, into);
    };
    const dutch = new Map<string, string>();
    walk(fr, '', french);
    walk(nl, '', dutch);
    for (const [path, text] of french) {
      if (!/à vérifier/i.test(text)) continue;
      expect(dutch.get(path), path).toMatch(/te controleren/i);
    }
    for (const text of dutch.values()) expect(text).not.toMatch(/na te kijken/i);
  });

  it('interpolates in French by default', () => {
    const i18n = createI18n();
    expect(i18n.t('sync.pending', { count: 3 })).toBe('3 en attente');
  });
});
