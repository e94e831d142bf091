// The wire shape of a practical observation or mock test (synced table `observations`,
// docs/observations.md). Imported by entities.ts into
// fieldSchemas / recordSchemas. Messages are validation keys (src/domain/validation-messages.ts).
import { z } from 'zod';
import { isCalendarDate } from '../dates';
import { metierCode, UC_CODE_MAX, UC_CODE_PATTERN } from '../metiers/schema';
import { actionDateIssue } from '../plausibility';

export const OBSERVATION_KINDS = ['observation', 'mock-test'] as const;
export type ObservationKind = (typeof OBSERVATION_KINDS)[number];

/** A criterion, and the observation as a whole, is met, partly met, or not yet. */
export const OBSERVATION_RESULTS = ['met', 'partly', 'not-yet'] as const;
export type ObservationResult = (typeof OBSERVATION_RESULTS)[number];

/** Who watched: the adviser, or a volunteer professional of the trade (named). */
export const OBSERVER_KINDS = ['adviser', 'professional'] as const;
export type ObserverKind = (typeof OBSERVER_KINDS)[number];

export const OBSERVATION_TASK_MAX = 300;
export const OBSERVATION_TEXT_MAX = 2000;
export const CRITERION_LABEL_MAX = 300;
export const MAX_CRITERIA = 30;

const id = z.string().min(1, { message: 'invalidId' }).max(64, { message: 'invalidId' });
const clearable = <T extends z.ZodType>(schema: T) => schema.nullable().optional();
const oneOf = <C extends string>(codes: readonly C[]) => z.enum(codes as [C, ...C[]], { message: 'unknownCode' });
const words = (max: number) => z.string().trim().min(1, { message: 'required' }).max(max, { message: 'tooLong' });
const freeText = (max: number) => z.string().trim().max(max, { message: 'tooLong' });
const observedOn = z
  .string()
  .refine(isCalendarDate, { message: 'invalidDate' })
  .superRefine((value, ctx) => {
    const issue = actionDateIssue(value);
    if (issue) ctx.addIssue({ code: 'custom', message: issue });
  });

export const criterionSchema = z.strictObject({
  label: words(CRITERION_LABEL_MAX),
  result: oneOf(OBSERVATION_RESULTS),
});
export type Criterion = z.infer<typeof criterionSchema>;

export const observationFields = z.strictObject({
  candidateId: id.optional(),
  accompanimentId: clearable(id),
  positioningId: clearable(id),
  kind: oneOf(OBSERVATION_KINDS).optional(),
  metier: metierCode.optional(),
  uc: z.string().trim().min(1, { message: 'required' }).max(UC_CODE_MAX, { message: 'tooLong' }).regex(UC_CODE_PATTERN, { message: 'invalidUcCode' }).optional(),
  task: words(OBSERVATION_TASK_MAX).optional(),
  conditions: clearable(freeText(OBSERVATION_TEXT_MAX)),
  criteria: clearable(z.array(criterionSchema).max(MAX_CRITERIA, { message: 'tooLong' })),
  result: oneOf(OBSERVATION_RESULTS).optional(),
  observerKind: oneOf(OBSERVER_KINDS).optional(),
  observerName: clearable(freeText(200)),
  date: observedOn.optional(),
  note: clearable(freeText(OBSERVATION_TEXT_MAX)),
  workSiteId: clearable(id),
});
export type ObservationData = z.infer<typeof observationFields>;

const REQUIRED = ['candidateId', 'kind', 'metier', 'uc', 'task', 'result', 'observerKind', 'date'] as const;

/** A whole observation: what every one needs, and the name of a professional observer. */
export const observationRecordSchema = observationFields.superRefine((value, ctx) => {
  for (const field of REQUIRED) {
    if (value[field] === undefined || value[field] === null) ctx.addIssue({ code: 'custom', path: [field], message: 'required' });
  }
  if (value.observerKind === 'professional' && !value.observerName?.trim()) ctx.addIssue({ code: 'custom', path: ['observerName'], message: 'observerNameRequired' });
});
