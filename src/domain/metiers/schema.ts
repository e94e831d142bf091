// The wire shapes of the métier catalogue (synced table `metiers`, network data kept by
// administrators) and of each site's choice of métiers (synced table `siteMetiers`); see
// docs/metier-catalogue.md. Imported by entities.ts into fieldSchemas / recordSchemas.
import { z } from 'zod';
import { isCalendarDate } from '../dates';

/** A métier code: stable, lowercase letters, digits and dashes ("aide-menager"). */
export const METIER_CODE_PATTERN = /^[a-z0-9][a-z0-9-]{1,62}$/;
export const UC_CODE_MAX = 20;
export const UC_LABEL_MAX = 300;
export const METIER_LABEL_MAX = 200;
/** Letters, digits, dots and dashes: "UC1", "UC-2", "UC3.1". */
export const UC_CODE_PATTERN = /^[\p{L}\d][\p{L}\d.-]*$/u;

/** The same UC whatever the case or spaces typed: "uc 1 " is "UC1" (free-text values of old attempts). */
export function normalUcCode(code: string | null | undefined): string {
  return (code ?? '').replace(/\s+/g, '').toUpperCase();
}

export const metierCode = z.string().regex(METIER_CODE_PATTERN, { message: 'unknownCode' });
const calendarDate = z.string().refine(isCalendarDate, { message: 'invalidDate' });
const label = (max: number) => z.string().trim().min(1, { message: 'required' }).max(max, { message: 'tooLong' });

const periodChecked = <T extends { validFrom?: string | null; validTo?: string | null }>(value: T, ctx: z.RefinementCtx) => {
  if (value.validFrom && value.validTo && value.validTo < value.validFrom) ctx.addIssue({ code: 'custom', path: ['validTo'], message: 'endBeforeStart' });
};

export const catalogueUcSchema = z
  .strictObject({
    code: z.string().trim().min(1, { message: 'required' }).max(UC_CODE_MAX, { message: 'tooLong' }).regex(UC_CODE_PATTERN, { message: 'invalidUcCode' }),
    label: label(UC_LABEL_MAX),
    validFrom: calendarDate.optional(),
    validTo: calendarDate.optional(),
  })
  .superRefine(periodChecked);

export const metierLabelsSchema = z.strictObject({
  fr: label(METIER_LABEL_MAX),
  nl: label(METIER_LABEL_MAX).optional(),
  en: label(METIER_LABEL_MAX).optional(),
});

export const metierFields = z.strictObject({
  code: metierCode.optional(),
  labels: metierLabelsSchema.optional(),
  /** First day the métier may be chosen (absent: always could). */
  validFrom: calendarDate.nullable().optional(),
  /** Last day it may be chosen: a retired métier keeps its code and label for old records. */
  validTo: calendarDate.nullable().optional(),
  ucs: z.array(catalogueUcSchema).max(100).optional(),
});

export const metierRecordSchema = metierFields.superRefine((value, ctx) => {
  if (!value.code) ctx.addIssue({ code: 'custom', path: ['code'], message: 'required' });
  if (!value.labels) ctx.addIssue({ code: 'custom', path: ['labels'], message: 'required' });
  periodChecked(value, ctx);
  const seen = new Set<string>();
  for (const [index, uc] of (value.ucs ?? []).entries()) {
    const key = normalUcCode(uc.code);
    if (seen.has(key)) ctx.addIssue({ code: 'custom', path: ['ucs', index, 'code'], message: 'duplicateUc' });
    seen.add(key);
  }
});

/** One record per site (its id is the site's id): the métiers the site accompanies. */
export const siteMetierFields = z.strictObject({
  metiers: z.array(metierCode).max(300).optional(),
});

export const siteMetierRecordSchema = siteMetierFields.superRefine((value, ctx) => {
  if (!value.metiers) ctx.addIssue({ code: 'custom', path: ['metiers'], message: 'required' });
  else if (new Set(value.metiers).size !== value.metiers.length) ctx.addIssue({ code: 'custom', path: ['metiers'], message: 'invalidValue' });
});

export type MetierData = z.infer<typeof metierFields>;
export type SiteMetierData = z.infer<typeof siteMetierFields>;
export type CatalogueUc = z.infer<typeof catalogueUcSchema>;
