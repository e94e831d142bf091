// The validation-attempt form's values, checks and conversion to the record (pure).
import { isCalendarDate } from '../../domain/dates';
import type { ValidationStepData } from '../../domain/entities';

export interface StepFormValues {
  accompanimentId: string;
  uc: string;
  registrationDate: string;
  centreName: string;
  centreRegion: string;
  testDate: string;
  result: string;
  titreDate: string;
}

export type StepFormErrors = Partial<Record<keyof StepFormValues, string>>;

export function stepValuesOf(data?: ValidationStepData, accompanimentId = ''): StepFormValues {
  return {
    accompanimentId: data?.accompanimentId ?? accompanimentId,
    uc: data?.uc ?? '',
    registrationDate: data?.registrationDate ?? '',
    centreName: data?.centreName ?? '',
    centreRegion: data?.centreRegion ?? '',
    testDate: data?.testDate ?? '',
    result: data?.result ?? '',
    titreDate: data?.titreDate ?? '',
  };
}

const DATE_FIELDS = ['registrationDate', 'testDate', 'titreDate'] as const;

export function checkStep(values: StepFormValues): StepFormErrors {
  const errors: StepFormErrors = {};
  if (!values.uc.trim()) errors.uc = 'required';
  else if (values.uc.trim().length > 50) errors.uc = 'tooLong';
  for (const field of DATE_FIELDS) {
    if (values[field] && !isCalendarDate(values[field])) errors[field] = 'invalidDate';
  }
  if (!errors.testDate && values.registrationDate && values.testDate && values.testDate < values.registrationDate) errors.testDate = 'endBeforeStart';
  if (values.centreName.length > 200) errors.centreName = 'tooLong';
  return errors;
}

export function stepData(candidateId: string, values: StepFormValues): ValidationStepData {
  const optional = (value: string) => (value.trim() ? value.trim() : null);
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
  };
}
