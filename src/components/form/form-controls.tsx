// The fields of fields.tsx bound to a react-hook-form field: value, change, the ref that lets the
// form focus the first invalid field, and the field's own message (or the caller's `errorKey`, for
// a rule said as soon as it is typed).
import type { ComponentProps } from 'react';
import { useController, type Control, type FieldPath, type FieldValues } from 'react-hook-form';
import { ChoicesField, InputField, SelectField, TextAreaField } from './fields';

interface Bound<V extends FieldValues> {
  control: Control<V>;
  /** The form value it edits (`name` stays the id stem on the page). */
  field: FieldPath<V>;
  errorKey?: string;
}

type Unbound<P> = Omit<P, 'value' | 'onChange' | 'errorKey' | 'inputRef'>;

function useBound<V extends FieldValues>({ control, field, errorKey }: Bound<V>) {
  const { field: bound, fieldState } = useController({ control, name: field });
  return { value: (bound.value ?? '') as string, onChange: bound.onChange, inputRef: bound.ref, errorKey: errorKey ?? fieldState.error?.message };
}

export function FormInput<V extends FieldValues>({ control, field, errorKey, ...props }: Bound<V> & Unbound<ComponentProps<typeof InputField>>) {
  return <InputField {...props} {...useBound({ control, field, errorKey })} />;
}

export function FormTextArea<V extends FieldValues>({ control, field, errorKey, ...props }: Bound<V> & Unbound<ComponentProps<typeof TextAreaField>>) {
  return <TextAreaField {...props} {...useBound({ control, field, errorKey })} />;
}

export function FormSelect<V extends FieldValues>({ control, field, errorKey, ...props }: Bound<V> & Unbound<ComponentProps<typeof SelectField>>) {
  return <SelectField {...props} {...useBound({ control, field, errorKey })} />;
}

/** One choice among radios (the value is its code). */
export function FormRadios<V extends FieldValues>({ control, field, errorKey, ...props }: Bound<V> & Unbound<Omit<ComponentProps<typeof ChoicesField>, 'multiple'>>) {
  const { value, onChange, inputRef, errorKey: shown } = useBound({ control, field, errorKey });
  return <ChoicesField {...props} multiple={false} value={[value]} onChange={(codes) => onChange(codes[0])} inputRef={inputRef} errorKey={shown} />;
}
