// Likely existing files of the person being typed: names and birth date (or year) checked against
// the workspace's in-memory index as the adviser types (one check well under a frame).
import { useDeferredValue, useMemo } from 'react';
import { findLikelyDuplicates, type DuplicateMatch } from '../../../domain/matching';
import { useCandidateIndex } from '../index/use-candidate-index';
import type { CandidateRecord } from '../candidate-types';

export interface DuplicateHit {
  match: DuplicateMatch;
  record: CandidateRecord;
}

export interface TypedIdentity {
  firstName: string;
  lastName: string;
  birthDate: string;
}

/** A first name and a last name of two letters or more: fewer would match half the list. */
function enoughToCompare(identity: TypedIdentity): boolean {
  return identity.firstName.trim().length >= 2 && identity.lastName.trim().length >= 2;
}

/** The birth date as far as it is a date or a year; a half-typed one is left out. */
function usableBirth(value: string): string | undefined {
  const text = value.trim();
  return /^\d{4}(-\d{2}-\d{2})?$/.test(text) ? text : undefined;
}

export function useLikelyDuplicates(identity: TypedIdentity, excludeId?: string): DuplicateHit[] {
  const { index, records, version } = useCandidateIndex();
  const typed = useDeferredValue(identity);
  return useMemo(() => {
    if (!index || !enoughToCompare(typed)) return [];
    const matches = findLikelyDuplicates(
      index,
      { firstName: typed.firstName, lastName: typed.lastName, birthDate: usableBirth(typed.birthDate) },
      { excludeId, limit: 5 },
    );
    return matches.flatMap((match) => {
      const record = records.get(match.id);
      return record ? [{ match, record }] : [];
    });
    // `version` changes whenever the index changed in place.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [index, records, version, typed.firstName, typed.lastName, typed.birthDate, excludeId]);
}
