// What tells two people of the same name apart in a picker (enrolment, positioning, SPOC
// participants): birth year, commune, site. One line, in the interface language.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { CandidateData } from '../../domain/entities';
import { communeLabel } from '../../i18n/code-labels';
import { useSiteNames } from '../../components/use-site-names';

export interface PersonForDetails {
  siteId: string;
  data: Pick<CandidateData, 'birthDate' | 'communeCode'>;
}

/** "née en 1990 · Schaerbeek · ML Schaerbeek"-like details; parts that are unknown say so. */
export function usePersonDetails(): (person: PersonForDetails) => string {
  const { t, i18n } = useTranslation();
  const sites = useSiteNames();
  return useCallback(
    (person: PersonForDetails) => {
      const year = person.data.birthDate?.slice(0, 4);
      const commune = communeLabel(person.data.communeCode, i18n.language);
      const site = sites.find((choice) => choice.code === person.siteId)?.label ?? person.siteId;
      return t('candidates.details.line', {
        birth: year ? t('candidates.details.born', { year }) : t('candidates.details.noBirth'),
        commune: commune ?? t('candidates.details.noCommune'),
        site,
      });
    },
    [t, i18n.language, sites],
  );
}
