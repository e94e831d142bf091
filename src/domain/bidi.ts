// Text typed by people (names, site names, note titles…) shown inside interface sentences: a
// bidi control character in it (U+202E RIGHT-TO-LEFT OVERRIDE and its kin) must never turn the
// surrounding text around. See docs/display-of-names.md.

/**
 * The Unicode Bidi_Control characters: ALM U+061C, LRM/RLM U+200E–U+200F, the embeddings and
 * overrides U+202A–U+202E and the isolates U+2066–U+2069. No name needs one: Arabic or Hebrew
 * letters carry their own direction.
 */
const BIDI_CONTROLS = /\p{Bidi_Control}/gu;

/** Letters written right to left (Hebrew, Arabic, Syriac, Thaana, N'Ko and their presentation forms). */
const RIGHT_TO_LEFT = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF\u{10800}-\u{10FFF}\u{1E800}-\u{1EFFF}]/u;

const FIRST_STRONG_ISOLATE = '\u2068';
const POP_DIRECTIONAL_ISOLATE = '\u2069';

export function hasBidiControls(text: string): boolean {
  return text.search(BIDI_CONTROLS) !== -1;
}

/** The text without its bidi controls: its letters in the order they were typed. */
export function stripBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, '');
}

/**
 * The text made safe for a plain-text context inside a left-to-right sentence (the page title,
 * an aria-label, a translated sentence): bidi controls removed, and right-to-left text wrapped in
 * FSI…PDI so it does not pull neighbouring digits or punctuation into its own direction. Text
 * with no right-to-left letter is returned unwrapped, so Latin names read and match as before.
 */
export function isolatedText(text: string): string {
  const clean = stripBidiControls(text);
  return RIGHT_TO_LEFT.test(clean) ? `${FIRST_STRONG_ISOLATE}${clean}${POP_DIRECTIONAL_ISOLATE}` : clean;
}

/** A name for a spreadsheet or CSV cell: each cell is its own paragraph, only the controls go. */
export const exportedText = stripBidiControls;

/**
 * A name as typed at intake or import, ready to store: trimmed, without bidi controls, or
 * undefined when nothing is left. The controls are removed rather than refused: they are
 * invisible, so a person could not find them to take them out, and no name needs one.
 */
export function typedName(value: string | undefined): string | undefined {
  const clean = value === undefined ? '' : stripBidiControls(value).trim();
  return clean === '' ? undefined : clean;
}
