// One attempt in the list: UC (code and title when the list knows it), registration, centre and
// region, test, result, Titre.
import { useTranslation } from 'react-i18next';
import type { LocalRecord } from '../../sync/workspace';
import { formatDate } from './validation-labels';
import { isolatedText } from '../../domain/bidi';

/** "Centre (Région)", or whichever of the two is known. */
function centreText(typed: string | null | undefined, region: string | undefined): string | null {
  const name = typed ? isolatedText(typed) : null;
  if (name && region) return `${name} (${region})`;
  return name || region || null;
}

interface ValidationStepItemProps {
  step: LocalRecord<'validationSteps'>;
  /** "UC1 — title", or the code as recorded when the list does not know it. */
  ucText: string;
  onEdit: () => void;
  onDelete: () => void;
}

export function ValidationStepItem({ step, ucText, onEdit, onDelete }: ValidationStepItemProps) {
  const { t, i18n } = useTranslation();
  const data = step.data;
  const facts = [
    data.registrationDate ? t('validationSteps.item.registered', { date: formatDate(data.registrationDate, i18n.language) }) : null,
    centreText(data.centreName, data.centreRegion ? t(`validationSteps.region.${data.centreRegion}`) : undefined),
    data.testDate ? t('validationSteps.item.test', { date: formatDate(data.testDate, i18n.language) }) : null,
    data.result ? t(`validationSteps.result.${data.result}`) : data.testDate ? t('validationSteps.item.noResult') : null,
    data.titreDate ? t('validationSteps.item.titre', { date: formatDate(data.titreDate, i18n.language) }) : null,
    data.guidanceDate ? t('validationSteps.item.guidance', { date: formatDate(data.guidanceDate, i18n.language) }) : null,
  ].filter(Boolean);
  return (
    <li className="validation-step">
      <p className="validation-step__uc">{ucText}</p>
      <p>{facts.join(' · ') || t('validationSteps.item.empty')}</p>
      <div className="form-actions">
        <button type="button" className="button" onClick={onEdit}>
          {t('validationSteps.item.edit', { uc: data.uc })}
        </button>
        <button type="button" className="button button--danger" onClick={onDelete}>
          {t('validationSteps.item.delete', { uc: data.uc })}
        </button>
      </div>
    </li>
  );
}
