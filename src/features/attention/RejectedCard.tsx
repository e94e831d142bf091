// One change the server refused, with the reason in words and what the adviser can do.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { RejectedEntry } from './attention-model';
import { fieldLabel, formatInstant } from './format-values';
import { SCREEN_PATHS } from '../../domain/screen-paths';

interface RejectedCardProps {
  entry: RejectedEntry;
  recordName: string;
  onIgnore: (entry: RejectedEntry) => void;
}

export function RejectedCard({ entry, recordName, onIgnore }: RejectedCardProps) {
  const { t, i18n } = useTranslation();
  const titleId = useId();
  const table = t(`attention.tables.${entry.table}`);

  const reasons =
    (entry.error === 'invalid' || entry.error === 'consent') && entry.issues.length > 0
      ? entry.issues.map((issue) => {
          const field = typeof issue.path[0] === 'string' ? fieldLabel(t, entry.table, issue.path[0]) : table;
          const message = issue.code ? t(`validation.${issue.code}`, { defaultValue: issue.message ?? t('attention.reasons.invalid') }) : (issue.message ?? '');
          return t('attention.reasons.invalidField', { field, message });
        })
      : [t(['forbidden', 'forbidden_site', 'erased', 'invalid'].includes(entry.error) ? `attention.reasons.${entry.error}` : 'attention.reasons.other', { error: entry.error })];

  return (
    <article className="form-section attention-card" aria-labelledby={titleId}>
      <h3 id={titleId}>{t('attention.rejectedTitle', { table, record: recordName })}</h3>
      <p className="field__hint">{t('attention.rejectedMeta', { when: formatInstant(entry.createdAt, i18n.language) })}</p>
      {entry.fields.length > 0 ? (
        <p>{t('attention.changedFields', { fields: entry.fields.map((field) => fieldLabel(t, entry.table, field)).join(', ') })}</p>
      ) : null}
      <ul>
        {reasons.map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ul>
      <div className="form-actions">
        {entry.table === 'candidates' && entry.error !== 'erased' ? (
          <Link to={SCREEN_PATHS.candidate(entry.recordId)} className="button button--primary">
            {t('attention.fix')}
          </Link>
        ) : null}
        <button type="button" className="button" onClick={() => onIgnore(entry)}>
          {t('attention.ignore')}
        </button>
      </div>
    </article>
  );
}
