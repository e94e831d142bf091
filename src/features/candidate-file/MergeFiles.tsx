// "Fusionner avec un autre dossier": the coordinator picks the other file among the likely
// duplicates of this one (the same matching as at intake) or by search, sees both side by side,
// chooses which file is kept, confirms, and the server merges them (nothing is lost). The next
// sync brings the changes; the caller then opens the kept file.
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useWorkspace } from '../../components/session/session-context';
import { findDuplicatesOf, searchCandidates } from '../../domain/matching';
import { fileAdminFailure, type FileAdminApi, type FileAdminFailure } from '../../sync/file-admin-api';
import type { LocalRecord } from '../../sync/workspace';
import { DuplicateCandidate } from '../candidates/duplicates/DuplicateCandidate';
import { NotSamePersonButton } from '../candidates/duplicates/NotSamePersonButton';
import { useDuplicateContext } from '../candidates/duplicates/use-duplicate-context';
import { useCandidateIndex } from '../candidates/index/use-candidate-index';
import { ChoicesField, InputField } from '../../components/form/fields';
import { FileAdminError } from './file-admin-errors';
import { FileComparison } from './FileComparison';
import { personName } from './person-name';

const MAX_RESULTS = 8;

interface MergeFilesProps {
  candidate: LocalRecord<'candidates'>;
  api: FileAdminApi;
  onCancel: () => void;
  onDone: (keptId: string, message: string) => void;
}

export function MergeFiles({ candidate, api, onCancel, onDone }: MergeFilesProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const [otherId, setOtherId] = useState<string | null>(null);
  const { records } = useCandidateIndex();
  const other = otherId ? records.get(otherId) : undefined;
  return (
    <div className="file-admin__panel" role="group" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('fileAdmin.merge.title')}</h3>
      {other ? (
        <MergeChoice candidate={candidate} other={other} api={api} onBack={() => setOtherId(null)} onDone={onDone} />
      ) : (
        <OtherFilePicker candidate={candidate} onPick={setOtherId} onCancel={onCancel} />
      )}
    </div>
  );
}

function OtherFilePicker({ candidate, onPick, onCancel }: { candidate: LocalRecord<'candidates'>; onPick: (id: string) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const candidateId = candidate.id;
  const [marked, setMarked] = useState<string | null>(null);
  const { index, records, version } = useCandidateIndex();
  const context = useDuplicateContext();
  const [query, setQuery] = useState('');
  const likely = useMemo(
    () => (index ? findDuplicatesOf(index, candidateId, { limit: 5 }).flatMap((match) => (records.has(match.id) ? [match] : [])) : []),
    // `version` changes whenever the index changed in place.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [index, records, version, candidateId],
  );
  const found = useMemo(
    () => (index && query.trim() ? searchCandidates(index, query, { limit: MAX_RESULTS + 1 }).filter((id) => id !== candidateId).slice(0, MAX_RESULTS) : []),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [index, records, version, query, candidateId],
  );
  const noName = t('candidateFile.noName');
  const choice = (id: string, match?: (typeof likely)[number]) => {
    const record = records.get(id);
    if (!record) return null;
    return (
      <li key={id} className="duplicate-warning__item">
        <DuplicateCandidate record={record} match={match} siteName={context.siteName(record.siteId)} lastAction={context.lastAction(id)} />
        <button type="button" className="button" onClick={() => onPick(id)}>
          {t('fileAdmin.merge.choose', { name: personName(record, noName) })}
        </button>
        {match ? <NotSamePersonButton first={candidate} second={record} onMarked={setMarked} /> : null}
      </li>
    );
  };
  return (
    <>
      <h4>{t('fileAdmin.merge.likely')}</h4>
      {marked ? (
        <p role="status" className="notice notice--success">
          {marked}
        </p>
      ) : null}
      {likely.length === 0 ? <p className="empty">{t('fileAdmin.merge.noLikely')}</p> : <ul className="duplicate-warning__list">{likely.map((match) => choice(match.id, match))}</ul>}
      <InputField name="merge-search" label={t('fileAdmin.merge.search')} hint={t('fileAdmin.merge.searchHint')} value={query} onChange={setQuery} />
      {query.trim() && found.length === 0 ? <p className="field__hint">{t('fileAdmin.merge.noMatch')}</p> : null}
      {found.length > 0 ? <ul className="duplicate-warning__list">{found.map((id) => choice(id))}</ul> : null}
      <div className="form-actions">
        <button type="button" className="button" onClick={onCancel}>
          {t('fileAdmin.cancel')}
        </button>
      </div>
    </>
  );
}

interface MergeChoiceProps {
  candidate: LocalRecord<'candidates'>;
  other: LocalRecord<'candidates'>;
  api: FileAdminApi;
  onBack: () => void;
  onDone: (keptId: string, message: string) => void;
}

function MergeChoice({ candidate, other, api, onBack, onDone }: MergeChoiceProps) {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const context = useDuplicateContext();
  const [keep, setKeep] = useState<'this' | 'other'>('this');
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<FileAdminFailure | null>(null);
  const noName = t('candidateFile.noName');
  const [kept, away] = keep === 'this' ? [candidate, other] : [other, candidate];

  function confirm() {
    setBusy(true);
    setFailure(null);
    api
      .merge(away.id, kept.id)
      .then(() => {
        // The kept file opens at once; the merged records come back with the sync started here
        // (a failed sync only delays them).
        onDone(kept.id, t('fileAdmin.merge.done'));
        void workspace.sync.syncNow().catch(() => undefined);
      })
      .catch((error: unknown) => {
        setFailure(fileAdminFailure(error));
        setBusy(false);
        setAsking(false);
      });
  }

  return (
    <>
      <FileComparison current={candidate} other={other} context={context} />
      <ChoicesField
        name="merge-keep"
        legend={t('fileAdmin.merge.keep')}
        multiple={false}
        options={(['this', 'other'] as const).map((value) => ({
          code: value,
          label: t(value === 'this' ? 'fileAdmin.merge.keepThis' : 'fileAdmin.merge.keepOther', { name: personName(value === 'this' ? candidate : other, noName) }),
        }))}
        value={[keep]}
        onChange={([value]) => setKeep(value === 'other' ? 'other' : 'this')}
      />
      <p>{t('fileAdmin.merge.keptNote')}</p>
      <FileAdminError failure={failure} />
      <div className="form-actions">
        <button type="button" className="button" onClick={onBack}>
          {t('fileAdmin.merge.other')}
        </button>
        <button type="button" className="button button--primary" onClick={() => setAsking(true)}>
          {t('fileAdmin.merge.submit')}
        </button>
      </div>
      {asking ? (
        <ConfirmDialog
          title={t('fileAdmin.merge.confirmTitle', { away: personName(away, noName), kept: personName(kept, noName) })}
          text={t('fileAdmin.merge.confirmText', { away: personName(away, noName), kept: personName(kept, noName) })}
          confirmLabel={busy ? t('fileAdmin.merge.busy') : t('fileAdmin.merge.confirm')}
          cancelLabel={t('fileAdmin.cancel')}
          busy={busy}
          lockWhileBusy
          onConfirm={confirm}
          onCancel={() => setAsking(false)}
        />
      ) : null}
    </>
  );
}
