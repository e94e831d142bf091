// Value comparison for the merge: two values are the same when their JSON is, key order aside.
// `undefined` (absent) and `null` (cleared) are the same "no value".
export function sameValue(left: unknown, right: unknown): boolean {
  return canonical(left ?? null) === canonical(right ?? null);
}

function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) => {
    if (inner && typeof inner === 'object' && !Array.isArray(inner)) {
      return Object.fromEntries(Object.entries(inner as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    }
    return inner;
  });
}

export function parseJson(text: string | null): unknown {
  return text === null ? null : (JSON.parse(text) as unknown);
}

export function toJson(value: unknown): string {
  return JSON.stringify(value ?? null);
}
