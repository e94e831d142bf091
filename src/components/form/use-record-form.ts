// The one way a record form runs (docs/architecture.md, "Record forms"): react-hook-form over a
// zod schema of its values, checked on submit (then again as the adviser corrects), the first
// invalid field focused; a refusal by the repository put back on the fields it names, any other
// failure kept as `failed` for the footer to say in words. Nothing is saved while a check fails.
import { zodResolver } from '@hookform/resolvers/zod';
import { useRef, useState, type BaseSyntheticEvent } from 'react';
import { useForm, type DefaultValues, type FieldPath, type FieldValues, type Resolver, type UseFormReturn } from 'react-hook-form';
import type { z } from 'zod';
import { nextTask } from '../../db/main-thread-turns';
import { errorsOfRejection, flatErrors, type FieldErrors } from './form-errors';

interface RecordFormOptions<V extends FieldValues> {
  schema: z.ZodType<V, V>;
  defaultValues: DefaultValues<V>;
  /** Saves the checked values; a RecordValidationError it throws lands on the fields. */
  save: (values: V, form: UseFormReturn<V>) => Promise<void>;
  /** The form field showing a record field's refusal, when they are named differently. */
  fieldOfIssue?: (recordField: string) => string | undefined;
  /** Check again as the adviser corrects (the intake form); at each submit when absent. */
  reValidateMode?: 'onSubmit' | 'onChange';
}

export function useRecordForm<V extends FieldValues>({ schema, defaultValues, save, fieldOfIssue, reValidateMode = 'onSubmit' }: RecordFormOptions<V>) {
  const form = useForm<V>({
    defaultValues,
    resolver: zodResolver(schema) as Resolver<V>,
    mode: 'onSubmit',
    reValidateMode,
    shouldFocusError: true,
  });
  const [failure, setFailure] = useState<{ error: unknown }>();
  const submitting = useRef(false);
  const checkAndSave = form.handleSubmit(async (values) => {
    setFailure(undefined);
    try {
      await save(values, form);
    } catch (error) {
      const refused = errorsOfRejection(error);
      if (!refused) {
        setFailure({ error });
        return;
      }
      for (const [field, message] of Object.entries(refused)) {
        const target = (fieldOfIssue?.(field) ?? (field in values || field.includes('.') ? field : 'root')) as FieldPath<V> | 'root';
        form.setError(target, { type: 'domain', message }, { shouldFocus: true });
      }
    }
  });
  /**
   * The click's task ends with the browser's own events: the check, the busy button's render and
   * the save run in tasks of their own, none long on a slow tablet (docs/performance.md, "Candidate
   * mode's opening"). A second submit while one runs is ignored: the button turns busy a task
   * later, and one click must never save twice.
   */
  const submit = async (event?: BaseSyntheticEvent) => {
    event?.preventDefault();
    if (submitting.current) return;
    submitting.current = true;
    try {
      await nextTask();
      await checkAndSave();
    } finally {
      submitting.current = false;
    }
  };
  const errors: FieldErrors = flatErrors(form.formState.errors);
  // `failure.error` lets a form say the kind of failure (offline, forbidden) in words.
  return { form, submit, failed: failure !== undefined, failure, errors, busy: form.formState.isSubmitting };
}
