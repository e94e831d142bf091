// The person's individual module work (a one-to-one technical practice, an FLE coaching): add it on
// one of their accompaniments, correct it, delete it with a confirmation. It counts in the report's
// modules table like a session attended (docs/report-counting.md).
import { useTranslation } from 'react-i18next';
import { RecordSection } from '../../components/form/RecordSection';
import type { CodeOption } from '../../i18n/code-labels';
import type { LocalRecord, Repository } from '../../sync/workspace';
import { formatDay, metierLabel, moduleLabel } from './labels';
import { ModuleWorkForm } from './ModuleWorkForm';
import { useRecordSection } from './use-record-section';

interface ModuleWorkSectionProps {
  candidate: LocalRecord<'candidates'>;
  adviserId: string;
  advisers: CodeOption[];
  accompaniments: LocalRecord<'accompaniments'>[];
  work: LocalRecord<'moduleWork'>[];
  repo: Repository<'moduleWork'>;
  onDone: (message: string) => void;
}

export function ModuleWorkSection({ candidate, adviserId, advisers, accompaniments, work, repo, onDone }: ModuleWorkSectionProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const { save, close, section } = useRecordSection(repo, onDone);
  const sorted = [...work].sort((a, b) => (b.data.date ?? '').localeCompare(a.data.date ?? ''));
  // Open accompaniments first: new work is most often on the one going on.
  const pathOptions = [...accompaniments]
    .sort((a, b) => Number(b.data.status === 'open') - Number(a.data.status === 'open') || (b.data.startDate ?? '').localeCompare(a.data.startDate ?? ''))
    .map((record) => ({ code: record.id, label: `${metierLabel(record.data.metier, language)} — ${formatDay(record.data.startDate, language)}` }));
  const who = (id: string | undefined) => advisers.find((option) => option.code === id)?.label ?? id ?? '';

  return (
    <RecordSection
      {...section}
      headingId="file-work-title"
      title={t('candidateFile.moduleWork.title')}
      intro={<p className="field__hint">{t('candidateFile.moduleWork.intro')}</p>}
      empty={t('candidateFile.moduleWork.empty')}
      records={sorted}
      entry={(record) => {
        const date = formatDay(record.data.date, language);
        const moduleName = moduleLabel(record.data.module, language);
        const named = { module: moduleName, date };
        return {
          text: (
            <>
              <p className="file-record__title">{`${moduleName} — ${date}`}</p>
              <p className="file-record__detail">{t('candidateFile.moduleWork.duration', { count: record.data.minutes ?? 0, who: who(record.data.adviserId) })}</p>
              {record.data.note ? <p className="file-record__note">{record.data.note}</p> : null}
            </>
          ),
          correctLabel: t('candidateFile.moduleWork.correctNamed', named),
          deleteLabel: t('candidateFile.moduleWork.deleteNamed', named),
          deleteTitle: t('candidateFile.moduleWork.confirmDeleteTitle'),
          deleteText: t('candidateFile.moduleWork.confirmDeleteText', named),
        };
      }}
      form={(record) => (
        <ModuleWorkForm
          candidateId={candidate.id}
          accompaniments={pathOptions}
          advisers={advisers}
          adviserId={adviserId}
          initial={record?.data}
          onSave={(data) => save(record, data, candidate.siteId)}
          onCancel={close}
        />
      )}
      addLabel={t('candidateFile.moduleWork.add')}
      cannotAdd={pathOptions.length === 0 ? <p>{t('candidateFile.moduleWork.needsAccompaniment')}</p> : undefined}
    />
  );
}
