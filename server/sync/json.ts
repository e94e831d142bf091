// Value comparison for the merge: src/domain/sync-merge.ts.
export { sameValue } from '../../src/domain/sync-merge';

export function parseJson(text: string | null): unknown {
  return text === null ? null : (JSON.parse(text) as unknown);
}

export function toJson(value: unknown): string {
  return JSON.stringify(value ?? null);
}
