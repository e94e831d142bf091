// /modules/nouveau: plan a session on one of the adviser's sites, then open it to enrol people.
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useWorkspace } from '../../components/session/session-context';
import { useDocumentTitle } from '../../components/use-document-title';
import { SessionForm } from './SessionForm';
import { sessionData, valuesOf } from './session-form-model';
import { useModuleRepos } from './use-module-data';
import './modules.css';
import { SCREEN_PATHS } from '../../domain/screen-paths';

export function NewSessionPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('modules.newTitle'));
  const workspace = useWorkspace();
  const repos = useModuleRepos();
  const navigate = useNavigate();

  return (
    <>
      <h1>{t('modules.newTitle')}</h1>
      <SessionForm
        initial={valuesOf(workspace.user.siteIds[0] ?? '')}
        submitLabel={t('modules.form.create')}
        onSubmit={async (values) => {
          const created = await repos.sessions.create(values.siteId, sessionData(values));
          await navigate(SCREEN_PATHS.session(created.id));
        }}
      />
    </>
  );
}

export { NewSessionPage as Component };
