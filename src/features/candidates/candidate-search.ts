// In-memory search over the decrypted list: names without accents or case, phone digits,
// postal code (via the commune) or commune label. Keys are built once per list, not per keystroke.
import { communesByPostalCode } from '../../domain/codes';
import { communeLabel } from '../../i18n/code-labels';
import type { CandidateRecord } from './candidate-types';

export function normalizeText(value: string): string {
  return value.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase().trim();
}

const digitsOf = (value: string) => value.replace(/\D/g, '');

export interface SearchableCandidate {
  record: CandidateRecord;
  text: string;
  phoneDigits: string;
  communeCode: string | undefined;
}

export function buildSearchIndex(records: CandidateRecord[], language: string): SearchableCandidate[] {
  return records.map((record) => {
    const { firstName, lastName, communeCode, phone } = record.data;
    const commune = communeLabel(communeCode, language) ?? '';
    return {
      record,
      text: normalizeText([firstName, lastName, lastName, firstName, commune].filter(Boolean).join(' ')),
      phoneDigits: digitsOf(phone ?? ''),
      communeCode: communeCode ?? undefined,
    };
  });
}

/** Every word of the query must match (name or commune text, phone digits, or postal code). */
export function searchCandidates(index: SearchableCandidate[], query: string): CandidateRecord[] {
  const words = normalizeText(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return index.map((entry) => entry.record);
  return index
    .filter((entry) =>
      words.every((word) => {
        if (entry.text.includes(word)) return true;
        const digits = digitsOf(word);
        if (digits.length >= 3 && digits.length === word.length) {
          if (entry.phoneDigits.includes(digits)) return true;
          if (digits.length === 4 && entry.communeCode && communesByPostalCode(digits).includes(entry.communeCode)) return true;
        }
        return false;
      }),
    )
    .map((entry) => entry.record);
}

/** "Last, First" ordering key for the list. */
export function sortByName(records: CandidateRecord[]): CandidateRecord[] {
  const key = (record: CandidateRecord) => normalizeText(`${record.data.lastName ?? ''} ${record.data.firstName ?? ''}`);
  return [...records].sort((a, b) => key(a).localeCompare(key(b)));
}
