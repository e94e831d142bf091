// In-memory candidate index for instant search and duplicate checks (names are encrypted at rest,
// so never indexed by IndexedDB: docs/architecture.md, "Encryption at the row level"):
// keys are built once after unlock, then kept current with add/update/remove as records arrive by
// sync. Search is by name-word prefix (accent-insensitive), phone digits or postal code; the
// duplicate check finds likely matches of a draft by name (order-, particle-, phonetic- and
// typo-tolerant) and birth date or year.
import { communesByPostalCode } from '../codes';
import { hasArabicScript, skeletonOf } from './arabic';
import { comparePeople, nameTokensOf, tokenOfWord } from './compare';
import type { MatchLevel, MatchReason, NameField, NameToken } from './compare';
import { foldName, foldNameField, phoneDigits } from './normalize';
import { phoneticKeys } from './phonetic';
import { typoBudget, withinTypo } from './typo';

export { foldName, nameKey, nameTokens, normalizeName, phoneDigits } from './normalize';
export { phoneticKey, phoneticKeys } from './phonetic';
export { boundedDistance, typoBudget, withinTypo } from './typo';
export { compareBirth, compareNames, comparePeople, levelOfScore, nameTokensOf } from './compare';
export { hasArabicScript, skeletonOf } from './arabic';
export type { MatchLevel, MatchReason, NameToken } from './compare';

/** The candidate fields used here; `CandidateData` (entities.ts) fits. */
export interface MatchableCandidate {
  firstName?: string | null;
  lastName?: string | null;
  birthDate?: string | null;
  phone?: string | null;
  communeCode?: string | null;
  mergedInto?: string | null;
  erased?: boolean | null;
  /** Files an adviser marked as another person: never reported as duplicates of this one. */
  notSamePersonAs?: readonly string[] | null;
}

export interface CandidateRecord {
  id: string;
  data: MatchableCandidate;
}

interface Entry {
  id: string;
  /** Shared with the field cache and other entries: never written. */
  tokens: readonly NameToken[];
  birthDate: string | undefined;
  phone: string;
  communeCode: string | undefined;
  /** Every word a search prefix may start: raw words, particle-free words, glued field. */
  searchWords: readonly string[];
  /** Display order: folded last name, then first name. */
  sortKey: string;
  /** Position in the display order (recomputed lazily after changes). */
  rank: number;
  /** Ids marked as another person (on this record's side; the other side is checked too). */
  notSame: readonly string[];
  /** The script-tagged skeleton posting keys of the tokens. */
  skeletonKeys: readonly string[];
}

/** A name field folded: its comparable tokens, search words and display-order text. */
interface FieldWords {
  readonly tokens: readonly NameToken[];
  /** The search words the field gives: raw words, the field glued, the tokens' forms. */
  readonly search: readonly string[];
  /** The tokens' skeletons as posting keys (`skeletonPosting`). */
  readonly skeletonKeys: readonly string[];
  /** The raw words joined by spaces: the field's part of the display order. */
  readonly display: string;
}

/** Key → entries (arrays: far lighter than a Set per key for ~50,000 records). */
type Postings = Map<string, Entry[]>;

/** Adds a posting; true when the key is new. An entry's postings are added together, so a repeat is the last one. */
function addPosting(map: Postings, key: string, entry: Entry): boolean {
  const list = map.get(key);
  if (!list) {
    map.set(key, [entry]);
    return true;
  }
  if (list[list.length - 1] !== entry) list.push(entry);
  return false;
}

/** Removes a posting; true when the key has no entries left (and was deleted). */
function removePosting(map: Postings, key: string, entry: Entry): boolean {
  const list = map.get(key);
  if (!list) return false;
  const at = list.indexOf(entry);
  if (at >= 0) {
    list[at] = list[list.length - 1] as Entry;
    list.pop();
  }
  if (list.length > 0) return false;
  map.delete(key);
  return true;
}

function letterMask(word: string): number {
  let mask = 0;
  for (let i = 0; i < word.length; i++) mask |= 1 << (word.charCodeAt(i) - 97);
  return mask;
}

function popCount(value: number): number {
  let v = value - ((value >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** First index in a sorted array whose value is ≥ target. */
function lowerBound(sorted: readonly string[], target: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as string) < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** How a file matched a search, by rank in the result: marks of a `Uint8Array` by display rank. */
const PREFIX = 1;
const OTHER_SCRIPT = 2;
const EXACT = 3;

function compareEntries(a: Entry, b: Entry): number {
  if (a.sortKey !== b.sortKey) return a.sortKey < b.sortKey ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function skeletonPosting(arabic: boolean, skeleton: string): string {
  return `${arabic ? 'a' : 'l'}:${skeleton}`;
}

/** `a` then the words of `b` not in `a`; `a` or `b` itself (shared, never written) when the other is empty. */
function joinDistinct(a: readonly string[], b: readonly string[]): readonly string[] {
  if (b.length === 0) return a;
  if (a.length === 0) return b;
  const out = a.slice();
  for (const word of b) if (!a.includes(word)) out.push(word);
  return out;
}

function isExcluded(data: MatchableCandidate): boolean {
  return Boolean(data.erased) || Boolean(data.mergedInto);
}

export class CandidateIndex {
  private readonly entries = new Map<string, Entry>();
  /** Name word forms → ids (exact matches), and by length → letter mask (typo scan). */
  private readonly formPostings: Postings = new Map();
  private readonly formsByLength = new Map<number, Map<string, number>>();
  private readonly keyPostings: Postings = new Map();
  /** Script-tagged consonant skeletons ("a:MHMT" for Arabic script, "l:MHMT" for Latin) → entries. */
  private readonly skeletonPostings: Postings = new Map();
  /** Search words → entries, and the same words sorted for prefix ranges. */
  private readonly searchPostings: Postings = new Map();
  private searchVocabulary: string[] = [];
  private readonly communePostings: Postings = new Map();
  /** Entries in display order (last name, first name); ranks are stale while `dirty`. */
  private ordered: Entry[] = [];
  private dirty = true;
  /** Every phone number, "\n"-separated, with the entry at each line (rebuilt lazily). */
  private phoneText: string | undefined;
  private phoneStarts: number[] = [];
  private phoneEntries: Entry[] = [];
  private readonly phoneticCache = new Map<string, string[]>();
  private readonly fieldCache = { first: new Map<string, FieldWords>(), last: new Map<string, FieldWords>() };
  private bulk = false;

  constructor(records: Iterable<CandidateRecord> = []) {
    this.bulk = true;
    for (const record of records) this.add(record);
    this.endBulk();
  }

  /**
   * The same index as the constructor builds, with `giveTurnIfDue` awaited between records so
   * that building it as a screen opens never holds the page for long.
   */
  static async buildInTurns(records: Iterable<CandidateRecord>, giveTurnIfDue: () => Promise<void>): Promise<CandidateIndex> {
    const index = new CandidateIndex();
    index.bulk = true;
    for (const record of records) {
      index.add(record);
      await giveTurnIfDue();
    }
    index.endBulk();
    return index;
  }

  private endBulk(): void {
    this.bulk = false;
    this.searchVocabulary = [...this.searchPostings.keys()].sort();
    this.ordered = [...this.entries.values()].sort(compareEntries);
  }

  get size(): number {
    return this.entries.size;
  }

  has(id: string): boolean {
    return this.entries.has(id);
  }

  /** Every indexed id in display order (last name, then first name): the list with no query. */
  orderedIds(): string[] {
    return this.ordered.map((entry) => entry.id);
  }

  /** Adds or replaces a record. Erased or merged records are not indexed (they are removed). */
  add(record: CandidateRecord): void {
    if (this.entries.has(record.id)) this.remove(record.id);
    if (isExcluded(record.data)) return;
    const entry = this.entryOf(record);
    this.entries.set(entry.id, entry);
    for (const token of entry.tokens) {
      for (const form of token.forms) {
        if (addPosting(this.formPostings, form, entry)) {
          let bucket = this.formsByLength.get(form.length);
          if (!bucket) {
            bucket = new Map();
            this.formsByLength.set(form.length, bucket);
          }
          bucket.set(form, letterMask(form));
        }
      }
      for (const key of token.keys) addPosting(this.keyPostings, key, entry);
    }
    for (const key of entry.skeletonKeys) addPosting(this.skeletonPostings, key, entry);
    for (const word of entry.searchWords) {
      if (addPosting(this.searchPostings, word, entry) && !this.bulk) {
        this.searchVocabulary.splice(lowerBound(this.searchVocabulary, word), 0, word);
      }
    }
    if (entry.communeCode) addPosting(this.communePostings, entry.communeCode, entry);
    this.dirty = true;
    this.phoneText = undefined;
    if (!this.bulk) {
      let lo = 0;
      let hi = this.ordered.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (compareEntries(this.ordered[mid] as Entry, entry) < 0) lo = mid + 1;
        else hi = mid;
      }
      this.ordered.splice(lo, 0, entry);
    }
  }

  update(record: CandidateRecord): void {
    this.add(record);
  }

  remove(id: string): void {
    const entry = this.entries.get(id);
    if (!entry) return;
    this.entries.delete(id);
    for (const token of entry.tokens) {
      for (const form of token.forms) {
        if (removePosting(this.formPostings, form, entry)) this.formsByLength.get(form.length)?.delete(form);
      }
      for (const key of token.keys) removePosting(this.keyPostings, key, entry);
    }
    for (const key of entry.skeletonKeys) removePosting(this.skeletonPostings, key, entry);
    for (const word of entry.searchWords) {
      if (removePosting(this.searchPostings, word, entry)) {
        const at = lowerBound(this.searchVocabulary, word);
        if (this.searchVocabulary[at] === word) this.searchVocabulary.splice(at, 1);
      }
    }
    if (entry.communeCode) removePosting(this.communePostings, entry.communeCode, entry);
    const at = this.dirty ? this.ordered.indexOf(entry) : entry.rank;
    if (this.ordered[at] === entry) this.ordered.splice(at, 1);
    this.dirty = true;
    this.phoneText = undefined;
  }

  private refreshRanks(): void {
    if (!this.dirty) return;
    this.ordered.forEach((entry, rank) => {
      entry.rank = rank;
    });
    this.dirty = false;
  }

  /** Entries whose phone digits contain the given digits: one native indexOf loop. */
  private phoneMatches(digits: string): Set<Entry> {
    if (this.phoneText === undefined) {
      const parts: string[] = [];
      this.phoneStarts = [];
      this.phoneEntries = [];
      let offset = 0;
      for (const entry of this.entries.values()) {
        if (!entry.phone) continue;
        this.phoneStarts.push(offset);
        this.phoneEntries.push(entry);
        parts.push(entry.phone);
        offset += entry.phone.length + 1;
      }
      this.phoneText = parts.join('\n');
    }
    const found = new Set<Entry>();
    const text = this.phoneText;
    for (let at = text.indexOf(digits); at >= 0; at = text.indexOf(digits, at + 1)) {
      let lo = 0;
      let hi = this.phoneStarts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >>> 1;
        if ((this.phoneStarts[mid] as number) <= at) lo = mid;
        else hi = mid - 1;
      }
      const entry = this.phoneEntries[lo];
      if (entry) found.add(entry);
    }
    return found;
  }

  private keysOf = (word: string): string[] => {
    let keys = this.phoneticCache.get(word);
    if (!keys) {
      keys = phoneticKeys(word);
      this.phoneticCache.set(word, keys);
    }
    return keys;
  };

  /** The comparable words of a name, with this index's phonetic cache. */
  tokensOf(firstName: string | null | undefined, lastName: string | null | undefined): NameToken[] {
    return nameTokensOf(firstName, lastName, this.keysOf);
  }

  /**
   * A name field's words and tokens, computed once per distinct value: 50,000 files hold far fewer
   * distinct first and last names, and folding, particles and phonetic keys were most of the build.
   * The tokens are shared by the entries with that value; nothing writes to them.
   */
  private fieldOf(value: string | null | undefined, field: NameField): FieldWords {
    const cache = this.fieldCache[field];
    let cached = cache.get(value ?? '');
    if (!cached) {
      const folded = foldNameField(value);
      const arabic = hasArabicScript(value);
      const tokens = folded.tokens.map((word) => tokenOfWord(word, field, arabic, this.keysOf));
      const search = new Set(folded.words);
      if (folded.words.length > 1) search.add(folded.words.join(''));
      for (const token of tokens) for (const form of token.forms) search.add(form);
      const skeletonKeys = tokens.flatMap((token) => token.skeletons.map((skeleton) => skeletonPosting(token.arabic, skeleton)));
      cached = { tokens, search: [...search], skeletonKeys, display: folded.words.join(' ') };
      cache.set(value ?? '', cached);
    }
    return cached;
  }

  private entryOf(record: CandidateRecord): Entry {
    const { data } = record;
    const first = this.fieldOf(data.firstName, 'first');
    const last = this.fieldOf(data.lastName, 'last');
    // Arrays shared with the field cache when one field is empty: entries never write to them.
    const both = first.tokens.length > 0 && last.tokens.length > 0;
    return {
      id: record.id,
      tokens: !both ? (first.tokens.length > 0 ? first.tokens : last.tokens) : first.tokens.concat(last.tokens),
      birthDate: data.birthDate ?? undefined,
      phone: phoneDigits(data.phone),
      communeCode: data.communeCode ?? undefined,
      searchWords: joinDistinct(first.search, last.search),
      sortKey: `${last.display}\u0000${first.display}`,
      rank: 0,
      notSame: data.notSamePersonAs ?? [],
      skeletonKeys: joinDistinct(first.skeletonKeys, last.skeletonKeys),
    };
  }

  /** @internal Ids whose name words match a draft word exactly, phonetically or within typo budget. */
  nameCandidates(tokens: readonly NameToken[]): Map<Entry, number> {
    const hits = new Map<Entry, number>();
    for (const token of tokens) {
      const ids = new Set<Entry>();
      const collect = (list: Entry[] | undefined) => list?.forEach((entry) => ids.add(entry));
      for (const form of token.forms) {
        collect(this.formPostings.get(form));
        const mask = letterMask(form);
        // Words within the typo budget of the shorter one differ in length by at most 2.
        for (let length = Math.max(1, form.length - 2); length <= form.length + 2; length++) {
          const allowed = typoBudget(Math.min(length, form.length));
          if (allowed === 0 || Math.abs(length - form.length) > allowed) continue;
          const bucket = this.formsByLength.get(length);
          if (!bucket) continue;
          for (const [other, otherMask] of bucket) {
            if (popCount(mask ^ otherMask) > 2 * allowed) continue;
            if (withinTypo(form, other)) collect(this.formPostings.get(other));
          }
        }
      }
      for (const key of token.keys) collect(this.keyPostings.get(key));
      for (const skeleton of token.skeletons) collect(this.skeletonPostings.get(skeletonPosting(!token.arabic, skeleton)));
      for (const id of ids) hits.set(id, (hits.get(id) ?? 0) + 1);
    }
    return hits;
  }

  /** @internal */
  entry(id: string): Entry | undefined {
    return this.entries.get(id);
  }

  /** @internal */
  search(query: string, limit: number | undefined): string[] {
    // Parts written as a number ("0475", "+32", "1030") are phone or postal digits; a part with
    // letters is a name word, digits in it included (a name typed with a stray digit still searches).
    const parts = query.trim().split(/\s+/);
    const isNumber = (part: string) => /^[+\d][\d./-]*$/.test(part);
    const numberText = parts.filter(isNumber).join(' ');
    const typed = parts
      .filter((part) => !isNumber(part))
      .flatMap((part) => foldName(part).split(' ').filter(Boolean).map((word) => ({ word, arabic: hasArabicScript(part) })));
    const words = typed.map((entry) => entry.word);
    // A whole word also finds its spelling in the other script (محمد ↔ Mohamed) by consonant skeleton.
    const across = typed.map(({ word, arabic }) => {
      const skeleton = skeletonOf(word);
      const telling = skeleton.length >= 2 || (skeleton.length === 1 && word.length >= 4);
      return new Set(telling ? (this.skeletonPostings.get(skeletonPosting(!arabic, skeleton)) ?? []) : []);
    });
    let digits = numberText.replace(/\D+/g, '');
    if (digits && /^\s*(\+|00)32/.test(numberText)) digits = phoneDigits(numberText);
    if (words.length === 0 && digits.length === 0) return [];

    let matches: Set<Entry> | undefined;
    if (digits.length > 0) {
      matches = digits.length >= 3 ? this.phoneMatches(digits) : new Set();
      if (digits.length >= 3 && digits.length <= 4 && digits.startsWith('1')) {
        for (const commune of communesByPostalCode(digits)) this.communePostings.get(commune)?.forEach((entry) => matches?.add(entry));
      }
    }

    // Name words: the rarest prefix range gives the entries, the other words filter them.
    if (words.length === 0) return matches && matches.size > 0 ? this.inDisplayOrder(this.markAll(matches), limit) : [];
    const ranges = words.map((word, at) => {
      const lo = lowerBound(this.searchVocabulary, word);
      const hi = lowerBound(this.searchVocabulary, `${word}\u007f`);
      return { word, lo, hi, across: across[at] as Set<Entry> };
    });
    ranges.sort((a, b) => a.hi - a.lo + a.across.size - (b.hi - b.lo + b.across.size));
    const [rarest, ...others] = ranges;
    if (!rarest || (rarest.hi === rarest.lo && rarest.across.size === 0)) return [];
    if (others.length === 0) return this.inDisplayOrder(this.markOneWord(rarest, matches), limit);

    const filter = matches;
    let found = new Set<Entry>();
    const take = (entry: Entry) => {
      if (!filter || filter.has(entry)) found.add(entry);
    };
    for (let i = rarest.lo; i < rarest.hi; i++) this.searchPostings.get(this.searchVocabulary[i] as string)?.forEach(take);
    rarest.across.forEach(take);
    for (const other of others) {
      const kept = new Set<Entry>();
      for (const entry of found) if (other.across.has(entry) || entry.searchWords.some((word) => word.startsWith(other.word))) kept.add(entry);
      found = kept;
    }
    if (found.size === 0) return [];
    this.refreshRanks();
    const marks = new Uint8Array(this.ordered.length);
    for (const entry of found) {
      if (ranges.every((range) => entry.searchWords.includes(range.word))) marks[entry.rank] = EXACT;
      else if (ranges.every((range) => range.across.has(entry) || entry.searchWords.includes(range.word))) marks[entry.rank] = OTHER_SCRIPT;
      else marks[entry.rank] = PREFIX;
    }
    return this.inDisplayOrder(marks, limit);
  }

  /**
   * One name word, the commonest search and the one with the most matches (a single letter matches
   * a fifth of the files): marks by rank straight from the postings, with no set of entries built,
   * so the worst case stays within a frame at 50,000 files (docs/read-model.md, "Search").
   */
  private markOneWord(range: { word: string; lo: number; hi: number; across: Set<Entry> }, filter: Set<Entry> | undefined): Uint8Array {
    this.refreshRanks();
    const marks = new Uint8Array(this.ordered.length);
    const mark = (entries: readonly Entry[], level: number) => {
      for (let i = 0; i < entries.length; i++) {
        const entry = entries[i] as Entry;
        if ((marks[entry.rank] as number) < level && (!filter || filter.has(entry))) marks[entry.rank] = level;
      }
    };
    for (let i = range.lo; i < range.hi; i++) mark(this.searchPostings.get(this.searchVocabulary[i] as string) ?? [], PREFIX);
    mark([...range.across], OTHER_SCRIPT);
    mark(this.searchPostings.get(range.word) ?? [], EXACT);
    return marks;
  }

  private markAll(entries: Set<Entry>): Uint8Array {
    this.refreshRanks();
    const marks = new Uint8Array(this.ordered.length);
    for (const entry of entries) marks[entry.rank] = PREFIX;
    return marks;
  }

  /** Whole-word matches first, then whole words in the other script, then prefixes, each group in display order. */
  private inDisplayOrder(marks: Uint8Array, limit: number | undefined): string[] {
    const groups: [string[], string[], string[]] = [[], [], []];
    for (let rank = 0; rank < marks.length; rank++) {
      const mark = marks[rank] as number;
      if (mark !== 0) (groups[EXACT - mark] as string[]).push((this.ordered[rank] as Entry).id);
    }
    const result = groups[0].concat(groups[1], groups[2]);
    return limit === undefined ? result : result.slice(0, limit);
  }
}

/** Builds the index once (after unlock); keep it current with `add`, `update` and `remove`. */
export function buildCandidateIndex(records: Iterable<CandidateRecord>): CandidateIndex {
  return new CandidateIndex(records);
}

/** `buildCandidateIndex`, giving the page a turn now and then (see `CandidateIndex.buildInTurns`). */
export function buildCandidateIndexInTurns(records: Iterable<CandidateRecord>, giveTurnIfDue: () => Promise<void>): Promise<CandidateIndex> {
  return CandidateIndex.buildInTurns(records, giveTurnIfDue);
}

/** From this score a pair is worth an adviser's look (`likely` and `certain`): "À vérifier", the report. */
export const SYNCED_PAIR_MIN_SCORE = 0.65;

export interface DuplicateDraft {
  firstName?: string | null;
  lastName?: string | null;
  birthDate?: string | null;
}

export interface DuplicateMatch {
  id: string;
  /** 0–1; see `comparePeople`. */
  score: number;
  level: MatchLevel;
  reasons: MatchReason[];
}

export interface DuplicateOptions {
  /** Matches below this score are left out (default 0.4: every name match is shown). */
  minScore?: number;
  /** At most this many matches (default 20). */
  limit?: number;
  /** A record never reported (the record being checked itself). */
  excludeId?: string;
}

function findWithTokens(
  index: CandidateIndex,
  tokens: readonly NameToken[],
  birthDate: string | null | undefined,
  opts: DuplicateOptions,
): DuplicateMatch[] {
  if (tokens.length === 0) return [];
  const needed = Math.min(2, tokens.length);
  const minScore = opts.minScore ?? 0.4;
  const found: DuplicateMatch[] = [];
  const self = opts.excludeId === undefined ? undefined : index.entry(opts.excludeId);
  for (const [entry, hits] of index.nameCandidates(tokens)) {
    const { id } = entry;
    if (hits < needed || id === opts.excludeId) continue;
    // Marked "not the same person" on either side: never flagged again for this pair.
    if (opts.excludeId !== undefined && (entry.notSame.includes(opts.excludeId) || self?.notSame.includes(id))) continue;
    const comparison = comparePeople(tokens, birthDate, entry.tokens, entry.birthDate);
    if (!comparison || comparison.score < minScore) continue;
    found.push({ id, ...comparison });
  }
  found.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return found.slice(0, opts.limit ?? 20);
}

/**
 * Likely existing records of the person being registered, best first. Same name and same birth
 * date is `certain`; a similar name and the same year `likely`; a name alone (when either birth
 * date is unknown) `possible`. Different birth years never match.
 */
export function findLikelyDuplicates(index: CandidateIndex, draft: DuplicateDraft, opts: DuplicateOptions = {}): DuplicateMatch[] {
  return findWithTokens(index, index.tokensOf(draft.firstName, draft.lastName), draft.birthDate, opts);
}

/** Likely duplicates of an indexed record (one that arrived by sync, say), itself excluded. */
export function findDuplicatesOf(index: CandidateIndex, id: string, opts: DuplicateOptions = {}): DuplicateMatch[] {
  const entry = index.entry(id);
  if (!entry) return [];
  return findWithTokens(index, entry.tokens, entry.birthDate, { ...opts, excludeId: id });
}

export interface SearchOptions {
  limit?: number;
}

/**
 * Ids of the candidates matching a query, in display order with whole-word matches first. Words
 * match name-word prefixes, accent- and case-insensitively ("el am", "elam", "amr" all find
 * "El Amrani"); digits match a phone number anywhere ("0475 12", "+32 475") and, 1–4 digits from
 * 1, a postal code of the commune of residence. Words and digits together must both match.
 */
export function searchCandidates(index: CandidateIndex, query: string, opts: SearchOptions = {}): string[] {
  return index.search(query, opts.limit);
}
