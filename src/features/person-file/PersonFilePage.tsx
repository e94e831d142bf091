// "Dossier complet": the person's complete file (their right of access), to download as JSON or print
// (and save as PDF from the print dialog). Online, it is the file the server writes from every record
// the organisation holds, in words; offline (or when the server fails), what this tablet holds, saying
// it may be incomplete. Each export is reported to the server's audit log when it can be reached.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Notice } from '../../components/Notice';
import { useWorkspace } from '../../components/session/session-context';
import { useBrowserOnline } from '../../components/use-browser-online';
import { useDocumentTitle } from '../../components/use-document-title';
import { newId } from '../../domain/ids';
import { collectPersonFile, type PersonFile } from '../../domain/person-file';
import { findUc, metierLabel, ucDisplay } from '../../domain/metiers/catalogue';
import { observationForFile } from '../../domain/positioning/observation-file';
import { useMetierCatalogue } from '../../components/metiers/use-metier-catalogue';
import { loadPersonFileTables } from './load-tables';
import { PersonFileSection } from './PersonFileSection';
import { WrittenFileSections } from './WrittenFileSections';
import { useWrittenFile } from './use-written-file';
import { downloadJson } from './download-json';
import './person-file.css';
import { displayName } from '../candidates/candidate-display';
import { SCREEN_PATHS } from '../../domain/screen-paths';

export function PersonFilePage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const workspace = useWorkspace();
  const online = useBrowserOnline();
  const { catalogue } = useMetierCatalogue();
  const written = useWrittenFile(workspace.accounts, online, id, i18n.language);
  const [file, setFile] = useState<PersonFile | null>();
  const name = file ? (displayName(file.candidate.data) ?? t('personFile.unnamed')) : '';
  // Never the person's name in the tab title: browsers keep titles in clear in their history.
  useDocumentTitle(t('personFile.documentTitle'));

  useEffect(() => {
    let live = true;
    void loadPersonFileTables(workspace).then((tables) => live && setFile(collectPersonFile(id, tables) ?? null));
    return () => {
      live = false;
    };
  }, [workspace, id]);

  // One report per export, its id made here so a retry is counted once by the server; queued on
  // the tablet and sent now, or after the next sync when offline (sync/journal.ts).
  const audit = (kind: 'person-file-json' | 'person-file-print') => {
    const report = { id: newId(), kind, candidateId: id };
    void workspace.journal.record({ kind: 'export', report }).catch(() => undefined);
  };

  if (file === undefined || written === undefined) return <p role="status">{t('app.loading')}</p>;
  if (file === null) return <Notice tone="error" message={t('personFile.notFound')} />;
  const fromServer = typeof written === 'object' ? written : undefined;

  const sections = [
    { key: 'candidate', records: [file.candidate] },
    { key: 'spocActions', records: file.spocActions },
    { key: 'accompaniments', records: file.accompaniments },
    { key: 'positionings', records: file.positionings },
    { key: 'attendance', records: file.attendance.map((record) => ({ ...record, data: { ...record.data, ...record.session?.data } })) },
    { key: 'validationSteps', records: file.validationSteps },
    { key: 'followUpNotes', records: file.followUpNotes },
    {
      key: 'observations',
      records: file.observations.map((record) => ({
        ...record,
        data: { ...observationForFile(record.data, ucDisplay(findUc(catalogue, record.data.metier, record.data.uc), record.data.uc)), metier: metierLabel(catalogue, record.data.metier, i18n.language) },
      })),
    },
  ] as const;

  return (
    <article className="person-file" aria-labelledby="person-file-title">
      <p className="person-file__back no-print">
        <Link to={SCREEN_PATHS.candidate(id)} className="link-target">{t('personFile.back')}</Link>
      </p>
      <h1 id="person-file-title">{t('personFile.title', { name })}</h1>
      <p>{t('personFile.intro')}</p>
      {fromServer ? <p>{t('personFile.fromServer')}</p> : <Notice message={t(written === 'offline' ? 'personFile.incomplete' : 'personFile.loadFailed')} />}
      <div className="person-file__actions no-print">
        <button
          type="button"
          className="button button--primary"
          onClick={() => {
            downloadJson(fromServer ?? file, `dossier-${id.slice(0, 8)}.json`);
            audit('person-file-json');
          }}
        >
          {t('personFile.downloadJson')}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => {
            audit('person-file-print');
            window.print();
          }}
        >
          {t('personFile.print')}
        </button>
      </div>
      {fromServer ? (
        <WrittenFileSections file={fromServer} />
      ) : (
        sections.map((section) => <PersonFileSection key={section.key} table={section.key} records={section.records} />)
      )}
    </article>
  );
}
