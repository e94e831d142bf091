// A form's values schema made of a check the feature already has (values → field → message key),
// for forms whose rules are not one zod object: each message lands on the field it names, the same
// as the record forms' own schemas (docs/architecture.md, "Record forms").
import { z } from 'zod';

/** Field → message key of the values' problems; an empty map when they can be saved. */
export type ValuesCheck<V> = (values: V) => Partial<Record<string, string | undefined>>;

export function valuesCheckedBy<V>(check: ValuesCheck<V>): z.ZodType<V, V> {
  return z.custom<V>().superRefine((values, ctx) => {
    for (const [field, message] of Object.entries(check(values))) {
      if (message) ctx.addIssue({ code: 'custom', path: field === 'root' ? [] : field.split('.'), message });
    }
  });
}
