// The validation-attempt form's values, checks and conversion to the record (pure).
import { centreFieldsSet } from '../../domain/consent-scopes';
import { isCalendarDate } from '../../domain/dates';
import type { ValidationStepData } from '../../domain/entities';
import { textsOf, trimmedOrNull } from '../../components/form/form-text';

export interface StepFormValues {
  accompanimentId: string;
  uc: string;
  registrationDate: string;
  centreName: string;
  centreRegion: string;
  testDate: string;
  result: string;
  titreDate: string;
  guidanceDate: string;
}

export type StepFormErrors = Partial<Record<keyof StepFormValues, string>>;

export function stepValuesOf(data?: ValidationStepData, accompanimentId = ''): StepFormValues {
  return {
    accompanimentId: data?.accompanimentId ?? accompanimentId,
    ...textsOf(data, ['uc', 'registrationDate', 'centreName', 'centreRegion', 'testDate', 'result', 'titreDate', 'guidanceDate']),
  };
}

const DATE_FIELDS = ['registrationDate', 'testDate', 'titreDate', 'guidanceDate'] as const;

/**
 * The form's errors. Without the person's consent to share with the centre (consent-scopes.ts),
 * a centre field may keep what it held (`initial`) or be cleared, never get a new value.
 */
export function checkStep(values: StepFormValues, sharing: { allowed: boolean; initial?: StepFormValues } = { allowed: true }): StepFormErrors {
  const errors: StepFormErrors = {};
  if (!sharing.allowed) {
    for (const field of centreFieldsSet({ ...values }, sharing.initial ? { ...sharing.initial } : undefined)) errors[field as keyof StepFormValues] = 'consentSharingMissing';
  }
  if (!values.uc.trim()) errors.uc = 'required';
  else if (values.uc.trim().length > 50) errors.uc = 'tooLong';
  for (const field of DATE_FIELDS) {
    if (values[field] && !isCalendarDate(values[field]) && !errors[field]) errors[field] = 'invalidDate';
  }
  if (!errors.testDate && values.registrationDate && values.testDate && values.testDate < values.registrationDate) errors.testDate = 'endBeforeStart';
  if (values.centreName.length > 200) errors.centreName = 'tooLong';
  return errors;
}

export function stepData(candidateId: string, values: StepFormValues): ValidationStepData {
  const optional = trimmedOrNull;
  return {
    candidateId,
    uc: values.uc.trim(),
    ...(values.accompanimentId ? { accompanimentId: values.accompanimentId } : {}),
    registrationDate: optional(values.registrationDate),
    centreName: optional(values.centreName),
    centreRegion: optional(values.centreRegion) as ValidationStepData['centreRegion'],
    testDate: optional(values.testDate),
    result: optional(values.result) as ValidationStepData['result'],
    titreDate: optional(values.titreDate),
    guidanceDate: optional(values.guidanceDate),
  };
}
