// Units of competence (UC) per métier: the code list coordinators keep (the synced table `ucs`). The
// list a site uses is the seed below, overlaid by the site's synced `ucs` records (one record per
// UC a coordinator added, renamed or deactivated). A seeded UC needs no record until someone
// changes it, so every tablet has the list offline from its first start. Pure, no storage.
import type { UcData } from './entities';

export interface UcSeed {
  metier: string;
  code: string;
  label: string;
}

/**
 * Only what is known with confidence (the Consortium's titles of the aide-ménager trade);
 * coordinators add the UCs of the other métiers, and may rename these.
 */
export const UC_SEED: readonly UcSeed[] = [
  { metier: 'aide-menager', code: 'UC1', label: "Réaliser les tâches d'entretien courant de la maison" },
  { metier: 'aide-menager', code: 'UC2', label: "Assurer l'entretien du linge" },
];

export const UC_CODE_MAX = 20;
export const UC_LABEL_MAX = 300;
/** Letters, digits, dots and dashes: "UC1", "UC-2", "UC3.1". */
export const UC_CODE_PATTERN = /^[\p{L}\d][\p{L}\d.-]*$/u;

/** The same UC whatever the case or spaces typed: "uc 1 " is "UC1" (free-text values of old attempts). */
export function normalUcCode(code: string | null | undefined): string {
  return (code ?? '').replace(/\s+/g, '').toUpperCase();
}

export interface UcRecordFacts {
  id: string;
  siteId: string;
  data: UcData;
}

/** One UC as a site's screens see it. */
export interface UcEntry {
  metier: string;
  code: string;
  label: string;
  active: boolean;
  /** In the seed (kept even without a record). */
  seeded: boolean;
  /** The record that holds this UC's changes, when one exists (the lowest id when two devices added it). */
  recordId?: string;
  /** Every record of this UC (several only when two devices added the same code before syncing). */
  recordIds: string[];
}

const keyOf = (metier: string, code: string) => `${metier}/${normalUcCode(code)}`;

/** The UC list of one site: seed plus the site's records, by métier then code. */
export function siteUcList(siteId: string, records: readonly UcRecordFacts[]): UcEntry[] {
  const entries = new Map<string, UcEntry>();
  for (const seed of UC_SEED) entries.set(keyOf(seed.metier, seed.code), { ...seed, active: true, seeded: true, recordIds: [] });
  const mine = records.filter((record) => record.siteId === siteId && record.data.metier && record.data.code).sort((a, b) => a.id.localeCompare(b.id));
  for (const record of mine) {
    const metier = record.data.metier as string;
    const code = (record.data.code as string).trim();
    const key = keyOf(metier, code);
    const entry = entries.get(key);
    if (entry && entry.recordIds.length > 0) {
      entry.recordIds.push(record.id);
      continue;
    }
    const base = entry ?? { metier, code, label: code, active: true, seeded: false, recordIds: [] };
    entries.set(key, {
      ...base,
      label: record.data.label?.trim() || base.label,
      active: record.data.active ?? true,
      recordId: record.id,
      recordIds: [record.id],
    });
  }
  return [...entries.values()].sort((a, b) => a.metier.localeCompare(b.metier) || compareCodes(a.code, b.code));
}

/** "UC2" before "UC10". */
function compareCodes(a: string, b: string): number {
  return a.localeCompare(b, 'fr', { numeric: true, sensitivity: 'base' });
}

/** The UCs an attempt at this métier may pick. */
export function activeUcs(list: readonly UcEntry[], metier: string | undefined): UcEntry[] {
  return list.filter((entry) => entry.metier === metier && entry.active);
}

/** The list's entry for an attempt's code (active or not), if the code is in the list. */
export function findUc(list: readonly UcEntry[], metier: string | undefined, code: string | null | undefined): UcEntry | undefined {
  const wanted = normalUcCode(code);
  if (!wanted) return undefined;
  return list.find((entry) => entry.metier === metier && normalUcCode(entry.code) === wanted);
}

export interface UcUse {
  metier: string | undefined;
  uc: string | null | undefined;
}

/** Attempts recorded at this UC: a UC in use is never deleted (deactivate it instead). */
export function ucUseCount(entry: Pick<UcEntry, 'metier' | 'code'>, uses: readonly UcUse[]): number {
  const wanted = normalUcCode(entry.code);
  return uses.filter((use) => normalUcCode(use.uc) === wanted && (use.metier === undefined || use.metier === entry.metier)).length;
}

export interface UcDraft {
  code: string;
  label: string;
}

export type UcDraftErrors = Partial<Record<keyof UcDraft, 'required' | 'tooLong' | 'invalidUcCode' | 'duplicateUc'>>;

/** Checks a UC being added (`existing` = the métier's list) or renamed (`renaming` = its code). */
export function checkUcDraft(draft: UcDraft, existing: readonly Pick<UcEntry, 'code'>[], renaming?: string): UcDraftErrors {
  const errors: UcDraftErrors = {};
  const code = draft.code.trim();
  if (renaming === undefined) {
    if (!code) errors.code = 'required';
    else if (code.length > UC_CODE_MAX) errors.code = 'tooLong';
    else if (!UC_CODE_PATTERN.test(code)) errors.code = 'invalidUcCode';
    else if (existing.some((entry) => normalUcCode(entry.code) === normalUcCode(code))) errors.code = 'duplicateUc';
  }
  const label = draft.label.trim();
  if (!label) errors.label = 'required';
  else if (label.length > UC_LABEL_MAX) errors.label = 'tooLong';
  return errors;
}

/** "UC1 — Label", or the bare code when the list does not know it (old free text). */
export function ucDisplay(entry: Pick<UcEntry, 'code' | 'label'> | undefined, code: string | null | undefined): string {
  if (!entry) return (code ?? '').trim();
  return entry.label && entry.label !== entry.code ? `${entry.code} — ${entry.label}` : entry.code;
}
