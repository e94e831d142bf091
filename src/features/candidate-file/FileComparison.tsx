// Two files of (probably) the same person side by side: the details that tell people apart, with
// a row where they differ marked, so the coordinator can judge before merging.
import { useTranslation } from 'react-i18next';
import { communeLabel } from '../../i18n/code-labels';
import type { LocalRecord } from '../../sync/workspace';
import type { DuplicateContext } from '../candidates/duplicates/use-duplicate-context';
import { formatDay } from './labels';
import { personName } from './person-name';
import { PersonName } from '../../components/PersonName';
import { ColumnHeads } from '../../components/ColumnHeads';

interface FileComparisonProps {
  current: LocalRecord<'candidates'>;
  other: LocalRecord<'candidates'>;
  context: DuplicateContext;
}

export function FileComparison({ current, other, context }: FileComparisonProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const none = t('fileAdmin.merge.unknown');
  const birth = (value: string | null | undefined) =>
    !value ? none : value.length === 4 ? t('candidateFile.bornIn', { year: value }) : t('candidateFile.bornOn', { date: formatDay(value, language) });
  const lastAction = (id: string) => {
    const action = context.lastAction(id);
    return action ? formatDay(action.date, language) : none;
  };
  // Names and site names are typed by people: isolated in their cells (docs/display-of-names.md).
  const rows: { key: string; values: [string, string]; typed?: boolean }[] = [
    { key: 'name', values: [personName(current, none), personName(other, none)], typed: true },
    { key: 'birth', values: [birth(current.data.birthDate), birth(other.data.birthDate)] },
    { key: 'phone', values: [current.data.phone || none, other.data.phone || none] },
    { key: 'email', values: [current.data.email || none, other.data.email || none] },
    { key: 'commune', values: [communeLabel(current.data.communeCode, language) ?? none, communeLabel(other.data.communeCode, language) ?? none] },
    { key: 'site', values: [context.siteName(current.siteId), context.siteName(other.siteId)], typed: true },
    { key: 'lastAction', values: [lastAction(current.id), lastAction(other.id)] },
  ];
  return (
    <table className="file-comparison">
      <caption>{t('fileAdmin.merge.compare')}</caption>
      <ColumnHeads labels={[t('fileAdmin.merge.field'), t('fileAdmin.merge.thisFile'), t('fileAdmin.merge.otherFile')]} />
      <tbody>
        {rows.map(({ key, values, typed }) => (
          <tr key={key} className={values[0] !== values[1] ? 'file-comparison__differs' : undefined}>
            <th scope="row">{t(`fileAdmin.merge.fields.${key}`)}</th>
            <td>{typed ? <PersonName>{values[0]}</PersonName> : values[0]}</td>
            <td>{typed ? <PersonName>{values[1]}</PersonName> : values[1]}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
