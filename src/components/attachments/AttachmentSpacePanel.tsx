// The tablet's space for attachments (docs/attachments.md, "Space budget"): what photos and voices
// take here, what still waits to be sent (never removed), and the budget for received ones.
import { useCallback, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ATTACHMENT_BUDGET_CHOICES, type AttachmentSpace } from '../../db/attachment-bytes';
import { formatNumber } from '../../i18n/format';
import { useWorkspace } from '../session/session-context';

export function AttachmentSpacePanel() {
  const { t, i18n } = useTranslation();
  const attachments = useWorkspace().attachments;
  const [space, setSpace] = useState<AttachmentSpace | undefined>();
  const headingId = useId();
  const budgetId = useId();

  const read = useCallback(() => {
    let active = true;
    void attachments.space().then((figures) => {
      if (active) setSpace(figures);
    });
    return () => {
      active = false;
    };
  }, [attachments]);
  useEffect(read, [read]);

  if (!space) return null;
  const megabytes = (bytes: number) => formatNumber(bytes / 1024 / 1024, i18n.language, { maximumFractionDigits: bytes < 10 * 1024 * 1024 ? 1 : 0 });
  return (
    <section aria-labelledby={headingId} className="attachment-space">
      <h2 id={headingId}>{t('attachments.space.title')}</h2>
      <p>{t('attachments.space.used', { used: megabytes(space.usedBytes), budget: megabytes(space.budgetBytes) })}</p>
      <p>{space.pendingCount > 0 ? t('attachments.space.pending', { count: space.pendingCount, size: megabytes(space.pendingBytes) }) : t('attachments.space.nonePending')}</p>
      <div className="field">
        <label className="field__label" htmlFor={budgetId}>
          {t('attachments.space.budget')}
        </label>
        <select
          id={budgetId}
          className="input"
          value={space.budgetBytes}
          onChange={(event) => void attachments.setBudget(Number(event.target.value)).then(read)}
          aria-describedby={`${budgetId}-hint`}
        >
          {ATTACHMENT_BUDGET_CHOICES.map((bytes) => (
            <option key={bytes} value={bytes}>
              {t('attachments.space.budgetOption', { size: megabytes(bytes) })}
            </option>
          ))}
        </select>
        <p id={`${budgetId}-hint`} className="field__hint">
          {t('attachments.space.budgetHint')}
        </p>
      </div>
    </section>
  );
}
