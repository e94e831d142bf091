// Writing a change to one UC of a site's list: a seeded UC gets its record on its first change;
// a UC that two devices added before syncing is changed in the record that holds it.
import type { UcData } from '../../domain/entities';
import type { UcEntry } from '../../domain/ucs';
import type { Repository } from '../../sync/workspace';

export async function changeUc(repo: Repository<'ucs'>, siteId: string, entry: UcEntry, changes: Pick<UcData, 'label' | 'active'>): Promise<void> {
  if (entry.recordId) return repo.update(entry.recordId, changes);
  await repo.create(siteId, { metier: entry.metier, code: entry.code, label: entry.label, active: entry.active, ...changes } as UcData);
}

export async function addUc(repo: Repository<'ucs'>, siteId: string, metier: string, code: string, label: string): Promise<void> {
  await repo.create(siteId, { metier, code, label, active: true } as UcData);
}

/** Removes a UC added by mistake: every record of it (only ever for a UC no attempt uses). */
export async function deleteUc(repo: Repository<'ucs'>, entry: UcEntry): Promise<void> {
  for (const id of entry.recordIds) await repo.remove(id);
}
