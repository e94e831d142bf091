// The catalogue screen's forms as data: a métier or a UC being typed, checked with the wire's own
// schemas (domain/metiers/schema.ts) so the screen refuses exactly what the server would, in words.
import { metierRecordSchema, catalogueUcSchema, METIER_CODE_PATTERN, normalUcCode, type CatalogueUc, type MetierData } from '../../domain/metiers/schema';
import type { CatalogueMetier } from '../../domain/metiers/catalogue';

export interface MetierDraft {
  code: string;
  fr: string;
  nl: string;
  en: string;
  validFrom: string;
  validTo: string;
}

export interface UcDraft {
  code: string;
  label: string;
  validFrom: string;
  validTo: string;
}

export type DraftErrors<D> = Partial<Record<keyof D, string>>;

export const emptyMetierDraft: MetierDraft = { code: '', fr: '', nl: '', en: '', validFrom: '', validTo: '' };
export const emptyUcDraft: UcDraft = { code: '', label: '', validFrom: '', validTo: '' };

export function draftOf(entry: CatalogueMetier): MetierDraft {
  return { code: entry.code, fr: entry.labels.fr, nl: entry.labels.nl ?? '', en: entry.labels.en ?? '', validFrom: entry.validFrom ?? '', validTo: entry.validTo ?? '' };
}

export function ucDraftOf(uc: CatalogueUc): UcDraft {
  return { code: uc.code, label: uc.label, validFrom: uc.validFrom ?? '', validTo: uc.validTo ?? '' };
}

const optional = (value: string) => (value.trim() ? value.trim() : undefined);

/** The fields a métier draft writes (labels and validity; the code only for a new métier). */
export function metierFieldsOf(draft: MetierDraft, ucs: readonly CatalogueUc[]): MetierData {
  return {
    code: draft.code.trim(),
    labels: { fr: draft.fr.trim(), ...(optional(draft.nl) ? { nl: draft.nl.trim() } : {}), ...(optional(draft.en) ? { en: draft.en.trim() } : {}) },
    validFrom: optional(draft.validFrom) ?? null,
    validTo: optional(draft.validTo) ?? null,
    ucs: [...ucs],
  };
}

/** Errors of a métier draft, field by field (message keys of validation-messages.ts). */
export function checkMetierDraft(draft: MetierDraft, existingCodes: readonly string[], isNew: boolean): DraftErrors<MetierDraft> {
  const errors: DraftErrors<MetierDraft> = {};
  const code = draft.code.trim();
  if (isNew) {
    if (!code) errors.code = 'required';
    else if (!METIER_CODE_PATTERN.test(code)) errors.code = 'metierCodeFormat';
    else if (existingCodes.includes(code)) errors.code = 'metierCodeTaken';
  }
  const data = metierFieldsOf(draft, []);
  const parsed = metierRecordSchema.safeParse({ ...data, code: code || 'x-x', validFrom: data.validFrom ?? undefined, validTo: data.validTo ?? undefined });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const [first, second] = issue.path;
      const field = (first === 'labels' ? second : first) as keyof MetierDraft;
      if (field && !errors[field]) errors[field] = issue.message;
    }
  }
  return errors;
}

/** Errors of a UC draft: its own shape, and a code not already in the métier (when adding). */
export function checkUcDraft(draft: UcDraft, existing: readonly CatalogueUc[], isNew: boolean): DraftErrors<UcDraft> {
  const errors: DraftErrors<UcDraft> = {};
  const parsed = catalogueUcSchema.safeParse(ucOf(draft));
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = issue.path[0] as keyof UcDraft;
      if (field && !errors[field]) errors[field] = issue.message;
    }
  }
  if (isNew && !errors.code && existing.some((uc) => normalUcCode(uc.code) === normalUcCode(draft.code))) errors.code = 'duplicateUc';
  return errors;
}

export function ucOf(draft: UcDraft): CatalogueUc {
  return {
    code: draft.code.trim(),
    label: draft.label.trim(),
    ...(optional(draft.validFrom) ? { validFrom: draft.validFrom.trim() } : {}),
    ...(optional(draft.validTo) ? { validTo: draft.validTo.trim() } : {}),
  };
}
