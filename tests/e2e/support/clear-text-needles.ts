// What "stored in clear" looks like in bytes. A string may land on disk or in a store as UTF-8
// (TextEncoder, JSON), UTF-16LE (JS strings, V8's serializer for two-byte strings), UTF-16BE
// (Chromium's IndexedDB key encoding) or Latin-1 (V8's serializer for one-byte strings), so a
// marker is searched in all of them.
import { foldText } from '../../../src/domain/text-fold';

export type NeedleEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'latin1';

export interface Needle {
  /** Which marker this is (a field name, or a control). */
  label: string;
  /** The text searched, as typed or as the app may derive it (normalized, digits only). */
  text: string;
  encoding: NeedleEncoding;
  bytes: number[];
}

function utf16(text: string, littleEndian: boolean): number[] {
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i += 1) {
    const unit = text.charCodeAt(i);
    if (littleEndian) bytes.push(unit & 0xff, unit >> 8);
    else bytes.push(unit >> 8, unit & 0xff);
  }
  return bytes;
}

export function encodingsOf(text: string): { encoding: NeedleEncoding; bytes: number[] }[] {
  const forms: { encoding: NeedleEncoding; bytes: number[] }[] = [
    { encoding: 'utf-8', bytes: [...Buffer.from(text, 'utf8')] },
    { encoding: 'utf-16le', bytes: utf16(text, true) },
    { encoding: 'utf-16be', bytes: utf16(text, false) },
  ];
  // Latin-1 only means something for text that fits it (and differs from UTF-8 only then).
  const codes = [...text].map((char) => char.codePointAt(0) ?? 0);
  if (codes.every((code) => code <= 0xff) && codes.some((code) => code > 0x7f)) {
    forms.push({ encoding: 'latin1', bytes: [...Buffer.from(text, 'latin1')] });
  }
  return forms;
}

/** Every encoding of every variant of one marker, deduplicated. */
export function needlesFor(label: string, variants: string[]): Needle[] {
  const texts = [...new Set(variants.filter((text) => text.length >= 6))];
  if (texts.length === 0) throw new Error(`marker ${label}: no variant long enough to be distinctive`);
  return texts.flatMap((text) => encodingsOf(text).map((form) => ({ label, text, ...form })));
}

/** The app's own search normalization (src/domain/text-fold.ts): what a clear search index would hold. */
export function normalizedForSearch(text: string): string {
  return foldText(text);
}
