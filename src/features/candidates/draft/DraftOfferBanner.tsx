// "A draft of this form was kept (saved at 14:32): resume it or discard it?" Discarding asks first.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { formatInstant } from '../../../i18n/format';

const formatTime = (instant: string, language: string) => formatInstant(instant, language);

export function DraftOfferBanner({ updatedAt, onResume, onDiscard }: { updatedAt: string; onResume: () => void; onDiscard: () => Promise<void> }) {
  const { t, i18n } = useTranslation();
  const [asking, setAsking] = useState(false);
  return (
    <div className="notice notice--info draft-offer" role="status">
      <p className="notice__text">{t('draft.offer', { time: formatTime(updatedAt, i18n.language) })}</p>
      <div className="draft-offer__actions">
        <button type="button" className="button button--primary" onClick={onResume}>
          {t('draft.resume')}
        </button>
        <button type="button" className="button button--danger" onClick={() => setAsking(true)}>
          {t('draft.discard')}
        </button>
      </div>
      {asking ? <DiscardDraftDialog onCancel={() => setAsking(false)} onConfirm={() => void onDiscard().finally(() => setAsking(false))} /> : null}
    </div>
  );
}

export function DiscardDraftDialog({ onCancel, onConfirm }: { onCancel: () => void; onConfirm: () => void }) {
  const { t } = useTranslation();
  return (
    <ConfirmDialog
      title={t('draft.confirmTitle')}
      text={t('draft.confirmText')}
      confirmLabel={t('draft.confirm')}
      cancelLabel={t('draft.keep')}
      onConfirm={onConfirm}
      onCancel={onCancel}
    />
  );
}

/** "Abandonner la saisie", with a confirmation: wipes what was typed and its draft. */
export function DiscardInputButton({ onDiscard }: { onDiscard: () => Promise<void> }) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  return (
    <>
      <button type="button" className="button" onClick={() => setAsking(true)}>
        {t('draft.discardInput')}
      </button>
      {asking ? <DiscardDraftDialog onCancel={() => setAsking(false)} onConfirm={() => void onDiscard().finally(() => setAsking(false))} /> : null}
    </>
  );
}
