import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../seed/demo';
import { PASSWORD } from '../test-fixture';
import { isCommonPassword, passwordRefusal } from './password-policy';

describe('the password policy', () => {
  it('refuses passwords shorter than 12 characters, counted as characters rather than bytes', () => {
    expect(passwordRefusal('')).toBe('passwordTooShort');
    expect(passwordRefusal('elevenchars')).toBe('passwordTooShort');
    expect(passwordRefusal('été-à-noël!')).toBe('passwordTooShort');
    expect(passwordRefusal('twelve chars')).toBeUndefined();
  });

  it.each([' '.repeat(12), ' '.repeat(40), 'aaaaaaaaaaaa', 'aaaaaa      ', 'abcabcabcabc', 'azertyazerty', 'ab12ab12ab12', 'abcdefghijkl', 'ABCDEFGHIJKLMN', '123456789012', '987654321098', 'zyxwvutsrqpo'])(
    'refuses %j as only spaces, repeats or a sequence',
    (password) => {
      expect(passwordRefusal(password)).toBe('passwordRepetitive');
    },
  );

  it.each(['password1234', 'Password2026!', 'P@ssw0rd2026', 'qwertyuiop123', 'azertyuiop123', '!!motdepasse!!', 'iloveyou2026', 'Wachtwoord123', 'Bruxelles2026!', '123456789abc', 'Sunshine 2026', 'dragondragon!'])(
    'refuses the common password or simple variant %j',
    (password) => {
      expect(passwordRefusal(password)).toBe('passwordCommon');
    },
  );

  it.each([DEMO_PASSWORD, PASSWORD, 'le chat dort sur le radiateur', 'Nathalie-1975-Uccle', 'vert pomme & 7 tulipes', 'a good password'])('accepts %j', (password) => {
    expect(passwordRefusal(password)).toBeUndefined();
  });

  it('knows the bundled list, not only a handful of words', () => {
    for (const word of ['password', 'azerty', 'motdepasse', 'wachtwoord', 'dragon', 'sunshine', 'bonjour']) expect(isCommonPassword(word)).toBe(true);
  });
});
