// The live index follows the repository's snapshots, re-indexes only what changed, and lists the
// likely duplicates among files that arrived by sync (not the adviser's own pending ones).
import { describe, expect, it } from 'vitest';
import { searchCandidates } from '../../../domain/matching';
import type { CandidateData } from '../../../domain/entities';
import type { LocalRecord, Repository } from '../../../sync/workspace';
import { LiveCandidateIndex } from './live-candidate-index';

class SnapshotRepo {
  listener: ((records: LocalRecord<'candidates'>[]) => void) | undefined;
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

function open() {
  const repo = new SnapshotRepo();
  const live = new LiveCandidateIndex(repo as unknown as Repository<'candidates'>);
  return { repo, live };
}

describe('live candidate index', () => {
  it('is built from the first snapshot and follows additions, changes and removals', () => {
    const { repo, live } = open();
    expect(live.getSnapshot().index).toBeUndefined();
    repo.emit([amrani, peeters]);
    const built = live.getSnapshot().index!;
    expect(searchCandidates(built, 'peet')).toEqual(['c-2']);

    repo.emit([amrani, record('c-2', { firstName: 'Jan', lastName: 'Janssens', birthDate: '1985' })]);
    expect(live.getSnapshot().index).toBe(built); // updated in place, not rebuilt
    expect(searchCandidates(built, 'peet')).toEqual([]);
    expect(searchCandidates(built, 'janss')).toEqual(['c-2']);

    repo.emit([amrani]);
    expect(searchCandidates(built, 'jan')).toEqual([]);
    expect(live.getSnapshot().records.has('c-2')).toBe(false);
  });

  it('lists a file pulled from another tablet that looks like an existing one, not the adviser\'s own new file', () => {
    const { repo, live } = open();
    repo.emit([amrani, peeters]);
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
