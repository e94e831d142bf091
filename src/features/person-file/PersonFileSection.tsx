// One part of a person's file: its records as labelled values, in words (codes, dates and lists
// written out), or a sentence saying there is nothing.
import { useTranslation } from 'react-i18next';
import { formatValue } from './format-value';
import { TypedText } from '../../components/PersonName';
import { CANDIDATE_FIELDS_NOT_EXPORTED } from '../../domain/candidate-fields';

interface Props {
  table: string;
  records: readonly { id: string; data: object }[];
}

/** Fields that are ids or technical: not shown in the readable file (they are in the JSON). */
const HIDDEN = new Set<string>([...CANDIDATE_FIELDS_NOT_EXPORTED, 'candidateId', 'candidateIds', 'sessionId', 'accompanimentId', 'adviserId', 'recordedBy', 'answers', 'adviserRatings', 'moduleDecisions', 'agreedLevels', 'orientation', 'scores', 'recommendations', 'questionnaireId', 'questionnaireVersion', 'workSiteId']);

export function PersonFileSection({ table, records }: Props) {
  const { t, i18n } = useTranslation();
  const titleId = `person-file-${table}`;
  return (
    <section aria-labelledby={titleId} className="person-file__section">
      <h2 id={titleId}>{t(`personFile.section.${table}`, { count: records.length })}</h2>
      {records.length === 0 ? <p>{t('personFile.none')}</p> : null}
      {records.map((record) => {
        const entries = Object.entries(record.data).filter(([field, value]) => !HIDDEN.has(field) && value !== null && value !== undefined && value !== '');
        return (
          <dl key={record.id} className="person-file__record">
            {entries.map(([field, value]) => (
              <div key={field} className="person-file__entry">
                <dt>{t(`personFile.field.${field}`, { defaultValue: field })}</dt>
                <dd>
                  <TypedText>{formatValue(field, value, i18n.language, t)}</TypedText>
                </dd>
              </div>
            ))}
          </dl>
        );
      })}
    </section>
  );
}
