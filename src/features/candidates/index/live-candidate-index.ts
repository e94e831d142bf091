// The in-memory candidate index of a workspace (search and duplicate checks run over keys built
// once after unlock, since names are encrypted at rest: docs/architecture.md): built from the first
// snapshot of `repo.watch`, then kept current by applying only what changed in each later
// snapshot. Records that arrive by sync after the first snapshot are checked for likely duplicates,
// listed for the adviser on "À vérifier" and kept there across reloads until someone decides
// (kept-duplicate-pairs.ts).
// The first build runs in short turns, after the render that asked for it: built in one go, inside
// that render, it was one of the longest tasks of opening the list on a slow tablet. When the
// tablet kept the candidates at the end of an earlier session, the first build starts from them
// and the rows are watched only once it is published (reading 50,000 rows beside it would slow it
// down); their first snapshot is then applied as a change (docs/unlock-keep.md).
import { mainThreadTurns } from '../../../db/main-thread-turns';
import {
  buildCandidateIndexInTurns,
  findDuplicatesOf,
  SYNCED_PAIR_MIN_SCORE,
  type CandidateIndex,
  type DuplicateMatch,
} from '../../../domain/matching';
import { markedNotSamePerson } from '../../../domain/merge-files';
import type { Repository } from '../../../sync/workspace';
import type { CandidateRecord } from '../candidate-types';
import type { KeptPairs } from './kept-duplicate-pairs';

/** Two files that may be the same person (ids in a stable order). */
export interface DuplicatePair {
  firstId: string;
  secondId: string;
  match: DuplicateMatch;
}

export interface IndexSnapshot {
  /** Bumped by every applied change: a cheap "did anything change" for React. */
  version: number;
  index: CandidateIndex | undefined;
  records: ReadonlyMap<string, CandidateRecord>;
  /** Likely duplicates found among records pulled since the index was built. */
  syncedDuplicates: readonly DuplicatePair[];
}

/** What the index reads of a candidate: a change elsewhere (notes, consent) does not re-index. */
function matchKey(record: CandidateRecord): string {
  const { firstName, lastName, birthDate, phone, communeCode, mergedInto, erased, notSamePersonAs } = record.data;
  return JSON.stringify([firstName, lastName, birthDate, phone, communeCode, mergedInto, erased, notSamePersonAs]);
}

/** Only pairs at least this sure are listed for the adviser (`likely` and `certain`). */
export const SYNCED_DUPLICATE_MIN_SCORE = SYNCED_PAIR_MIN_SCORE;

export function pairOf(id: string, match: DuplicateMatch): DuplicatePair {
  return id < match.id ? { firstId: id, secondId: match.id, match } : { firstId: match.id, secondId: id, match };
}

/** How long a turn of the first build may run, in milliseconds. */
const FIRST_BUILD_TURN_MS = 8;

export class LiveCandidateIndex {
  private snapshot: IndexSnapshot = { version: 0, index: undefined, records: new Map(), syncedDuplicates: [] };
  private keys = new Map<string, string>();
  private readonly listeners = new Set<() => void>();
  private unsubscribe: () => void = () => undefined;
  /** Starts watching the rows, once the first build from the kept list is published. */
  private afterFirstBuild: (() => void) | undefined;
  /** Set while the first build runs: the newest snapshot that arrived meanwhile, applied after it. */
  private building: { latest: CandidateRecord[] | undefined } | undefined;
  private closed = false;
  /** The pairs kept from earlier pages, read once; the last saved list, to save only changes. */
  private readonly kept: Promise<DuplicatePair[]>;
  private savedPairs = '';

  constructor(
    repo: Repository<'candidates'>,
    private readonly keptPairs?: KeptPairs,
  ) {
    this.kept = keptPairs ? keptPairs.load().catch(() => []) : Promise.resolve([]);
    const watch = () => {
      if (!this.closed) this.unsubscribe = repo.watch((records) => this.apply(records));
    };
    repo.keptList().then(
      (records) => {
        if (!records || this.closed) return watch();
        this.afterFirstBuild = watch;
        this.apply(records);
      },
      watch,
    );
  }

  getSnapshot = (): IndexSnapshot => this.snapshot;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };

  close(): void {
    this.closed = true;
    this.unsubscribe();
    this.listeners.clear();
  }

  private apply(list: CandidateRecord[]): void {
    if (this.building) {
      this.building.latest = list;
      return;
    }
    if (!this.snapshot.index) {
      void this.buildFirst(list);
      return;
    }
    this.applyChanges(list);
  }

  private async buildFirst(list: CandidateRecord[]): Promise<void> {
    const building: { latest: CandidateRecord[] | undefined } = { latest: undefined };
    this.building = building;
    const turns = mainThreadTurns(FIRST_BUILD_TURN_MS);
    await turns.give(); // never in the task of the render or callback that delivered the snapshot
    const index = await buildCandidateIndexInTurns(list, () => turns.giveIfDue());
    const kept = await this.kept;
    this.savedPairs = pairsKey(kept);
    this.building = undefined;
    if (this.closed) return;
    this.keys = new Map(list.map((record) => [record.id, matchKey(record)]));
    const records = new Map(list.map((record) => [record.id, record]));
    this.publish(index, records, stillOpen(kept, index, records));
    if (building.latest) this.applyChanges(building.latest);
    const watch = this.afterFirstBuild;
    this.afterFirstBuild = undefined;
    watch?.();
  }

  private applyChanges(list: CandidateRecord[]): void {
    const records = new Map(list.map((record) => [record.id, record]));
    const index = this.snapshot.index;
    if (!index) return;
    const arrived: string[] = [];
    for (const id of this.keys.keys()) {
      if (!records.has(id)) {
        index.remove(id);
        this.keys.delete(id);
      }
    }
    for (const record of list) {
      const key = matchKey(record);
      if (this.keys.get(record.id) === key) continue;
      this.keys.set(record.id, key);
      index.update(record);
      // Nothing pending: this version came from the server (another device), not from this form.
      if (record.pendingFields.length === 0) arrived.push(record.id);
    }
    this.publish(index, records, this.withArrivals(index, records, arrived));
  }

  private publish(index: CandidateIndex, records: ReadonlyMap<string, CandidateRecord>, syncedDuplicates: DuplicatePair[]): void {
    this.snapshot = { version: this.snapshot.version + 1, index, records, syncedDuplicates };
    const key = pairsKey(syncedDuplicates);
    if (this.keptPairs && key !== this.savedPairs) {
      this.savedPairs = key;
      void this.keptPairs.save(syncedDuplicates).catch(() => undefined);
    }
    for (const listener of this.listeners) listener();
  }

  private withArrivals(index: CandidateIndex, records: ReadonlyMap<string, CandidateRecord>, arrived: readonly string[]): DuplicatePair[] {
    const pairs = new Map<string, DuplicatePair>();
    for (const pair of stillOpen(this.snapshot.syncedDuplicates, index, records)) pairs.set(`${pair.firstId}|${pair.secondId}`, pair);
    for (const id of arrived) {
      for (const match of findDuplicatesOf(index, id, { minScore: SYNCED_DUPLICATE_MIN_SCORE, limit: 5 })) {
        const pair = pairOf(id, match);
        pairs.set(`${pair.firstId}|${pair.secondId}`, pair);
      }
    }
    return [...pairs.values()];
  }
}

/** The pairs nobody has decided yet: both files still there, neither merged away nor marked. */
function stillOpen(pairs: readonly DuplicatePair[], index: CandidateIndex, records: ReadonlyMap<string, CandidateRecord>): DuplicatePair[] {
  return pairs.filter((pair) => {
    const first = records.get(pair.firstId);
    const second = records.get(pair.secondId);
    return Boolean(first && second && index.has(pair.firstId) && index.has(pair.secondId) && !markedNotSamePerson(first, second));
  });
}

function pairsKey(pairs: readonly DuplicatePair[]): string {
  return pairs.map((pair) => `${pair.firstId}|${pair.secondId}`).sort().join(',');
}

// One index per repository, hence per signed-in workspace: built on first use after unlock and
// shared by every screen (a WeakMap, so a closed workspace's index goes with it).
const indexes = new WeakMap<Repository<'candidates'>, LiveCandidateIndex>();

/** Who waits for a workspace's index to exist without building it (the header's counter). */
const waiting = new WeakMap<Repository<'candidates'>, Set<(live: LiveCandidateIndex) => void>>();

/** Calls `listener` with the workspace's index once some screen has built it (at once if it has). */
export function whenLiveCandidateIndex(repo: Repository<'candidates'>, listener: (live: LiveCandidateIndex) => void): () => void {
  const live = indexes.get(repo);
  if (live) {
    listener(live);
    return () => undefined;
  }
  const listeners = waiting.get(repo) ?? new Set();
  listeners.add(listener);
  waiting.set(repo, listeners);
  return () => void listeners.delete(listener);
}

export function liveCandidateIndex(repo: Repository<'candidates'>, keptPairs?: KeptPairs): LiveCandidateIndex {
  let live = indexes.get(repo);
  if (!live) {
    const created = new LiveCandidateIndex(repo, keptPairs);
    live = created;
    indexes.set(repo, created);
    const listeners = waiting.get(repo);
    waiting.delete(repo);
    // After the render that created it: the waiting screens set state.
    if (listeners) queueMicrotask(() => listeners.forEach((listener) => listener(created)));
  }
  return live;
}
