// /modules/:sessionId: one session — what, when, who is enrolled; correct it, delete it, take the roll call.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useDocumentTitle } from '../../components/use-document-title';
import { EnrolmentSection } from './EnrolmentSection';
import { DeleteSessionButton } from './DeleteSessionButton';
import { SessionForm } from './SessionForm';
import { formatDay, moduleLabel, timeRange } from './module-format';
import { sessionData, valuesOf } from './session-form-model';
import { useModuleData } from './use-module-data';
import { TypedText } from '../../components/PersonName';
import './modules.css';
import { SCREEN_PATHS } from '../../domain/screen-paths';

export function SessionPage() {
  const { t, i18n } = useTranslation();
  const { sessionId = '' } = useParams();
  const navigate = useNavigate();
  const { repos, sessions, attendance, candidates } = useModuleData();
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const session = sessions?.find((record) => record.id === sessionId);
  const heading = session ? `${moduleLabel(session.data.module, i18n.language)} — ${formatDay(session.data.date, i18n.language)}` : t('modules.session');
  useDocumentTitle(heading);

  if (sessions === undefined) return <p>{t('modules.loading')}</p>;
  if (!session) {
    return (
      <>
        <h1>{t('modules.notFound')}</h1>
        <Link to={SCREEN_PATHS.modules} className="link-target">{t('modules.backToList')}</Link>
      </>
    );
  }
  const rows = (attendance ?? []).filter((row) => row.data.sessionId === session.id);

  return (
    <>
      <p>
        <Link to={SCREEN_PATHS.modules} className="link-target">{t('modules.backToList')}</Link>
      </p>
      <h1>{heading}</h1>
      <dl className="session-facts">
        <dt>{t('modules.timesLabel')}</dt>
        <dd>{timeRange(session.data) || t('modules.none')}</dd>
        {session.data.title ? (
          <>
            <dt>{t('modules.form.title')}</dt>
            <dd>
              <TypedText>{session.data.title}</TypedText>
            </dd>
          </>
        ) : null}
        <dt>{t('modules.form.facilitator')}</dt>
        <dd>{session.data.facilitator ? <TypedText>{session.data.facilitator}</TypedText> : t('modules.none')}</dd>
        <dt>{t('modules.form.capacity')}</dt>
        <dd>{session.data.capacity ?? t('modules.none')}</dd>
      </dl>
      <div className="form-actions">
        <Link to={SCREEN_PATHS.rollCall(session.id)} className="button button--primary button--large">
          {t('modules.rollCall.open')}
        </Link>
        <button type="button" className="button button--large" aria-expanded={editing} onClick={() => setEditing((open) => !open)}>
          {t('modules.correct')}
        </button>
        <DeleteSessionButton
          rollCallCount={rows.length}
          onDelete={async () => {
            await repos.attendance.removeMany(rows.map((row) => row.id));
            await repos.sessions.remove(session.id);
            await navigate(SCREEN_PATHS.modules);
          }}
        />
      </div>
      {saved ? (
        <p role="status" className="notice notice--success">
          {t('modules.saved')}
        </p>
      ) : null}
      {editing ? (
        <section aria-labelledby="session-edit">
          <h2 id="session-edit">{t('modules.correctTitle')}</h2>
          <SessionForm
            initial={valuesOf(session.siteId, session.data)}
            siteLocked
            submitLabel={t('modules.form.save')}
            onSubmit={async (values) => {
              await repos.sessions.update(session.id, sessionData(values));
              setEditing(false);
              setSaved(true);
            }}
          />
        </section>
      ) : null}
      <EnrolmentSection session={session} rows={rows} candidates={candidates ?? []} />
    </>
  );
}

export { SessionPage as Component };
