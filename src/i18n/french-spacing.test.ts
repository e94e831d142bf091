import { describe, expect, it } from 'vitest';
import { frenchSpacing } from './french-spacing';

describe('frenchSpacing', () => {
  it.each([
    ['Lisez. Que faut-il mettre ? Touchez la bonne image.', 'Lisez. Que faut-il mettre\u00a0? Touchez la bonne image.'],
    ['Bonjour !', 'Bonjour\u00a0!'],
    ['Attention : ce produit brûle.', 'Attention\u00a0: ce produit brûle.'],
    ['Il dit « oui » ; elle dit non.', 'Il dit «\u00a0oui\u00a0»\u00a0; elle dit non.'],
    ["C'est fini.", "C'est fini."],
    ['Vous savez lire un plan\u00a0?', 'Vous savez lire un plan\u00a0?'],
  ])('%s', (text, spaced) => {
    expect(frenchSpacing(text)).toBe(spaced);
  });
});
