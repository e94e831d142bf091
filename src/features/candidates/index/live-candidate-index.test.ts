// The live index follows the repository's snapshots, re-indexes only what changed, and lists the
// likely duplicates among files that arrived by sync (not the adviser's own pending ones).
import { describe, expect, it, vi } from 'vitest';
import { searchCandidates } from '../../../domain/matching';
import type { CandidateData } from '../../../domain/entities';
import type { LocalRecord, Repository } from '../../../sync/workspace';
import { LiveCandidateIndex } from './live-candidate-index';

class SnapshotRepo {
  listener: ((records: LocalRecord<'candidates'>[]) => void) | undefined;
  /** Nothing kept by an earlier session, as on a tablet's first unlock. */
  keptList: () => Promise<LocalRecord<'candidates'>[] | undefined> = () => Promise.resolve(undefined);
  watch(listener: (records: LocalRecord<'candidates'>[]) => void) {
    this.listener = listener;
    return () => {
      this.listener = undefined;
    };
  }
  emit(records: LocalRecord<'candidates'>[]) {
    this.listener?.(records);
  }
}

const record = (id: string, data: CandidateData, pendingFields: string[] = []): LocalRecord<'candidates'> => ({
  table: 'candidates',
  id,
  siteId: 'site-1',
  rev: 1,
  data,
  pendingFields,
});

const amrani = record('c-1', { firstName: 'Mohammed', lastName: 'El Amrani', birthDate: '1990-03-12' });
const peeters = record('c-2', { firstName: 'Jan', lastName: 'Peeters', birthDate: '1985' });

/** An index over a repository with nothing kept, once it watches the rows (after asking for the kept list). */
async function open() {
  const repo = new SnapshotRepo();
  const nothingKept = Promise.resolve(undefined);
  repo.keptList = () => nothingKept;
  const live = new LiveCandidateIndex(repo as unknown as Repository<'candidates'>);
  await nothingKept; // the index's own handler ran first
  return { repo, live };
}

/** The first build runs after the snapshot that asked for it, in turns. */
async function built(live: LiveCandidateIndex) {
  if (!live.getSnapshot().index) {
    await new Promise<void>((resolve) => {
      const stop = live.subscribe(() => {
        if (!live.getSnapshot().index) return;
        stop();
        resolve();
      });
    });
  }
  return live.getSnapshot().index!;
}

describe('live candidate index', () => {
  it('is built from the first snapshot and follows additions, changes and removals', async () => {
    const { repo, live } = await open();
    expect(live.getSnapshot().index).toBeUndefined();
    repo.emit([amrani, peeters]);
    expect(live.getSnapshot().index).toBeUndefined(); // not inside the callback that delivered it
    const index = await built(live);
    expect(searchCandidates(index, 'peet')).toEqual(['c-2']);

    repo.emit([amrani, record('c-2', { firstName: 'Jan', lastName: 'Janssens', birthDate: '1985' })]);
    expect(live.getSnapshot().index).toBe(index); // updated in place, not rebuilt
    expect(searchCandidates(index, 'peet')).toEqual([]);
    expect(searchCandidates(index, 'janss')).toEqual(['c-2']);

    repo.emit([amrani]);
    expect(searchCandidates(index, 'jan')).toEqual([]);
    expect(live.getSnapshot().records.has('c-2')).toBe(false);
  });

  it('applies the newest snapshot that arrived while it was first built, and tells its listeners', async () => {
    const { repo, live } = await open();
    const heard = vi.fn();
    live.subscribe(heard);
    repo.emit([amrani]);
    repo.emit([amrani, peeters]);
    repo.emit([peeters]);
    const index = await built(live);
    expect(searchCandidates(index, 'peet')).toEqual(['c-2']);
    expect(searchCandidates(index, 'amrani')).toEqual([]);
    expect([...live.getSnapshot().records.keys()]).toEqual(['c-2']);
    expect(heard).toHaveBeenCalledTimes(2); // the build, then the newest snapshot
  });

  it('builds nothing once closed during its first build', async () => {
    // The build's turns are timers: run them all, so the build has surely ended before the check.
    vi.useFakeTimers();
    try {
      const { repo, live } = await open();
      repo.emit([amrani, peeters]);
      live.close();
      await vi.runAllTimersAsync();
      expect(live.getSnapshot().index).toBeUndefined();
    } finally {
      vi.useRealTimers();
    }
  });

  it('lists a file pulled from another tablet that looks like an existing one, not the adviser\'s own new file', async () => {
    const { repo, live } = await open();
    repo.emit([amrani, peeters]);
    await built(live);
    const ownTyped = record('c-3', { firstName: 'Mohamed', lastName: 'Elamrani', birthDate: '1990-03-12' }, ['firstName', 'lastName', 'birthDate']);
    repo.emit([amrani, peeters, ownTyped]);
    expect(live.getSnapshot().syncedDuplicates).toEqual([]);

    const pulled = record('c-4', { firstName: 'Muhammad', lastName: 'Al Amrani', birthDate: '1990-03-12' });
    repo.emit([amrani, peeters, ownTyped, pulled]);
    const pairs = live.getSnapshot().syncedDuplicates.map((pair) => [pair.firstId, pair.secondId]);
    expect(pairs).toEqual(expect.arrayContaining([['c-1', 'c-4']]));
    expect(pairs.flat()).not.toContain('c-2');

    // One of the two is deleted: the pair goes.
    repo.emit([peeters, ownTyped, pulled]);
    expect(live.getSnapshot().syncedDuplicates.map((pair) => [pair.firstId, pair.secondId])).not.toContainEqual(['c-1', 'c-4']);
  });
});

describe('live candidate index from the kept list', () => {
  /** A repository that also answers the list kept by an earlier session (db/kept-payloads.ts). */
  function openKept(records: LocalRecord<'candidates'>[] | undefined) {
    const kept = Promise.resolve(records);
    const repo = Object.assign(new SnapshotRepo(), { keptList: () => kept });
    const live = new LiveCandidateIndex(repo as unknown as Repository<'candidates'>);
    return { repo, live, kept };
  }

  it('is searchable from the kept list before the rows are read, then follows the rows', async () => {
    const renamed = record('c-2', { firstName: 'Jan', lastName: 'Janssens', birthDate: '1985' });
    const { repo, live } = openKept([amrani, peeters]);
    expect(repo.listener).toBeUndefined();
    const index = await built(live);
    expect(searchCandidates(index, 'peet')).toEqual(['c-2']);
    expect(live.getSnapshot().records.size).toBe(2);

    // The rows are read once the list is searchable; a change made since the list was kept wins.
    expect(repo.listener).toBeDefined();
    const version = live.getSnapshot().version;
    repo.emit([amrani, renamed]);
    expect(live.getSnapshot().version).toBeGreaterThan(version);
    expect(searchCandidates(live.getSnapshot().index!, 'peet')).toEqual([]);
    expect(searchCandidates(live.getSnapshot().index!, 'janss')).toEqual(['c-2']);
  });

  it('reads the rows when the kept list cannot be read', async () => {
    const refused = Promise.reject(new Error('no key'));
    const repo = Object.assign(new SnapshotRepo(), { keptList: () => refused });
    const live = new LiveCandidateIndex(repo as unknown as Repository<'candidates'>);
    await refused.catch(() => undefined); // the index's own handler ran first
    expect(repo.listener).toBeDefined();
    repo.emit([amrani]);
    expect((await built(live)).size).toBe(1);
  });

  it('waits for the rows when nothing complete is kept', async () => {
    const { repo, live, kept } = openKept(undefined);
    await kept; // the index's own handler ran first
    expect(repo.listener).toBeDefined();
    expect(live.getSnapshot().index).toBeUndefined();
    repo.emit([peeters]);
    expect(searchCandidates(await built(live), 'peet')).toEqual(['c-2']);
  });
});
