// "Lieu de la rencontre": where the adviser met the person (a CPAS, an OISP, a library…). The
// site's known outreach places are suggested; another place can be typed. Recorded on the intake's
// SPOC action, not on the person: the file belongs to the site, whatever the place.
import { useMemo } from 'react';
import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FieldShell } from '../../../components/form/FieldShell';
import { useWorkspace } from '../../../components/session/session-context';
import { useRecords } from '../../../components/use-records';
import type { CandidateFormValues } from './candidate-form-values';

interface OutreachPlaceFieldProps {
  name: 'outreachPlace';
  siteId: string;
  register: UseFormRegister<CandidateFormValues>;
  errors: FieldErrors<CandidateFormValues>;
}

export function OutreachPlaceField({ name, siteId, register, errors }: OutreachPlaceFieldProps) {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const sites = useRecords(useMemo(() => workspace.repo('sites'), [workspace]));
  const places = sites?.find((site) => site.id === siteId)?.data.outreachPlaces ?? [];
  const listId = `outreach-places-${siteId}`;
  return (
    <FieldShell name={name} label={t('intake.outreachPlace')} hint={t('intake.outreachPlaceHint')} errorKey={errors[name]?.message}>
      {(ids) => (
        <>
          <input
            id={ids.inputId}
            className="input"
            type="text"
            autoComplete="off"
            list={places.length > 0 ? listId : undefined}
            aria-invalid={ids.invalid || undefined}
            aria-describedby={ids.describedBy}
            {...register(name)}
          />
          {places.length > 0 ? (
            <datalist id={listId}>
              {places.map((place) => (
                <option key={place} value={place} />
              ))}
            </datalist>
          ) : null}
        </>
      )}
    </FieldShell>
  );
}
