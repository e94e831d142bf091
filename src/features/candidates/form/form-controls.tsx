// The intake form's one control the shared bound fields (components/form/form-controls.tsx) lack:
// checkboxes whose value is the list of checked codes (the consent's scopes).
import type { ComponentProps } from 'react';
import { useController, type Control } from 'react-hook-form';
import { ChoicesField } from '../../../components/form/fields';
import type { CandidateFormValues } from './candidate-form-values';

type ChecksProps = Omit<ComponentProps<typeof ChoicesField>, 'multiple' | 'value' | 'onChange' | 'errorKey' | 'inputRef'> & {
  control: Control<CandidateFormValues>;
  field: 'consentScopes';
};

export function FormChecks({ control, field, ...props }: ChecksProps) {
  const { field: bound, fieldState } = useController({ control, name: field });
  return <ChoicesField {...props} multiple value={bound.value} onChange={bound.onChange} inputRef={bound.ref} errorKey={fieldState.error?.message} />;
}
