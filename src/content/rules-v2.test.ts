// The rules of version 2, table-driven: which modules and orientations each kind of sitting gets,
// with the rule that fired (docs/positioning-items.md, "Rules").
import { describe, expect, it } from 'vitest';
import {
  isResultItem,
  practiceResult,
  questionnaireForMetier,
  recommendModules,
  recommendOrientations,
  rightChoice,
  scoreDomains,
  tasksToObserve,
  type Answers,
} from './load';
import { currentQuestionnaire } from './questionnaires';
import { DONT_KNOW, answerChoices, type Item } from './schema';

const q = currentQuestionnaire();

/** Answers for a whole sitting of this métier: `pick` chooses the answer of each screen. */
function sitting(metier: string, pick: (item: Item) => string | undefined, extra: Answers = {}): Answers {
  const answers: Record<string, string> = {};
  for (const { item } of questionnaireForMetier(q, metier)) {
    const answer = pick(item);
    if (answer !== undefined) answers[item.id] = answer;
  }
  return { ...answers, ...extra };
}
const right = (item: Item) => rightChoice(item)?.id;
const wrong = (item: Item) => answerChoices(q, item).find((choice) => !choice.correct)?.id;
const isTrade = (item: Item) => item.kind === 'self-assessment' && item.metiers !== undefined;
const frenchLevel = (item: Item) => (item.kind === 'practice' ? item.stimulus?.level : undefined);

function strong(item: Item): string | undefined {
  switch (item.kind) {
    case 'self-assessment': return 'good';
    case 'practice': return right(item);
    case 'yes-no': return item.id === 'con-transport' ? 'yes' : 'no';
    default: return item.id === 'test-stress' ? 'calm' : item.id === 'exp-done' ? 'belgium' : item.id === 'exp-years' ? '1-to-3' : answerChoices(q, item)[0]?.id;
  }
}
/** Strong everywhere except where `override` answers. */
const but = (override: (item: Item) => string | undefined) => (item: Item) => override(item) ?? strong(item);

function outcome(metier: string, answers: Answers) {
  const scores = scoreDomains(q, answers);
  return {
    scores: Object.fromEntries(scores.map((s) => [s.domain, s.score])),
    modules: recommendModules(q, scores, answers, { metier }).map((r) => [r.module, r.reasons.map((reason) => reason.ruleId)]),
    orientations: recommendOrientations(q, scores, answers, { metier }).map((o) => [o.orientation, o.reasons.map((reason) => reason.ruleId)]),
  };
}

describe('version 2 rules', () => {
  it.each<[string, string, Answers, Record<string, number | null>, (string | string[])[][], (string | string[])[][]]>([
    ['all strong (1 to 3 years): no module, no orientation', 'coiffeur', sitting('coiffeur', strong), { french: 100, maths: 100, 'experience-metier': 100 }, [], []],
    ['all strong, more than 3 years: may register straight away', 'coiffeur', sitting('coiffeur', strong, { 'exp-years': 'more-3' }), {}, [], [['straight-to-registration', ['straight-to-registration']]]],
    [
      'A2 French items failed, easy ones right: FLE for A2 (overall 60 %)',
      'aide-menager',
      sitting('aide-menager', but((item) => (frenchLevel(item) === 'A2' ? wrong(item) : undefined))),
      { french: 60 },
      [['fle', ['fle-french', 'fle-a2']]],
      [],
    ],
    [
      'only 1 A2 item wrong (90 %): no FLE for a gardener',
      'jardinier-entretien',
      sitting('jardinier-entretien', but((item) => (item.id === 'fr-read-gloves' ? wrong(item) : undefined))),
      { french: 90 },
      [],
      [],
    ],
    [
      '2 A2 items wrong (80 %): FLE for an office trade that reads and writes, not for a gardener',
      'employe-administratif',
      sitting('employe-administratif', but((item) => (item.id === 'fr-read-gloves' || item.id === 'fr-read-message' ? wrong(item) : undefined))),
      { french: 80 },
      [['fle', ['fle-written-metier']]],
      [],
    ],
    [
      'same answers for a gardener: nothing',
      'jardinier-entretien',
      sitting('jardinier-entretien', but((item) => (item.id === 'fr-read-gloves' || item.id === 'fr-read-message' ? wrong(item) : undefined))),
      { french: 80 },
      [],
      [],
    ],
    [
      'maths 6 of 10: STEAM',
      'peintre-decorateur',
      sitting('peintre-decorateur', but((item) => (['math-area', 'math-half', 'math-leave-time', 'math-unit-price'].includes(item.id) ? wrong(item) : undefined))),
      { maths: 60 },
      [['steam', ['steam-maths']]],
      [],
    ],
    [
      '"je ne sais pas" to every trade task: to observe in practice (technical refresher), never nothing',
      'installateur-electricien-residentiel',
      sitting('installateur-electricien-residentiel', but((item) => (isTrade(item) ? DONT_KNOW : undefined))),
      { 'experience-metier': null },
      [['technique-remise-a-niveau', ['observe-in-practice']]],
      [],
    ],
    [
      '"je ne sais pas" to 4 of 6 tasks, "good" to 2: still to observe',
      'aide-menager',
      sitting('aide-menager', but((item) => (isTrade(item) && !['home-floor', 'home-dishes'].includes(item.id) ? DONT_KNOW : undefined))),
      { 'experience-metier': 100 },
      [['technique-remise-a-niveau', ['observe-in-practice']]],
      [],
    ],
    [
      'never did this work: training first, no technical module, even with every task "not yet"',
      'jardinier-entretien',
      sitting('jardinier-entretien', but((item) => (isTrade(item) ? 'not-yet' : item.id === 'exp-done' ? 'not-yet' : undefined))),
      { 'experience-metier': 0 },
      [],
      [['training-first', ['training-first']]],
    ],
    [
      'never did this work and "je ne sais pas" everywhere: training first only',
      'coiffeur',
      sitting('coiffeur', but((item) => (isTrade(item) ? DONT_KNOW : item.id === 'exp-done' ? 'not-yet' : undefined))),
      {},
      [],
      [['training-first', ['training-first']]],
    ],
    [
      'trade tasks "not yet" after experience: refresher',
      'technicien-pc-reseaux',
      sitting('technicien-pc-reseaux', but((item) => (isTrade(item) ? 'not-yet' : undefined))),
      { 'experience-metier': 0 },
      [['technique-remise-a-niveau', ['remise-a-niveau-experience']]],
      [],
    ],
    [
      'trade tasks "a little": strengthening',
      'ouvrier-polyvalent',
      sitting('ouvrier-polyvalent', but((item) => (isTrade(item) ? 'some' : undefined))),
      { 'experience-metier': 50 },
      [['technique-renforcement', ['renforcement-experience']]],
      [],
    ],
    [
      'worked abroad: strengthening for the Belgian way of working',
      'magasinier',
      sitting('magasinier', strong, { 'exp-done': 'abroad' }),
      {},
      [['technique-renforcement', ['renforcement-abroad']]],
      [],
    ],
    [
      'very stressed: soft skills',
      'estheticien',
      sitting('estheticien', strong, { 'test-stress': 'very', 'test-jury': 'not-yet' }),
      { 'test-situation': 0 },
      [['soft-skills', ['soft-skills-test', 'soft-skills-stress']]],
      [],
    ],
    [
      'receptionist with digital at 67 %: digital module for an office trade',
      'agent-accueil',
      sitting('agent-accueil', strong, { 'dig-internet': 'not-yet' }),
      { digital: 67 },
      [['numerique', ['numerique-written-metier']]],
      [],
    ],
  ])('%s', (_name, metier, answers, scores, modules, orientations) => {
    const result = outcome(metier, answers);
    expect(result.scores).toMatchObject(scores);
    expect(result.modules).toEqual(modules);
    expect(result.orientations).toEqual(orientations);
  });

  it('per-métier thresholds need the métier: without it, only the general ones apply', () => {
    const answers = sitting('employe-administratif', but((item) => (item.id === 'fr-read-gloves' || item.id === 'fr-read-message' ? wrong(item) : undefined)));
    expect(recommendModules(q, scoreDomains(q, answers), answers)).toEqual([]);
  });

  it('gives the adviser the rule that fired and the candidate easy words, with clips of the latter', () => {
    const answers = sitting('coiffeur', but((item) => (isTrade(item) ? DONT_KNOW : undefined)));
    const [observe] = recommendModules(q, scoreDomains(q, answers), answers, { metier: 'coiffeur' });
    const reason = observe?.reasons[0];
    expect(reason?.adviserText.fr).toMatch(/je ne sais pas/);
    expect(reason?.text.fr).toBe('Vous allez montrer vos gestes du métier. Ensuite, on choisit ensemble.');
    expect(reason?.audio.fr).toBe('reason2.observe-in-practice');
    expect(tasksToObserve(q, questionnaireForMetier(q, 'coiffeur'), answers).map((item) => item.id)).toEqual(['hair-wash', 'hair-advice', 'hair-cut', 'hair-style', 'hair-colour']);
  });

  it('reads French and maths practice items as results, not opinions', () => {
    const item = q.domains.find((domain) => domain.id === 'maths')?.items[0] as Item;
    expect(isResultItem(item)).toBe(true);
    expect(practiceResult(item, right(item))).toBe('right');
    expect(practiceResult(item, wrong(item))).toBe('wrong');
    expect(practiceResult(item, DONT_KNOW)).toBe('dont-know');
    expect(practiceResult(item, undefined)).toBeUndefined();
    const task = q.domains.flatMap((domain) => domain.items).find((entry) => entry.id === 'elec-board') as Item;
    expect(isResultItem(task)).toBe(false);
    expect(practiceResult(task, 'good')).toBeUndefined();
  });
});
