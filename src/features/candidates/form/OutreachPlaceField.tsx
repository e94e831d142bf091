// "Lieu de la rencontre": where the adviser met the person (a CPAS, an OISP, a library…). The
// site's known outreach places are suggested; another place can be typed. Recorded on the intake's
// SPOC action, not on the person: the file belongs to the site, whatever the place.
import { useMemo } from 'react';
import type { Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormInput } from '../../../components/form/form-controls';
import { useWorkspace } from '../../../components/session/session-context';
import { useRecords } from '../../../components/use-records';
import type { CandidateFormValues } from './candidate-form-values';

interface OutreachPlaceFieldProps {
  control: Control<CandidateFormValues>;
  siteId: string;
}

export function OutreachPlaceField({ control, siteId }: OutreachPlaceFieldProps) {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const sites = useRecords(useMemo(() => workspace.repo('sites'), [workspace]));
  const places = sites?.find((site) => site.id === siteId)?.data.outreachPlaces ?? [];
  const listId = `outreach-places-${siteId}`;
  return (
    <>
      <FormInput control={control} field="outreachPlace" name="outreachPlace" label={t('intake.outreachPlace')} hint={t('intake.outreachPlaceHint')} list={places.length > 0 ? listId : undefined} />
      {places.length > 0 ? (
        <datalist id={listId}>
          {places.map((place) => (
            <option key={place} value={place} />
          ))}
        </datalist>
      ) : null}
    </>
  );
}
