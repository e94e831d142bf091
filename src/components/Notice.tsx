// A short status message (confirmation, offline login). role=status so it is announced politely.
import { useTranslation } from 'react-i18next';

interface NoticeProps {
  message: string;
  tone?: 'info' | 'success' | 'error';
  onDismiss?: () => void;
}

export function Notice({ message, tone = 'info', onDismiss }: NoticeProps) {
  const { t } = useTranslation();
  return (
    <div className={`notice notice--${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      <p className="notice__text">{message}</p>
      {onDismiss ? (
        <button type="button" className="button button--quiet" onClick={onDismiss}>
          {t('notice.dismiss')}
        </button>
      ) : null}
    </div>
  );
}
