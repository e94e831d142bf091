// /metiers/site: the métiers a site accompanies (synced table `siteMetiers`, one record per site
// whose id is the site's). The site's coordinators (and administrators) choose them; advisers see
// them. Pickers offer them first, then the rest of the catalogue (docs/metier-catalogue.md).
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LabelledSelect } from '../../components/form/LabelledField';
import { useWorkspace } from '../../components/session/session-context';
import { useDocumentTitle } from '../../components/use-document-title';
import { useMetierCatalogue } from '../../components/metiers/use-metier-catalogue';
import { matching } from '../../components/metiers/MetierSelect';
import { brusselsDate } from '../../domain/dates';
import { metierChoices, metierOptionList } from '../../domain/metiers/catalogue';
import { useSiteNames } from '../../components/use-site-names';
import './metiers.css';
import { MetiersHeading, SaveMessageLine } from './MetiersPageParts';
import { SCREEN_PATHS } from '../../domain/screen-paths';

export function SiteMetiersPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('metiers.site.title'));
  const workspace = useWorkspace();
  const editable = workspace.user.role === 'coordinator' || workspace.user.role === 'admin';
  const repo = useMemo(() => workspace.repo('siteMetiers'), [workspace]);
  const { metiersOfSite, loaded } = useMetierCatalogue();
  const sites = useSiteNames();
  const [siteId, setSiteId] = useState(workspace.user.siteIds[0] ?? '');
  const saved = metiersOfSite(siteId);
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string }>();

  async function save(chosen: string[]) {
    setMessage(undefined);
    try {
      await repo.put(siteId, siteId, { metiers: chosen });
      setMessage({ tone: 'success', text: t('metiers.site.saved', { count: chosen.length }) });
    } catch {
      setMessage({ tone: 'error', text: t('metiers.saveFailed') });
    }
  }

  return (
    <>
      <MetiersHeading
        title={t('metiers.site.title')}
        intro={t('metiers.site.intro')}
        readOnly={t('metiers.site.readOnly')}
        editable={editable}
        linkTo={SCREEN_PATHS.metiers}
        linkLabel={t('metiers.catalogueLink')}
      />
      {sites.length > 1 ? (
        <LabelledSelect id="site-metiers-site" label={t('metiers.site.site')} value={siteId} options={sites} onChange={setSiteId} />
      ) : null}
      <SaveMessageLine message={message} />
      {/* Keyed by the saved choice: a site change or a pulled change starts the form again from it. */}
      {loaded ? <SiteMetierChoice key={`${siteId}\n${saved.join('\n')}`} saved={saved} editable={editable && Boolean(siteId)} onSave={save} /> : <p>{t('metiers.loading')}</p>}
    </>
  );
}

function SiteMetierChoice({ saved, editable, onSave }: { saved: string[]; editable: boolean; onSave: (chosen: string[]) => Promise<void> }) {
  const { t, i18n } = useTranslation();
  const { catalogue } = useMetierCatalogue();
  const [chosen, setChosen] = useState<string[]>(saved);
  const [query, setQuery] = useState('');
  const options = metierOptionList(metierChoices(catalogue, i18n.language, { date: brusselsDate(), keep: chosen }));
  const shown = query.trim() ? matching(options, query) : options;
  const changed = [...chosen].sort().join('\n') !== [...saved].sort().join('\n');

  return (
    <>
      <div className="field metier-search">
        <label htmlFor="site-metiers-search" className="field__label">
          {t('metiers.search')}
        </label>
        <input id="site-metiers-search" className="input" type="search" value={query} onChange={(event) => setQuery(event.target.value)} />
      </div>
      {
        <fieldset className="form-section">
          <legend>{t('metiers.site.legend', { count: chosen.length })}</legend>
          <ul className="site-metiers">
            {shown.map((option) => (
              <li key={option.code}>
                <label className="choice">
                  <input
                    type="checkbox"
                    checked={chosen.includes(option.code)}
                    disabled={!editable}
                    onChange={(event) => setChosen((previous) => (event.target.checked ? [...previous, option.code] : previous.filter((code) => code !== option.code)))}
                  />
                  <span>{option.label}</span>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      }
      {editable ? (
        <div className="form-actions">
          <button type="button" className="button button--primary" disabled={!changed} onClick={() => void onSave(chosen)}>
            {t('metiers.site.save')}
          </button>
        </div>
      ) : null}
    </>
  );
}

export { SiteMetiersPage as Component };
