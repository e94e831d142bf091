// What the evolution table's network row is (docs/report-counting.md, table 3): the distinct
// persons of the chosen sites together, not their sum; and, when sites are left out of the
// choice, that the row counts only those chosen (a site outside the selection is not silently
// dropped from a figure that says "network").
import { useTranslation } from 'react-i18next';

export function EvolutionNote({ chosen, all }: { chosen: number; all: number }) {
  const { t } = useTranslation();
  return (
    <p className="field__hint">
      {t('reports.evolution.note')}
      {chosen < all ? ` ${t('reports.evolution.selectionNote', { count: chosen, all })}` : null}
    </p>
  );
}
