// The file's SPOC actions: each in words with "Corriger" and "Supprimer", and the form to add one.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { isolatedText } from '../../domain/bidi';
import type { SpocActionData } from '../../domain/entities';
import type { LocalRecord, Repository } from '../../sync/workspace';
import { RecordSection } from '../../components/form/RecordSection';
import { codeLabel, formatDay, spocKindLabel } from './labels';
import { useCandidateIndex } from '../candidates/index/use-candidate-index';
import { SpocActionForm } from './SpocActionForm';
import { useRecordSection } from './use-record-section';
import { metierLabel } from '../../domain/metiers/catalogue';
import { useMetierCatalogue } from '../../components/metiers/use-metier-catalogue';

interface SpocActionsSectionProps {
  candidate: LocalRecord<'candidates'>;
  adviserId: string;
  actions: LocalRecord<'spocActions'>[];
  outreachPlaces: string[];
  repo: Repository<'spocActions'>;
  onDone: (message: string) => void;
}

/** The form, with the tablet's candidates to name others of a collective session: the workspace's index, read only once a form is open. */
function SpocActionFormWithCandidates(props: Omit<Parameters<typeof SpocActionForm>[0], 'candidates'>) {
  const { records } = useCandidateIndex();
  const candidates = useMemo(() => [...records.values()], [records]);
  return <SpocActionForm {...props} candidates={candidates} />;
}

export function SpocActionsSection({ candidate, adviserId, actions, outreachPlaces, repo, onDone }: SpocActionsSectionProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const { save, close, section } = useRecordSection(repo, onDone);
  const sorted = [...actions].sort((a, b) => (b.data.date ?? '').localeCompare(a.data.date ?? ''));

  return (
    <RecordSection
      {...section}
      headingId="file-spoc-title"
      title={t('candidateFile.spoc.title')}
      empty={t('candidateFile.spoc.empty')}
      records={sorted}
      entry={(record) => {
        const date = formatDay(record.data.date, language);
        const others = (record.data.candidateIds ?? []).filter((id) => id !== candidate.id).length;
        return {
          text: (
            <>
              <p className="file-record__title">
                {date} — {spocKindLabel(record.data.kind, language)}
                {record.pendingFields.length > 0 ? <span className="file-record__pending"> ({t('candidateFile.unsynced')})</span> : null}
              </p>
              <SpocDetails data={record.data} others={others} />
            </>
          ),
          correctLabel: t('candidateFile.spoc.correctNamed', { date }),
          deleteLabel: t('candidateFile.spoc.deleteNamed', { date }),
          deleteTitle: t('candidateFile.spoc.confirmDeleteTitle'),
          deleteText: t(others > 0 ? 'candidateFile.spoc.confirmDeleteShared' : 'candidateFile.spoc.confirmDeleteText', { date }),
        };
      }}
      form={(record) => (
        <SpocActionFormWithCandidates
          candidateId={candidate.id}
          adviserId={adviserId}
          siteId={candidate.siteId}
          outreachPlaces={outreachPlaces}
          initial={record?.data}
          onSave={(data) => save(record, data, candidate.siteId)}
          onCancel={close}
        />
      )}
      addLabel={t('candidateFile.spoc.add')}
    />
  );
}

/** Place, métiers, outcome and the others present, each on its line when known. */
export function SpocDetails({ data, others }: { data: SpocActionData; others: number }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const { catalogue } = useMetierCatalogue();
  const lines: string[] = [];
  if (data.outreachPlace) lines.push(t('candidateFile.timeline.spocPlace', { place: isolatedText(data.outreachPlace) }));
  if (data.metiers?.length) lines.push(t('candidateFile.timeline.spocMetiers', { metiers: data.metiers.map((code) => metierLabel(catalogue, code, language)).join(', ') }));
  if (data.outcome) lines.push(t('candidateFile.timeline.spocOutcome', { outcome: codeLabel('spocOutcomes', data.outcome, language) }));
  if (data.kind === 'collective') lines.push(t('candidateFile.timeline.spocOthers', { named: others, count: data.headCount ?? 0 }));
  return (
    <>
      {lines.map((line) => (
        <p key={line} className="file-record__detail">
          {line}
        </p>
      ))}
    </>
  );
}
