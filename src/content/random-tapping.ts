// A candidate who taps at random, for judging the rules (domain.md: random tapping must rarely
// escape the French and maths modules). Seeded, so a run is repeatable.
import { DONT_KNOW, answerChoices, type Questionnaire } from './schema';
import { mulberry32 } from '../domain/mulberry32';
import { isShown, questionnaireForMetier, recommendModules, scoreDomains, type Answer } from './load';

/** mulberry32 (domain/mulberry32.ts): a small seeded PRNG, uniform in [0, 1). */
export const seededRandom = mulberry32;

/**
 * How the random candidate taps: `any-button` picks any answer on the screen ("je ne sais pas"
 * included); `choices-only` never taps "je ne sais pas" (the harder case for the rules).
 */
export type TapModel = 'any-button' | 'choices-only';

/** The answers of one random sitting for this métier, screen by screen (shown screens only). */
export function randomSitting(q: Questionnaire, metier: string, random: () => number, model: TapModel): Record<string, Answer> {
  const answers: Record<string, Answer> = {};
  for (const { item } of questionnaireForMetier(q, metier)) {
    if (!isShown(item, answers)) continue;
    const ids = answerChoices(q, item).map((choice) => choice.id);
    if (model === 'any-button' && item.allowDontKnow !== false) ids.push(DONT_KNOW);
    const pick = ids[Math.floor(random() * ids.length)] as string;
    if (item.kind === 'pick-many' && pick !== DONT_KNOW) {
      const chosen = ids.filter((id) => id !== DONT_KNOW && random() < 0.5);
      answers[item.id] = chosen.length > 0 ? chosen : [pick];
    } else answers[item.id] = pick;
  }
  return answers;
}

export interface EscapeRates {
  readonly sittings: number;
  /** Share of random sittings with no FLE module. */
  readonly french: number;
  /** Share with no STEAM module. */
  readonly maths: number;
  /** Share with neither. */
  readonly both: number;
}

/** Runs `sittings` random sittings, spread over the métiers, and measures how often each module is escaped. */
export function escapeRates(q: Questionnaire, metiers: readonly string[], sittings: number, seed: number, model: TapModel): EscapeRates {
  const random = seededRandom(seed);
  let french = 0;
  let maths = 0;
  let both = 0;
  for (let i = 0; i < sittings; i += 1) {
    const metier = metiers[i % metiers.length] as string;
    const answers = randomSitting(q, metier, random, model);
    const modules = new Set(recommendModules(q, scoreDomains(q, answers), answers, { metier }).map((entry) => entry.module));
    if (!modules.has('fle')) french += 1;
    if (!modules.has('steam')) maths += 1;
    if (!modules.has('fle') && !modules.has('steam')) both += 1;
  }
  return { sittings, french: french / sittings, maths: maths / sittings, both: both / sittings };
}
