// One UC of a métier's list: code, title and state; for coordinators, rename it, deactivate or
// reactivate it, and delete it when it was a mistake (never a UC of the starting list, never one
// an attempt uses: those are deactivated instead, and their attempts keep their code).
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { checkUcDraft, type UcEntry } from '../../domain/ucs';
import { UcTextField } from './UcTextField';
import { TypedText } from '../../components/PersonName';

interface UcRowProps {
  entry: UcEntry;
  uses: number;
  editable: boolean;
  onRename: (label: string) => Promise<void>;
  onToggleActive: () => Promise<void>;
  onDelete: () => void;
}

export function UcRow({ entry, uses, editable, onRename, onToggleActive, onDelete }: UcRowProps) {
  const { t } = useTranslation();
  const id = useId();
  const [renaming, setRenaming] = useState(false);
  const [label, setLabel] = useState(entry.label);
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const deletable = editable && !entry.seeded && uses === 0;

  async function run(action: () => Promise<void>) {
    setBusy(true);
    try {
      await action();
    } finally {
      setBusy(false);
    }
  }

  function saveLabel(event: FormEvent) {
    event.preventDefault();
    const found = checkUcDraft({ code: entry.code, label }, [], entry.code);
    setError(found.label ? t(`ucs.errors.${found.label}`) : undefined);
    if (found.label) return;
    void run(async () => {
      await onRename(label.trim());
      setRenaming(false);
    });
  }

  const facts = [entry.active ? null : t('ucs.inactive'), entry.seeded ? t('ucs.seeded') : null, uses > 0 ? t('ucs.inUse', { count: uses }) : null].filter(Boolean);

  return (
    <li className={entry.active ? 'uc-row' : 'uc-row uc-row--inactive'}>
      <p className="uc-row__title">
        <strong>{entry.code}</strong> — <TypedText>{entry.label}</TypedText>
      </p>
      {facts.length > 0 ? <p className="uc-row__facts">{facts.join(' · ')}</p> : null}
      {renaming ? (
        <form noValidate onSubmit={saveLabel} className="uc-row__rename">
          <UcTextField id={`${id}-label`} label={t('ucs.newLabel', { code: entry.code })} value={label} required error={error} onChange={setLabel} />
          <div className="form-actions">
            <button type="submit" className="button button--primary" disabled={busy}>
              {t('ucs.saveLabel')}
            </button>
            <button
              type="button"
              className="button"
              onClick={() => {
                setRenaming(false);
                setLabel(entry.label);
                setError(undefined);
              }}
            >
              {t('ucs.cancel')}
            </button>
          </div>
        </form>
      ) : editable ? (
        <div className="form-actions">
          <button type="button" className="button" onClick={() => setRenaming(true)}>
            {t('ucs.rename', { code: entry.code })}
          </button>
          <button type="button" className="button" disabled={busy} onClick={() => void run(onToggleActive)}>
            {t(entry.active ? 'ucs.deactivate' : 'ucs.reactivate', { code: entry.code })}
          </button>
          {deletable ? (
            <button type="button" className="button button--danger" onClick={onDelete}>
              {t('ucs.delete', { code: entry.code })}
            </button>
          ) : null}
        </div>
      ) : null}
    </li>
  );
}
