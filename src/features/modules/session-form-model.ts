// The session form's values, checks and conversion to the record (pure).
import { endsBeforeStart } from '../../domain/attendance';
import { CLOCK_TIME, isCalendarDate } from '../../domain/dates';
import type { ModuleSessionData } from '../../domain/entities';
import { capacityIssue } from '../../domain/plausibility';
import { textsOf, trimmedOrNull } from '../../components/form/form-text';

export interface SessionFormValues {
  siteId: string;
  module: string;
  title: string;
  date: string;
  startTime: string;
  endTime: string;
  facilitator: string;
  capacity: string;
}

export type SessionFormErrors = Partial<Record<keyof SessionFormValues, string>>;

export function valuesOf(siteId: string, data?: ModuleSessionData): SessionFormValues {
  return {
    siteId,
    ...textsOf(data, ['module', 'title', 'date', 'startTime', 'endTime', 'facilitator']),
    capacity: data?.capacity == null ? '' : String(data.capacity),
  };
}

export function checkSession(values: SessionFormValues): SessionFormErrors {
  const errors: SessionFormErrors = {};
  if (!values.siteId) errors.siteId = 'required';
  if (!values.module) errors.module = 'required';
  if (!values.date) errors.date = 'required';
  else if (!isCalendarDate(values.date)) errors.date = 'invalidDate';
  if (values.startTime && !CLOCK_TIME.test(values.startTime)) errors.startTime = 'invalidTime';
  if (values.endTime && !CLOCK_TIME.test(values.endTime)) errors.endTime = 'invalidTime';
  else if (endsBeforeStart(values.startTime, values.endTime)) errors.endTime = 'endBeforeStart';
  if (values.title.length > 200) errors.title = 'tooLong';
  if (values.facilitator.length > 200) errors.facilitator = 'tooLong';
  if (values.capacity.trim()) {
    const capacity = Number(values.capacity);
    const issue = Number.isFinite(capacity) ? capacityIssue(capacity) : 'invalidNumber';
    if (issue) errors.capacity = issue;
    else if (capacity > 1000) errors.capacity = 'outOfRange';
  }
  return errors;
}

/** The record's fields; empty optional fields are cleared (null) so a correction can remove them. */
export function sessionData(values: SessionFormValues): ModuleSessionData {
  const optional = trimmedOrNull;
  return {
    module: values.module as ModuleSessionData['module'],
    date: values.date,
    title: optional(values.title),
    startTime: optional(values.startTime),
    endTime: optional(values.endTime),
    facilitator: optional(values.facilitator),
    capacity: values.capacity.trim() ? Number(values.capacity) : null,
  };
}
