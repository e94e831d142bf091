// The resolver's schema: the form's own shape, then the domain's record rules run over the
// converted candidate, with each issue put back on the input it concerns. The messages stay
// domain keys (`nameRequired`), translated where they are shown. Correcting a stored file, a
// one-field plausibility rule applies only to the fields the adviser changed (docs/plausibility.md):
// an old value a newer rule would refuse does not block the rest of the correction.
import { newRecordSchemas } from '../../../domain/entities';
import { FIELD_PLAUSIBILITY_ISSUES } from '../../../domain/plausibility';
import {
  candidateFormValuesSchema,
  candidateFromFormValues,
  formFieldOfIssue,
  type ConversionContext,
} from './candidate-form-values';

export function candidateFormSchema(context: ConversionContext) {
  return candidateFormValuesSchema.superRefine((values, ctx) => {
    if (values.outreachPlace.trim().length > 200) ctx.addIssue({ code: 'custom', path: ['outreachPlace'], message: 'tooLong' });
    const candidate = candidateFromFormValues(values, context);
    const result = newRecordSchemas.candidates.safeParse(candidate);
    if (result.success) return;
    const stored = context.stored as Record<string, unknown> | undefined;
    const unchanged = (field: unknown) => stored !== undefined && typeof field === 'string' && JSON.stringify(stored[field]) === JSON.stringify((candidate as Record<string, unknown>)[field]);
    for (const issue of result.error.issues) {
      if (FIELD_PLAUSIBILITY_ISSUES.has(issue.message) && unchanged(issue.path[0])) continue;
      const field = formFieldOfIssue(issue.path);
      ctx.addIssue({ code: 'custom', path: field ? [field] : [], message: issue.message });
    }
  });
}
