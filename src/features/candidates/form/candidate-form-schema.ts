// The resolver's schema: the form's own shape, then the domain's record rules run over the
// converted candidate, with each issue put back on the input it concerns. The messages stay
// domain keys (`nameRequired`), translated where they are shown.
import { recordSchemas } from '../../../domain/entities';
import {
  candidateFormValuesSchema,
  candidateFromFormValues,
  formFieldOfIssue,
  type ConversionContext,
} from './candidate-form-values';

export function candidateFormSchema(context: ConversionContext) {
  return candidateFormValuesSchema.superRefine((values, ctx) => {
    if (values.outreachPlace.trim().length > 200) ctx.addIssue({ code: 'custom', path: ['outreachPlace'], message: 'tooLong' });
    const result = recordSchemas.candidates.safeParse(candidateFromFormValues(values, context));
    if (result.success) return;
    for (const issue of result.error.issues) {
      const field = formFieldOfIssue(issue.path);
      ctx.addIssue({ code: 'custom', path: field ? [field] : [], message: issue.message });
    }
  });
}
