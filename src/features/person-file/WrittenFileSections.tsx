// The person's complete file as the server wrote it: each section's records as labelled values,
// already in words (codes, dates, consent), with the site that holds each record.
import { useTranslation } from 'react-i18next';
import type { WrittenPersonFile } from '../../domain/written-person-file';

export function WrittenFileSections({ file }: { file: WrittenPersonFile }) {
  const { t } = useTranslation();
  return (
    <>
      {file.sections.map((section) => (
        <section key={section.key} aria-labelledby={`person-file-${section.key}`} className="person-file__section">
          <h2 id={`person-file-${section.key}`}>{section.title}</h2>
          {section.records.length === 0 ? <p>{t('personFile.none')}</p> : null}
          {section.records.map((record, index) => (
            <dl key={index} className="person-file__record">
              <div className="person-file__entry">
                <dt>{t('personFile.field.site')}</dt>
                <dd>{record.site}</dd>
              </div>
              {record.entries.map((entry, position) => (
                <div key={position} className="person-file__entry">
                  <dt>{entry.label}</dt>
                  <dd>{entry.value}</dd>
                </div>
              ))}
            </dl>
          ))}
        </section>
      ))}
    </>
  );
}
