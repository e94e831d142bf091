// /metiers: the network's métier catalogue (docs/metier-catalogue.md). Every account reads it
// (it is on the tablet, offline); administrators add métiers, correct their names and validity,
// and add, correct, retire or bring back their UCs. Nothing is ever deleted: a retired métier or
// UC keeps its code and label for the records that name it.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkspace } from '../../components/session/session-context';
import { useDocumentTitle } from '../../components/use-document-title';
import { useMetierCatalogue } from '../../components/metiers/use-metier-catalogue';
import { matching } from '../../components/metiers/MetierSelect';
import { brusselsDate } from '../../domain/dates';
import { NETWORK_SITE_ID, isCurrent, metierLabel, type CatalogueMetier } from '../../domain/metiers/catalogue';
import type { CatalogueUc } from '../../domain/metiers/schema';
import { formatDay } from '../../i18n/format';
import { MetierForm } from './MetierForm';
import { MetierUcList } from './MetierUcList';
import { draftOf, emptyMetierDraft, metierFieldsOf, type MetierDraft } from './metier-drafts';
import './metiers.css';
import { MetiersHeading, SaveMessageLine } from './MetiersPageParts';
import { SCREEN_PATHS } from '../../domain/screen-paths';
import { ColumnHeads } from '../../components/ColumnHeads';

export function MetierCataloguePage() {
  const { t, i18n } = useTranslation();
  useDocumentTitle(t('metiers.title'));
  const workspace = useWorkspace();
  const editable = workspace.user.role === 'admin';
  const repo = useMemo(() => workspace.repo('metiers'), [workspace]);
  const { catalogue } = useMetierCatalogue();
  const [query, setQuery] = useState('');
  const [selected, setSelected] = useState<string>();
  const [adding, setAdding] = useState(false);
  const [editingNames, setEditingNames] = useState(false);
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string }>();
  const today = brusselsDate();
  const language = i18n.language;

  const rows = useMemo(
    () => catalogue.map((entry) => ({ entry, label: metierLabel(catalogue, entry.code, language) })).sort((a, b) => a.label.localeCompare(b.label, language)),
    [catalogue, language],
  );
  const shown = query.trim() ? rows.filter((row) => matching([{ code: row.entry.code, label: row.label }], query).length > 0) : rows;
  const current = catalogue.find((entry) => entry.code === selected);

  async function write(action: () => Promise<void>, success: string) {
    setMessage(undefined);
    try {
      await action();
      setMessage({ tone: 'success', text: success });
    } catch {
      setMessage({ tone: 'error', text: t('metiers.saveFailed') });
    }
  }

  const saveMetier = (draft: MetierDraft, ucs: readonly CatalogueUc[], isNew: boolean) => {
    const fields = metierFieldsOf(draft, ucs);
    // A new record carries no cleared field; an edit clears a validity removed from the form.
    const written = isNew ? Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== null)) : fields;
    return write(() => repo.put(fields.code as string, NETWORK_SITE_ID, written), t(isNew ? 'metiers.saved.added' : 'metiers.saved.metier', { metier: draft.fr.trim() }));
  };
  const saveUcs = (entry: CatalogueMetier) => (ucs: CatalogueUc[], success: string) => write(() => repo.put(entry.code, NETWORK_SITE_ID, { code: entry.code, labels: entry.labels, ucs }), success);

  const status = (entry: CatalogueMetier) =>
    isCurrent(entry, today)
      ? entry.validTo
        ? t('metiers.validUntil', { date: formatDay(entry.validTo, language) })
        : t('metiers.current')
      : entry.validTo && entry.validTo < today
        ? t('metiers.retiredSince', { date: formatDay(entry.validTo, language) })
        : t('metiers.validFrom', { date: formatDay(entry.validFrom, language) });

  return (
    <>
      <MetiersHeading
        title={t('metiers.title')}
        intro={t('metiers.intro')}
        readOnly={t('metiers.readOnly')}
        editable={editable}
        linkTo={SCREEN_PATHS.siteMetiers}
        linkLabel={t('metiers.siteLink')}
      />
      <SaveMessageLine message={message} />
      {editable ? (
        adding ? (
          <MetierForm
            initial={emptyMetierDraft}
            isNew
            existingCodes={catalogue.map((entry) => entry.code)}
            onCancel={() => setAdding(false)}
            onSave={async (draft) => {
              await saveMetier(draft, [], true);
              setAdding(false);
              setSelected(draft.code.trim());
            }}
          />
        ) : (
          <button type="button" className="button button--primary" onClick={() => setAdding(true)}>
            {t('metiers.addMetier')}
          </button>
        )
      ) : null}
      <div className="field metier-search">
        <label htmlFor="metier-search" className="field__label">
          {t('metiers.search')}
        </label>
        <input id="metier-search" className="input" type="search" value={query} onChange={(event) => setQuery(event.target.value)} />
      </div>
      <div className="metier-table__scroll">
      <table className="metier-table">
        <caption>{t('metiers.tableCaption', { count: shown.length })}</caption>
        <ColumnHeads labels={[t('metiers.columns.metier'), t('metiers.columns.code'), t('metiers.columns.validity'), t('metiers.columns.ucs'), t('metiers.columns.open')]} />
        <tbody>
          {shown.map(({ entry, label }) => (
            <tr key={entry.code} aria-current={entry.code === selected ? 'true' : undefined}>
              <th scope="row">{label}</th>
              <td>
                <code>{entry.code}</code>
              </td>
              <td>{status(entry)}</td>
              <td>{entry.ucs.length}</td>
              <td>
                <button
                  type="button"
                  className="button"
                  aria-label={t('metiers.openLabel', { metier: label })}
                  onClick={() => {
                    setSelected(entry.code);
                    setEditingNames(false);
                  }}
                >
                  {t(editable ? 'metiers.edit' : 'metiers.show')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      </div>
      {current ? (
        <section className="metier-detail" aria-labelledby="metier-detail-title">
          <h2 id="metier-detail-title">{metierLabel(catalogue, current.code, language)}</h2>
          <dl className="metier-detail__names">
            <dt>{t('metiers.form.fr')}</dt>
            <dd lang="fr">{current.labels.fr}</dd>
            <dt>{t('metiers.form.nl')}</dt>
            <dd lang="nl">{current.labels.nl ?? t('metiers.missingName')}</dd>
            <dt>{t('metiers.form.en')}</dt>
            <dd lang="en">{current.labels.en ?? t('metiers.missingName')}</dd>
            <dt>{t('metiers.columns.validity')}</dt>
            <dd>{status(current)}</dd>
          </dl>
          {editable ? (
            editingNames ? (
              <MetierForm
                key={current.code}
                initial={draftOf(current)}
                isNew={false}
                existingCodes={[]}
                onCancel={() => setEditingNames(false)}
                onSave={async (draft) => {
                  await saveMetier(draft, current.ucs, false);
                  setEditingNames(false);
                }}
              />
            ) : (
              <button type="button" className="button" onClick={() => setEditingNames(true)}>
                {t('metiers.editNames')}
              </button>
            )
          ) : null}
          <MetierUcList metier={current} metierLabel={metierLabel(catalogue, current.code, language)} editable={editable} onSaveUcs={saveUcs(current)} />
        </section>
      ) : null}
    </>
  );
}

export { MetierCataloguePage as Component };
