// The fields of an edited record that differ from the stored one: what an update sends (a cleared
// optional field is sent as null), so a correction touches only what the adviser changed.
export function changedData<T extends object>(before: T, after: Record<string, unknown>): Partial<T> {
  const changes: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(after)) {
    const previous = (before as Record<string, unknown>)[field];
    if (value === undefined) {
      if (previous !== undefined && previous !== null) changes[field] = null;
    } else if (JSON.stringify(previous) !== JSON.stringify(value)) changes[field] = value;
  }
  return changes as Partial<T>;
}
