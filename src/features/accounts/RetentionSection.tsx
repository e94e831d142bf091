// "Conservation des dossiers": per site, how many years after the last action a closed file is
// anonymised automatically (src/domain/retention.ts; default five). Coordinators change it online.
// Each site's row is one record form (docs/architecture.md, "Record forms").
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { FormInput } from '../../components/form/form-controls';
import { useRecordForm } from '../../components/form/use-record-form';
import type { RetentionSetting } from '../../domain/accounts';
import { MAX_RETENTION_YEARS, MIN_RETENTION_YEARS } from '../../domain/retention';
import type { AccountsApi } from '../../sync/accounts-api';
import { failureKey } from './server-issues';

interface Props {
  api: AccountsApi;
  online: boolean;
  siteName(siteId: string): string;
}

const RANGE = { min: MIN_RETENTION_YEARS, max: MAX_RETENTION_YEARS };

/** A whole number of years in the range, as typed. */
const retentionValues = z.object({
  years: z.string().refine((text) => /^\s*\d+\s*$/.test(text) && Number(text) >= MIN_RETENTION_YEARS && Number(text) <= MAX_RETENTION_YEARS, {
    message: 'retention.invalid',
  }),
});
type RetentionValues = z.infer<typeof retentionValues>;

export function RetentionSection({ api, online, siteName }: Props) {
  const { t } = useTranslation();
  const [sites, setSites] = useState<RetentionSetting[]>();

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

  if (!sites) return null;
  return (
    <section aria-labelledby="retention-title" className="panel">
      <h2 id="retention-title">{t('retention.title')}</h2>
      <p>{t('retention.intro')}</p>
      {sites.map((site) => (
        <RetentionRow
          key={site.siteId}
          site={site}
          online={online}
          label={t('retention.label', { site: siteName(site.siteId) })}
          save={async (years) => {
            const saved = await api.setRetention(site.siteId, years);
            setSites((previous) => previous?.map((row) => (row.siteId === site.siteId ? saved : row)));
            return t('retention.saved', { site: siteName(site.siteId), count: years });
          }}
        />
      ))}
    </section>
  );
}

function RetentionRow({ site, online, label, save }: { site: RetentionSetting; online: boolean; label: string; save: (years: number) => Promise<string> }) {
  const { t } = useTranslation();
  const [saved, setSaved] = useState<string>();
  const { form, submit, failure, errors } = useRecordForm<RetentionValues>({
    schema: retentionValues,
    defaultValues: { years: String(site.years) },
    save: async ({ years }) => setSaved(await save(Number(years))),
  });
  return (
    <form
      className="retention-row"
      onSubmit={(event) => {
        setSaved(undefined);
        void submit(event);
      }}
      noValidate
    >
      <FormInput
        control={form.control}
        field="years"
        name={`retention-${site.siteId}`}
        label={label}
        type="number"
        inputProps={RANGE}
        errorValues={RANGE}
      />
      <button type="submit" className="button" disabled={!online}>
        {t('retention.save')}
      </button>
      {failure || errors.root ? (
        <p className="field__error" role="alert">
          {t(failure ? failureKey(failure.error) : 'accounts.error.generic')}
        </p>
      ) : saved ? (
        <p role="status">{saved}</p>
      ) : null}
    </form>
  );
}
