import { describe, expect, it } from 'vitest';
import { exportedText, hasBidiControls, isolatedText, stripBidiControls, typedName } from './bidi';

const RLO = '\u202E';
const ALL_CONTROLS = ['\u061C', '\u200E', '\u200F', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069'];

describe('bidi controls in typed text', () => {
  it('finds and removes every bidi control, and only them', () => {
    for (const control of ALL_CONTROLS) {
      expect(hasBidiControls(`Ami${control}na`)).toBe(true);
      expect(stripBidiControls(`Ami${control}na`)).toBe('Amina');
    }
    expect(hasBidiControls('محمد Amina 12')).toBe(false);
    expect(stripBidiControls('محمد Amina 12')).toBe('محمد Amina 12');
  });

  it('closes a name with an unbalanced RIGHT-TO-LEFT OVERRIDE so it cannot reach the text after it', () => {
    const sentence = `Dossier de ${isolatedText(`Amina${RLO}Dupont`)} (2 actions)`;
    expect(sentence).toBe('Dossier de AminaDupont (2 actions)');
    expect(hasBidiControls(sentence)).toBe(false);
  });

  it('wraps right-to-left names in FSI…PDI, and leaves Latin names as they are', () => {
    expect(isolatedText('محمد العلوي')).toBe('\u2068محمد العلوي\u2069');
    expect(isolatedText(`${RLO}محمد`)).toBe('\u2068محمد\u2069');
    expect(isolatedText('שרה')).toBe('\u2068שרה\u2069');
    expect(isolatedText('Amina Dupont')).toBe('Amina Dupont');
    // A stray isolate in the name cannot pair with the closing PDI: it is removed first.
    expect(isolatedText('\u2067محمد')).toBe('\u2068محمد\u2069');
  });

  it('stores a typed name trimmed and without controls, or nothing when only controls were typed', () => {
    expect(typedName(`  ${RLO}Amina\u202C `)).toBe('Amina');
    expect(typedName('محمد')).toBe('محمد');
    expect(typedName(`${RLO}\u200E `)).toBeUndefined();
    expect(typedName(undefined)).toBeUndefined();
  });

  it('exports a name without controls and without added marks', () => {
    expect(exportedText(`${RLO}محمد${'\u202C'}`)).toBe('محمد');
  });
});
