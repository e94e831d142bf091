// "Transférer vers un autre site": the coordinator picks one of their other sites (any site for an
// administrator), confirms after reading what moves with the person and what stays, and the
// server moves the file; the next sync brings it back to this tablet on its new site. A handover
// note goes with it only when the coordinator ticks that the person agrees (docs/transfers.md).
// The form is written in the record forms' idiom (docs/architecture.md, "Record forms"): its check
// opens the confirmation, which sends the transfer.
import { useId, useState } from 'react';
import { useController } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useWorkspace } from '../../components/session/session-context';
import { fileAdminFailure, type FileAdminApi, type FileAdminFailure } from '../../sync/file-admin-api';
import type { LocalRecord } from '../../sync/workspace';
import { FormSelect, FormTextArea } from '../../components/form/form-controls';
import { useRecordForm } from '../../components/form/use-record-form';
import { requiredChoice } from '../../components/form/value-schemas';
import { FileAdminError } from './file-admin-errors';
import { personName } from './person-name';
import { isolatedText } from '../../domain/bidi';

/** A site to move to; a handover note only with the person's agreement. */
const transferSchema = z
  .object({ siteId: requiredChoice, handover: z.string(), agreed: z.boolean() })
  .superRefine((values, ctx) => {
    if (values.handover.trim() !== '' && !values.agreed) ctx.addIssue({ code: 'custom', path: ['agreed'], message: 'handoverNeedsAgreement' });
  });
type TransferValues = z.infer<typeof transferSchema>;

interface TransferFileProps {
  candidate: LocalRecord<'candidates'>;
  sites: readonly LocalRecord<'sites'>[];
  api: FileAdminApi;
  onCancel: () => void;
  onDone: (message: string) => void;
}

export function TransferFile({ candidate, sites, api, onCancel, onDone }: TransferFileProps) {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const headingId = useId();
  const [asking, setAsking] = useState(false);
  const { form, submit, errors } = useRecordForm<TransferValues>({
    schema: transferSchema,
    defaultValues: { siteId: '', handover: '', agreed: false },
    save: async () => setAsking(true),
  });
  const {
    field: { value: agreed, onChange: setAgreed, onBlur: leaveAgreed, ref: agreedInput },
  } = useController({ control: form.control, name: 'agreed' });
  const [siteId, handover] = form.watch(['siteId', 'handover']);
  const agreementMissing = errors.agreed !== undefined;
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<FileAdminFailure | null>(null);

  const { user } = workspace;
  const siteName = (id: string) => isolatedText(sites.find((site) => site.id === id)?.data.name ?? id);
  const held = user.role === 'admin' ? sites.map((site) => site.id) : user.siteIds;
  const options = held.filter((id) => id !== candidate.siteId).map((id) => ({ code: id, label: siteName(id) }));
  const name = personName(candidate, t('candidateFile.noName'));

  function confirm() {
    setBusy(true);
    setFailure(null);
    api
      .transfer(candidate.id, siteId, handover.trim() || undefined)
      // The moved records come back with the next pull; a failed sync only delays them.
      .then(() => workspace.sync.syncNow().catch(() => undefined))
      .then(() => onDone(t('fileAdmin.transfer.done', { site: siteName(siteId) })))
      .catch((error: unknown) => {
        setFailure(fileAdminFailure(error));
        setBusy(false);
        setAsking(false);
      });
  }

  return (
    <div className="file-admin__panel" role="group" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('fileAdmin.transfer.title')}</h3>
      {options.length === 0 ? (
        <p>{t('fileAdmin.transfer.noSite')}</p>
      ) : (
        <form noValidate onSubmit={(event) => void submit(event)}>
          <FormSelect
            control={form.control}
            field="siteId"
            name="transfer-site"
            label={t('fileAdmin.transfer.site')}
            hint={errors.siteId ? t('fileAdmin.transfer.siteRequired') : undefined}
            required
            options={options}
          />
          <FormTextArea
            control={form.control}
            field="handover"
            name="transfer-handover"
            label={t('fileAdmin.transfer.handoverNote')}
            hint={t('fileAdmin.transfer.handoverHint', { from: siteName(candidate.siteId) })}
          />
          {handover.trim() !== '' ? (
            <div className={agreementMissing ? 'field field--invalid' : 'field'}>
              <label className="choice">
                <input
                  ref={agreedInput}
                  type="checkbox"
                  name="transfer-agreed"
                  checked={agreed}
                  aria-invalid={agreementMissing || undefined}
                  aria-describedby={agreementMissing ? 'transfer-agreed-error' : undefined}
                  onChange={(event) => {
                    setAgreed(event.target.checked);
                    form.clearErrors('agreed');
                  }}
                  onBlur={leaveAgreed}
                />
                <span>{t('fileAdmin.transfer.personAgreed')}</span>
              </label>
              {agreementMissing ? (
                <p id="transfer-agreed-error" className="field__error" role="alert">
                  {t('validation.handoverNeedsAgreement')}
                </p>
              ) : null}
            </div>
          ) : null}
          <FileAdminError failure={failure} />
          <div className="form-actions">
            <button type="button" className="button" onClick={onCancel}>
              {t('fileAdmin.cancel')}
            </button>
            <button type="submit" className="button button--primary">
              {t('fileAdmin.transfer.submit')}
            </button>
          </div>
        </form>
      )}
      {asking ? (
        <ConfirmDialog
          title={t('fileAdmin.transfer.confirmTitle', { name, site: siteName(siteId) })}
          text={
            <>
              <p>{t('fileAdmin.transfer.moves')}</p>
              <p>{t('fileAdmin.transfer.stays', { from: siteName(candidate.siteId) })}</p>
            </>
          }
          confirmLabel={busy ? t('fileAdmin.transfer.busy') : t('fileAdmin.transfer.confirm')}
          cancelLabel={t('fileAdmin.cancel')}
          busy={busy}
          lockWhileBusy
          onConfirm={confirm}
          onCancel={() => setAsking(false)}
        />
      ) : null}
    </div>
  );
}
