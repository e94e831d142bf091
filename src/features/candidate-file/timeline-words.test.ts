// An observation's timeline entry in words, in each language of the app: kind, UC, métier, result
// and observer, no code left bare.
import { describe, expect, it } from 'vitest';
import type { TimelineEntry } from '../../domain/timeline';
import { createAppI18n, loadWorkspaceWords, switchLanguage } from '../../i18n/app-i18n';
import { entryWords } from './timeline-words';

const entry: TimelineEntry = {
  key: 'obs:o1',
  recordId: 'o1',
  date: '2026-05-02',
  kind: 'observation',
  observation: { kind: 'mock-test', metier: 'coiffeur', uc: 'UC2', result: 'partly', observerKind: 'professional', observerName: 'Mme Dupont' },
};
const ucText = (metier: string | undefined, uc: string | undefined) => `${uc ?? ''} — coupe (${metier ?? ''})`;

describe('an observation on the timeline, in words', () => {
  it.each([
    { language: 'fr', title: 'Épreuve blanche — UC2 — coupe (coiffeur)', details: ['Métier : Coiffeur(euse)', 'Résultat : En partie atteint', 'Observé par un professionnel bénévole : Mme Dupont'] },
    { language: 'nl', title: /^Proefproef — UC2/, details: [expect.stringMatching(/^Beroep: Kapper/), expect.stringMatching(/Gedeeltelijk/), expect.stringContaining('Mme Dupont')] },
    { language: 'en', title: /^Mock test — UC2/, details: ['Trade: Hairdresser', expect.stringMatching(/Partly met/), expect.stringContaining('Mme Dupont')] },
  ] as const)('$language', async ({ language, title, details }) => {
    const i18n = await createAppI18n('fr');
    await loadWorkspaceWords(i18n);
    if (language !== 'fr') await switchLanguage(i18n, language);
    const words = entryWords(entry, 'c1', i18n.t, language, ucText);
    expect(words.title).toMatch(title);
    expect(words.details).toEqual(details);
  });
});
