// A section of entries that can be added, corrected in place and deleted after a confirmation
// (docs/architecture.md, "Record forms"): the list, "Corriger" and "Supprimer" on each entry, the
// form where the entry was (or below the list for a new one). The features give the words, the
// entry's text and the form; the caller holds which entry is being edited (`NEW_RECORD` for a new one).
import type { ReactNode } from 'react';
import { ConfirmedActionButton } from '../ConfirmedActionButton';

export const NEW_RECORD = 'new';
/** The id of the entry whose form is open, `NEW_RECORD`, or null. */
export type Editing = string | null;

export interface RecordWords {
  correct: string;
  delete: string;
  confirmDelete: string;
  keep: string;
}

export interface RecordEntry {
  /** The entry in words (title, details). */
  text: ReactNode;
  /** "Corriger …" naming the entry, for a screen reader. */
  correctLabel: string;
  /** "Supprimer …" naming the entry, and the confirmation's title and question. */
  deleteLabel: string;
  deleteTitle: string;
  deleteText: string;
  /** Actions before "Corriger" (close, reopen). */
  actions?: ReactNode;
  /** After the actions, inside the entry (a dialog, a second form). */
  after?: ReactNode;
}

interface RecordSectionProps<R extends { id: string }> {
  headingId: string;
  title: string;
  /** Under the title (a hint). */
  intro?: ReactNode;
  empty: string;
  records: readonly R[];
  words: RecordWords;
  editing: Editing;
  onEdit: (editing: Editing) => void;
  entry: (record: R) => RecordEntry;
  form: (record?: R) => ReactNode;
  onDelete: (record: R) => Promise<void>;
  addLabel: string;
  /** Said instead of the add button when nothing can be added yet. */
  cannotAdd?: ReactNode;
}

export function RecordSection<R extends { id: string }>({ headingId, title, intro, empty, records, words, editing, onEdit, entry, form, onDelete, addLabel, cannotAdd }: RecordSectionProps<R>) {
  return (
    <section className="file-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      {intro}
      {records.length === 0 ? <p>{empty}</p> : null}
      <ul className="file-records">
        {records.map((record) => {
          if (editing === record.id) {
            return (
              <li key={record.id} className="file-record">
                {form(record)}
              </li>
            );
          }
          const shown = entry(record);
          return (
            <li key={record.id} className="file-record">
              <div className="file-record__text">{shown.text}</div>
              <div className="file-record__actions">
                {shown.actions}
                <button type="button" className="button" aria-label={shown.correctLabel} onClick={() => onEdit(record.id)}>
                  {words.correct}
                </button>
                <ConfirmedActionButton
                  label={words.delete}
                  ariaLabel={shown.deleteLabel}
                  title={shown.deleteTitle}
                  text={shown.deleteText}
                  confirmLabel={words.confirmDelete}
                  cancelLabel={words.keep}
                  onConfirm={() => onDelete(record)}
                  closeWhenDone
                />
              </div>
              {shown.after}
            </li>
          );
        })}
      </ul>
      {editing === NEW_RECORD ? (
        form()
      ) : cannotAdd ? (
        cannotAdd
      ) : (
        <button type="button" className="button button--primary" onClick={() => onEdit(NEW_RECORD)}>
          {addLabel}
        </button>
      )}
    </section>
  );
}
