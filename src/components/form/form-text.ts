// Between a record's optional text fields and a form's strings: in the form, '' stands for "none".

/** Each named field's text in the record, or '' when it has none. */
export function textsOf<K extends string>(data: Partial<Record<K, string | null>> | undefined, fields: readonly K[]): Record<K, string> {
  return Object.fromEntries(fields.map((field) => [field, data?.[field] ?? ''])) as Record<K, string>;
}

/** The typed text trimmed, or null when only spaces were typed (so a correction can clear the field). */
export function trimmedOrNull(value: string): string | null {
  return value.trim() ? value.trim() : null;
}
