// Checks every-screen.spec.ts runs on each screen, in the page: targets big enough, nothing clipped
// or scrolling sideways at 200 % text, keyboard order and visible focus, and words left in French.
// Each returns readable problems (empty when clean) so that one run lists them all.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT } from './paths';

/** What can be tapped or typed into. Inputs hidden behind a picture or a label are measured by their label. */
const CONTROLS =
  'a[href], button, input:not([type=hidden]), select, textarea, summary, [role=button], [role=link], [role=checkbox], [role=radio], [role=tab]';

/** Buttons, links and fields smaller than `min` px (WCAG 2.5.5 as the project asks: 44, 48 in candidate mode). */
export async function smallTargets(page: Page, min: number): Promise<string[]> {
  return page.evaluate(
    ({ selector, min }) => {
      const describe = (element: Element) =>
        `<${element.tagName.toLowerCase()}${element.className && typeof element.className === 'string' ? `.${element.className.trim().split(/\s+/).join('.')}` : ''}> "${(element.textContent || element.getAttribute('aria-label') || (element as HTMLInputElement).name || '').trim().slice(0, 40)}"`;
      const found: string[] = [];
      for (const element of document.querySelectorAll(selector)) {
        if (!element.checkVisibility({ visibilityProperty: true })) continue;
        // A small box or picture answer is tapped through its label: the label is the target then.
        let measured: Element = element;
        let box = element.getBoundingClientRect();
        const label = element instanceof HTMLInputElement ? element.labels?.[0] : undefined;
        if (label && (box.width < min - 0.5 || box.height < min - 0.5)) {
          measured = label;
          box = label.getBoundingClientRect();
        }
        if (box.width === 0 || box.height === 0) continue;
        // A link inside a sentence: its size is set by the line of text around it (WCAG's inline exception).
        if (element.tagName === 'A' && getComputedStyle(element).display === 'inline') {
          const block = element.parentElement?.closest('p, li, td, dd, span, div');
          if (block && (block.textContent ?? '').trim().length > (element.textContent ?? '').trim().length) continue;
        }
        if (box.width < min - 0.5 || box.height < min - 0.5) found.push(`${Math.round(box.width)}×${Math.round(box.height)} ${describe(measured)}`);
      }
      return found;
    },
    { selector: CONTROLS, min },
  );
}

/** Sideways scrolling of the page, text cut off by its box, and controls drawn over each other. */
export async function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate((selector) => {
    const found: string[] = [];
    const describe = (element: Element) =>
      `<${element.tagName.toLowerCase()}${element.className && typeof element.className === 'string' ? `.${element.className.trim().split(/\s+/).join('.')}` : ''}> "${(element.textContent ?? '').trim().slice(0, 40)}"`;
    const scroller = document.scrollingElement ?? document.documentElement;
    if (scroller.scrollWidth > window.innerWidth + 1) {
      // Name the widest culprits: boxes reaching past the right edge whose parent does not.
      const wide = [...document.body.querySelectorAll('*')]
        .filter((element) => element.getBoundingClientRect().right > window.innerWidth + 1 && (element.parentElement?.getBoundingClientRect().right ?? 0) <= window.innerWidth + 1)
        .slice(0, 3)
        .map(describe);
      found.push(`page scrolls sideways: ${scroller.scrollWidth} > ${window.innerWidth} (${wide.join(', ')})`);
    }
    for (const element of document.body.querySelectorAll('*')) {
      if (!element.checkVisibility({ visibilityProperty: true })) continue;
      if (!(element instanceof HTMLElement) || !element.innerText?.trim()) continue;
      if (element.clientWidth <= 2 || element.clientHeight <= 2) continue; // visually hidden on purpose
      const style = getComputedStyle(element);
      const clipsX = ['hidden', 'clip'].includes(style.overflowX) || style.textOverflow === 'ellipsis';
      const clipsY = ['hidden', 'clip'].includes(style.overflowY);
      if ((clipsX && element.scrollWidth > element.clientWidth + 1) || (clipsY && element.scrollHeight > element.clientHeight + 1)) {
        found.push(`text clipped: ${describe(element)} (${element.scrollWidth}×${element.scrollHeight} in ${element.clientWidth}×${element.clientHeight})`);
      }
    }
    const boxes = [...document.querySelectorAll(selector)]
      .filter((element) => element.checkVisibility({ visibilityProperty: true }) && getComputedStyle(element).position !== 'fixed')
      .map((element) => ({ element, box: element.getBoundingClientRect() }))
      .filter(({ box }) => box.width > 2 && box.height > 2);
    for (let i = 0; i < boxes.length; i += 1) {
      for (let j = i + 1; j < boxes.length; j += 1) {
        const a = boxes[i]!;
        const b = boxes[j]!;
        if (a.element.contains(b.element) || b.element.contains(a.element)) continue;
        const overlapX = Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left);
        const overlapY = Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top);
        if (overlapX > 2 && overlapY > 2) found.push(`overlap: ${describe(a.element)} and ${describe(b.element)}`);
      }
    }
    return found;
  }, CONTROLS);
}

/**
 * Tabs through the screen from the top: every control it reaches must show a focus ring, the order
 * must follow the page, and every visible control must be reached (one radio per group suffices).
 */
export async function keyboardProblems(page: Page, maxTabs = 150, log: (line: string) => void = () => {}): Promise<string[]> {
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.getSelection()?.removeAllRanges();
    document.querySelectorAll('[data-tab-seen]').forEach((element) => element.removeAttribute('data-tab-seen'));
  });
  const found: string[] = [];
  let previous = -1;
  let wentRound = false;
  let reached = 0;
  for (let tab = 0; tab < maxTabs; tab += 1) {
    await page.keyboard.press('Tab');
    const step = await page.evaluate(() => {
      const element = document.activeElement;
      if (!element || element === document.body) return { end: true as const };
      const again = element.hasAttribute('data-tab-seen');
      element.setAttribute('data-tab-seen', '');
      const all = [...document.querySelectorAll('*')];
      const style = getComputedStyle(element);
      const ring = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
      const name = `<${element.tagName.toLowerCase()}> "${(element.textContent || element.getAttribute('aria-label') || (element as HTMLInputElement).name || '').trim().slice(0, 40)}"`;
      return { end: false as const, again, position: all.indexOf(element), ring, name };
    });
    if (step.end || step.again) {
      wentRound = true;
      break;
    }
    reached += 1;
    if (!step.ring) found.push(`no visible focus on ${step.name}`);
    if (step.position < previous) found.push(`focus goes back up the page to ${step.name}`);
    previous = step.position;
  }
  const missed = await page.evaluate((selector) => {
    const groups = new Set<string>();
    const missing: string[] = [];
    for (const element of document.querySelectorAll<HTMLElement>(selector)) {
      if (!element.checkVisibility({ visibilityProperty: true }) || element.tabIndex < 0 || (element as HTMLButtonElement).disabled) continue;
      if (element instanceof HTMLInputElement && element.type === 'radio') {
        const group = `${element.form?.id ?? ''}/${element.name}`;
        if (groups.has(group)) continue;
        const members = [...document.querySelectorAll<HTMLInputElement>(`input[type=radio][name="${CSS.escape(element.name)}"]`)];
        groups.add(group);
        if (members.some((member) => member.hasAttribute('data-tab-seen'))) continue;
      } else if (element.hasAttribute('data-tab-seen')) continue;
      missing.push(`<${element.tagName.toLowerCase()}> "${(element.textContent || element.getAttribute('aria-label') || (element as HTMLInputElement).name || '').trim().slice(0, 40)}"`);
    }
    return missing;
  }, CONTROLS);
  // A page longer than maxTabs is not a failure of the page: only report misses when Tab went round.
  log(`${reached} tab stops${wentRound ? '' : ` (stopped at ${maxTabs})`}`);
  if (reached < 3) found.push(`Tab reached only ${reached} controls`);
  if (!wentRound) return [...found, `Tab did not go round the page in ${maxTabs} presses`];
  return [...found, ...missed.map((name) => `not reached by Tab: ${name}`)];
}

type LocaleTree = { [key: string]: string | LocaleTree };

function flatten(tree: LocaleTree, prefix = '', into = new Map<string, string>()): Map<string, string> {
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') into.set(prefix + key, value);
    else flatten(value, `${prefix}${key}.`, into);
  }
  return into;
}

function localeStrings(language: string): Map<string, string> {
  const dir = join(ROOT, 'src/i18n/locales');
  const all = new Map<string, string>();
  for (const area of readdirSync(dir)) {
    try {
      flatten(JSON.parse(readFileSync(join(dir, area, `${language}.json`), 'utf8')) as LocaleTree, '', all);
    } catch {
      // an area without this file: the parity test reports it
    }
  }
  return all;
}

/** A translated string as an anchored pattern, its {{values}} matching anything. */
function patternOf(text: string): string {
  const escaped = text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
  return `^${escaped.replace(/\\\{\\\{[^}]*\\\}\\\}/g, '.+')}$`;
}

export interface LeftoverWords {
  /** French strings that read differently in the language (patterns). */
  french: string[];
  /** Every string of the language itself, to let a text pass when it reads the same in both. */
  own: string[];
}

/**
 * The French strings a Dutch or English screen must not show: those whose translation differs,
 * with enough letters outside their {{values}} to mean something (codes and names read the same).
 */
export function leftoverWords(language: 'nl' | 'en'): LeftoverWords {
  const fr = localeStrings('fr');
  const other = localeStrings(language);
  const ownValues = new Set(other.values());
  const french = new Set<string>();
  for (const [key, text] of fr) {
    if (other.get(key) === text || ownValues.has(text) || text.includes('<') || text.includes('$t(')) continue;
    const letters = text.replace(/\{\{[^}]*\}\}/g, '').match(/\p{L}/gu)?.length ?? 0;
    if (letters < 4) continue;
    french.add(patternOf(text));
  }
  return { french: [...french], own: [...ownValues].map(patternOf) };
}

/** Visible texts and accessible labels, in the page's language, that are French strings of the app. */
export async function frenchLeftovers(page: Page, words: LeftoverWords): Promise<string[]> {
  return page.evaluate(({ french, own }) => {
    const frenchPatterns = french.map((source) => new RegExp(source, 'su'));
    const ownPatterns = own.map((source) => new RegExp(source, 'su'));
    const pageLanguage = document.documentElement.lang;
    const found = new Set<string>();
    const consider = (text: string, element: Element) => {
      const trimmed = text.replace(/\s+/g, ' ').trim();
      if (trimmed.length < 3) return;
      // A part marked as another language (language names, candidate texts) is not a leftover.
      const marked = element.closest('[lang]')?.getAttribute('lang');
      if (marked && marked !== pageLanguage) return;
      if (frenchPatterns.some((pattern) => pattern.test(trimmed)) && !ownPatterns.some((pattern) => pattern.test(trimmed))) found.add(trimmed);
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || ['SCRIPT', 'STYLE', 'NOSCRIPT'].includes(parent.tagName)) continue;
      if (parent.tagName !== 'OPTION' && !parent.checkVisibility({ visibilityProperty: true })) continue;
      consider(node.textContent ?? '', parent);
    }
    for (const element of document.body.querySelectorAll('[aria-label], [placeholder], [title], img[alt]')) {
      for (const attribute of ['aria-label', 'placeholder', 'title', 'alt']) {
        const value = element.getAttribute(attribute);
        if (value) consider(value, element);
      }
    }
    return [...found];
  }, words);
}
