// "Conservation des dossiers": per site, how many years after the last action a closed file is
// anonymised automatically (src/domain/retention.ts; default five). Coordinators change it online.
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { RetentionSetting } from '../../domain/accounts';
import { MAX_RETENTION_YEARS, MIN_RETENTION_YEARS } from '../../domain/retention';
import type { AccountsApi } from '../../sync/accounts-api';
import { failureKey } from './server-issues';

interface Props {
  api: AccountsApi;
  online: boolean;
  siteName(siteId: string): string;
}

export function RetentionSection({ api, online, siteName }: Props) {
  const { t } = useTranslation();
  const [sites, setSites] = useState<RetentionSetting[]>();
  const [typed, setTyped] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ siteId: string; text: string; error: boolean }>();

  useEffect(() => {
    if (!online) return;
    let live = true;
    api.retention().then(
      (list) => live && setSites(list),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [api, online]);

  async function save(event: FormEvent, siteId: string) {
    event.preventDefault();
    const text = typed[siteId] ?? '';
    const years = /^\s*\d+\s*$/.test(text) ? Number(text) : Number.NaN;
    if (!(years >= MIN_RETENTION_YEARS && years <= MAX_RETENTION_YEARS)) {
      setMessage({ siteId, text: t('retention.invalid', { min: MIN_RETENTION_YEARS, max: MAX_RETENTION_YEARS }), error: true });
      return;
    }
    try {
      const saved = await api.setRetention(siteId, years);
      setSites((previous) => previous?.map((site) => (site.siteId === siteId ? saved : site)));
      setMessage({ siteId, text: t('retention.saved', { site: siteName(siteId), count: years }), error: false });
    } catch (error) {
      setMessage({ siteId, text: t(failureKey(error)), error: true });
    }
  }

  if (!sites) return null;
  return (
    <section aria-labelledby="retention-title" className="panel">
      <h2 id="retention-title">{t('retention.title')}</h2>
      <p>{t('retention.intro')}</p>
      {sites.map((site) => (
        <form key={site.siteId} className="retention-row" onSubmit={(event) => void save(event, site.siteId)} noValidate>
          <label htmlFor={`retention-${site.siteId}`}>{t('retention.label', { site: siteName(site.siteId) })}</label>
          <input
            id={`retention-${site.siteId}`}
            className="input retention-row__years"
            type="number"
            inputMode="numeric"
            min={MIN_RETENTION_YEARS}
            max={MAX_RETENTION_YEARS}
            value={typed[site.siteId] ?? String(site.years)}
            onChange={(event) => setTyped((previous) => ({ ...previous, [site.siteId]: event.target.value }))}
            aria-describedby={message?.siteId === site.siteId ? `retention-${site.siteId}-message` : undefined}
          />
          <button type="submit" className="button" disabled={!online}>
            {t('retention.save')}
          </button>
          {message?.siteId === site.siteId ? (
            <p id={`retention-${site.siteId}-message`} className={message.error ? 'field__error' : undefined} role={message.error ? 'alert' : 'status'}>
              {message.text}
            </p>
          ) : null}
        </form>
      ))}
    </section>
  );
}
