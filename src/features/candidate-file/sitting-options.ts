// The person's positioning sittings as the options of the observation form's "linked sitting"
// (docs/observations.md): newest first, each by its day and métier, an unfinished one said so.
import type { PositioningData } from '../../domain/entities';
import { brusselsDate } from '../../domain/dates';
import { metierLabel, type MetierCatalogue } from '../../domain/metiers/catalogue';
import type { CodeOption } from '../../i18n/code-labels';

interface Sitting {
  id: string;
  data: PositioningData;
}

export interface SittingWords {
  /** "{{date}} — {{metier}}", or "{{date}}" when the sitting has no métier. */
  done: (date: string, metier: string | undefined) => string;
  unfinished: (date: string, metier: string | undefined) => string;
  day: (date: string) => string;
}

/** The métier of a sitting: its own field (v2), else that of its accompaniment (older sittings). */
function sittingMetier(sitting: Sitting, accompaniments: readonly { id: string; data: { metier?: string } }[]): string | undefined {
  return sitting.data.metier ?? accompaniments.find((record) => record.id === sitting.data.accompanimentId)?.data.metier;
}

export function sittingOptions(
  sittings: readonly Sitting[],
  accompaniments: readonly { id: string; data: { metier?: string } }[],
  catalogue: MetierCatalogue,
  language: string,
  words: SittingWords,
): CodeOption[] {
  const dayOf = (sitting: Sitting) => {
    const at = sitting.data.completedAt ?? sitting.data.startedAt;
    return at ? brusselsDate(new Date(at)) : '';
  };
  return [...sittings]
    .sort((a, b) => dayOf(b).localeCompare(dayOf(a)) || a.id.localeCompare(b.id))
    .map((sitting) => {
      const code = sittingMetier(sitting, accompaniments);
      const metier = code ? metierLabel(catalogue, code, language) : undefined;
      const date = dayOf(sitting) ? words.day(dayOf(sitting)) : '';
      return { code: sitting.id, label: (sitting.data.completedAt ? words.done : words.unfinished)(date, metier) };
    });
}
