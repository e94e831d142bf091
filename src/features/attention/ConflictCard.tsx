// One open conflict: which record and field, the two values side by side in words, who sent them
// and when, and the three ways to settle it (online only).
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConflictEntry } from './attention-model';
import { codeOptions, fieldLabel, formatInstant, formatValue, otherValueInput } from './format-values';
import type { ResolveChoice } from '../../sync/conflicts-api';
import { TypedText } from '../../components/PersonName';
import { isolatedText } from '../../domain/bidi';

interface ConflictCardProps {
  conflict: ConflictEntry;
  recordName: string;
  canResolve: boolean;
  busy: boolean;
  onResolve: (conflict: ConflictEntry, choice: ResolveChoice) => void;
}

export function ConflictCard({ conflict, recordName, canResolve, busy, onResolve }: ConflictCardProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const titleId = useId();
  const otherId = useId();
  const offlineHintId = useId();
  const field = fieldLabel(t, conflict.table, conflict.field);
  // Values are often typed text (a name): safe inside the "Keep « … »" buttons too.
  const serverText = isolatedText(formatValue(t, language, conflict.table, conflict.field, conflict.serverValue));
  const clientText = isolatedText(formatValue(t, language, conflict.table, conflict.field, conflict.clientValue));
  const inputKind = otherValueInput(t, language, conflict.table, conflict.field);
  const options = codeOptions(t, language, conflict.table, conflict.field);
  const [other, setOther] = useState('');
  const disabled = !canResolve || busy;
  const describedBy = canResolve ? undefined : offlineHintId;

  function submitOther() {
    if (inputKind === 'select') {
      const option = options?.find((entry) => String(entry.code) === other);
      if (option) onResolve(conflict, { choice: 'value', value: option.code });
      return;
    }
    const text = other.trim();
    onResolve(conflict, { choice: 'value', value: text === '' ? null : text });
  }

  const serverHeading = conflict.serverUserName
    ? t('attention.serverValueBy', { name: isolatedText(conflict.serverUserName) })
    : t(conflict.fromThisDevice ? 'attention.serverValueOther' : 'attention.serverValue');
  const clientHeading = conflict.clientUserName
    ? t(conflict.fromThisDevice ? 'attention.clientValueThisBy' : 'attention.clientValueBy', { name: isolatedText(conflict.clientUserName) })
    : t(conflict.fromThisDevice ? 'attention.clientValueThis' : 'attention.clientValueOther');

  return (
    <article className="form-section attention-card" aria-labelledby={titleId}>
      <h3 id={titleId}>{t('attention.conflictTitle', { field, record: recordName })}</h3>
      <p className="field__hint">
        {t('attention.conflictMeta', { table: t(`attention.tables.${conflict.table}`), when: formatInstant(conflict.createdAt, language) })}
      </p>
      <div className="form-grid">
        <div>
          <h4>{serverHeading}</h4>
          <p className="attention-value">
            <TypedText>{serverText}</TypedText>
          </p>
        </div>
        <div>
          <h4>{clientHeading}</h4>
          <p className="attention-value">
            <TypedText>{clientText}</TypedText>
          </p>
        </div>
      </div>
      {canResolve ? null : (
        <p id={offlineHintId} className="field__hint">
          {t('attention.offlineActions')}
        </p>
      )}
      <div className="form-actions">
        <button
          type="button"
          className="button"
          disabled={disabled}
          aria-describedby={describedBy}
          onClick={() => onResolve(conflict, { choice: 'server' })}
        >
          {t('attention.keepValue', { value: serverText })}
        </button>
        <button
          type="button"
          className="button"
          disabled={disabled}
          aria-describedby={describedBy}
          onClick={() => onResolve(conflict, { choice: 'client' })}
        >
          {t('attention.keepValue', { value: clientText })}
        </button>
      </div>
      {inputKind ? (
        <form
          className="field"
          style={{ marginTop: '1rem' }}
          onSubmit={(event) => {
            event.preventDefault();
            submitOther();
          }}
        >
          <label htmlFor={otherId} className="field__label">
            {t('attention.otherValue', { field })}
          </label>
          <div className="form-actions">
            {inputKind === 'select' ? (
              <select id={otherId} className="input" value={other} disabled={disabled} onChange={(event) => setOther(event.target.value)}>
                <option value="">{t('form.choose')}</option>
                {(options ?? []).map((option) => (
                  <option key={String(option.code)} value={String(option.code)}>
                    {option.label}
                  </option>
                ))}
              </select>
            ) : (
              <input
                id={otherId}
                className="input"
                type="text"
                value={other}
                disabled={disabled}
                autoComplete="off"
                onChange={(event) => setOther(event.target.value)}
              />
            )}
            <button
              type="submit"
              className="button button--primary"
              disabled={disabled || (inputKind === 'select' && other === '')}
              aria-describedby={describedBy}
            >
              {t('attention.useOtherValue')}
            </button>
          </div>
        </form>
      ) : null}
    </article>
  );
}
