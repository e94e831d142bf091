// /ucs: the UC code list of each métier, per site. Coordinators and administrators add, rename,
// deactivate and reactivate UCs (and delete one added by mistake); advisers see the list. Works
// offline: the list is a synced table, and the seed needs no record until someone changes it.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useWorkspace } from '../../components/session/session-context';
import { useDocumentTitle } from '../../components/use-document-title';
import { siteUcList, ucUseCount, type UcEntry } from '../../domain/ucs';
import { metierOptions } from './metier-options';
import { UcAddForm } from './UcAddForm';
import { UcRow } from './UcRow';
import { addUc, changeUc, deleteUc } from './uc-writes';
import { useSiteNames } from './use-site-names';
import { useUcData } from './use-uc-data';
import './ucs.css';

export function UcListsPage() {
  const { t, i18n } = useTranslation();
  useDocumentTitle(t('ucs.title'));
  const workspace = useWorkspace();
  const editable = workspace.user.role === 'coordinator' || workspace.user.role === 'admin';
  const { repos, ucs, usesBySite } = useUcData();
  const sites = useSiteNames();
  const metiers = useMemo(() => metierOptions(i18n.language), [i18n.language]);
  const [siteId, setSiteId] = useState(workspace.user.siteIds[0] ?? '');
  const [metier, setMetier] = useState(metiers.find((option) => option.code === 'aide-menager')?.code ?? metiers[0]?.code ?? '');
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string }>();
  const [deleting, setDeleting] = useState<UcEntry>();
  const [busy, setBusy] = useState(false);

  const list = useMemo(() => siteUcList(siteId, ucs ?? []), [siteId, ucs]);
  const ofMetier = list.filter((entry) => entry.metier === metier);
  const uses = usesBySite.get(siteId) ?? [];
  const metierLabel = metiers.find((option) => option.code === metier)?.label ?? metier;

  async function write(action: () => Promise<void>, success: string) {
    setMessage(undefined);
    try {
      await action();
      setMessage({ tone: 'success', text: success });
    } catch {
      setMessage({ tone: 'error', text: t('ucs.errors.saveFailed') });
    }
  }

  return (
    <>
      <h1>{t('ucs.title')}</h1>
      <p>{t('ucs.intro')}</p>
      {editable ? null : <p className="notice">{t('ucs.readOnly')}</p>}
      <div className="form-grid uc-choice">
        {sites.length > 1 ? (
          <div className="field">
            <label htmlFor="uc-site" className="field__label">
              {t('ucs.site')}
            </label>
            <select id="uc-site" className="input" value={siteId} onChange={(event) => setSiteId(event.target.value)}>
              {sites.map((site) => (
                <option key={site.code} value={site.code}>
                  {site.label}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        <div className="field">
          <label htmlFor="uc-metier" className="field__label">
            {t('ucs.metier')}
          </label>
          <select id="uc-metier" className="input" value={metier} onChange={(event) => setMetier(event.target.value)}>
            {metiers.map((option) => (
              <option key={option.code} value={option.code}>
                {t('ucs.metierOption', { metier: option.label, count: list.filter((entry) => entry.metier === option.code).length })}
              </option>
            ))}
          </select>
        </div>
      </div>
      {message ? (
        <p role={message.tone === 'error' ? 'alert' : 'status'} className={`notice notice--${message.tone}`}>
          {message.text}
        </p>
      ) : null}
      {ucs === undefined ? (
        <p>{t('ucs.loading')}</p>
      ) : ofMetier.length === 0 ? (
        <p>{t(editable ? 'ucs.none' : 'ucs.noneReadOnly')}</p>
      ) : (
        <ul className="uc-list" aria-label={t('ucs.listLabel', { metier: metierLabel })}>
          {ofMetier.map((entry) => (
            <UcRow
              key={`${siteId}/${entry.metier}/${entry.code}`}
              entry={entry}
              uses={ucUseCount(entry, uses)}
              editable={editable}
              onRename={(label) => write(() => changeUc(repos.ucs, siteId, entry, { label }), t('ucs.saved.renamed', { code: entry.code }))}
              onToggleActive={() =>
                write(
                  () => changeUc(repos.ucs, siteId, entry, { active: !entry.active }),
                  t(entry.active ? 'ucs.saved.deactivated' : 'ucs.saved.reactivated', { code: entry.code }),
                )
              }
              onDelete={() => setDeleting(entry)}
            />
          ))}
        </ul>
      )}
      {editable && siteId ? (
        <UcAddForm
          key={`${siteId}/${metier}`}
          metierLabel={metierLabel}
          existing={ofMetier}
          onAdd={(code, label) => write(() => addUc(repos.ucs, siteId, metier, code, label), t('ucs.saved.added', { code }))}
        />
      ) : null}
      {deleting ? (
        <ConfirmDialog
          title={t('ucs.deleteDialog.title')}
          text={t('ucs.deleteDialog.text', { code: deleting.code, label: deleting.label })}
          confirmLabel={t('ucs.deleteDialog.confirm')}
          cancelLabel={t('ucs.cancel')}
          busy={busy}
          onCancel={() => setDeleting(undefined)}
          onConfirm={() => {
            setBusy(true);
            void write(() => deleteUc(repos.ucs, deleting), t('ucs.saved.deleted', { code: deleting.code })).finally(() => {
              setBusy(false);
              setDeleting(undefined);
            });
          }}
        />
      ) : null}
    </>
  );
}

export { UcListsPage as Component };
