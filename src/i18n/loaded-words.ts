// The parts of each loaded language's words that plain functions read outside React (code-list
// labels, language names): registered by whoever loads a language (app-i18n.ts on demand, index.ts
// for tests), so that those functions never import every language into a screen's bundle.
import type { LocaleTree } from './languages';

const loaded = new Map<string, LocaleTree>();

export function rememberWords(language: string, words: LocaleTree): void {
  loaded.set(language, words);
}

/** A string at `path` (e.g. ['codeList', 'modules', 'fle']) in the language's words, if loaded. */
export function loadedWord(language: string, path: readonly string[]): string | undefined {
  let node: string | LocaleTree | undefined = loaded.get(language);
  for (const part of path) node = typeof node === 'object' ? node[part] : undefined;
  return typeof node === 'string' ? node : undefined;
}
