// When sites are left out of the choice, that the evolution table's network row counts only those
// chosen (a site outside the selection is not silently dropped from a figure that says "network").
// What the row is (the distinct persons of the chosen sites together, not their sum) is the
// table's own note (evolution-sheet.ts), in print and in the exports too. docs/report-counting.md, table 3.
import { useTranslation } from 'react-i18next';

export function EvolutionNote({ chosen, all }: { chosen: number; all: number }) {
  const { t } = useTranslation();
  if (chosen >= all) return null;
  return <p className="field__hint">{t('reports.evolution.selectionNote', { count: chosen, all })}</p>;
}
