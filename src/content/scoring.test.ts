import { describe, expect, it } from 'vitest';
import { isShown, loadQuestionnaire, questionnaireForMetier, recommendModules, scoreDomains, type Answers } from './load';
import { findQuestionnaire } from './questionnaires';
import { DONT_KNOW, answerChoices, type Questionnaire } from './schema';

// Version 1's rules, which old sittings keep; version 2's are in rules-v2.test.ts.
const q = findQuestionnaire('positionnement', 1) as Questionnaire;

/** Answers for a whole sitting: `pick` chooses the answer of each screen. */
function sitting(metier: string, pick: (item: Questionnaire['domains'][number]['items'][number]) => string | undefined, extra: Answers = {}): Answers {
  const answers: Record<string, string> = {};
  for (const { item } of questionnaireForMetier(q, metier)) {
    const answer = pick(item);
    if (answer !== undefined) answers[item.id] = answer;
  }
  return { ...answers, ...extra };
}
const right = (item: Questionnaire['domains'][number]['items'][number]) =>
  answerChoices(q, item).find((choice) => choice.correct)?.id;
const wrong = (item: Questionnaire['domains'][number]['items'][number]) =>
  answerChoices(q, item).find((choice) => !choice.correct)?.id;

function strong(item: Questionnaire['domains'][number]['items'][number]): string | undefined {
  switch (item.kind) {
    case 'self-assessment': return 'good';
    case 'practice': return right(item);
    case 'yes-no': return item.id === 'con-transport' ? 'yes' : 'no';
    default: return item.id === 'test-stress' ? 'calm' : item.id === 'exp-done' ? 'belgium' : answerChoices(q, item)[0]?.id;
  }
}

const scoresOf = (answers: Answers) => Object.fromEntries(scoreDomains(q, answers).map((s) => [s.domain, s.score]));
const modulesOf = (answers: Answers) => recommendModules(q, scoreDomains(q, answers), answers).map((r) => [r.module, r.reasons.map((reason) => reason.ruleId)]);

describe('scoreDomains and recommendModules on the positioning questionnaire v1', () => {
  it.each<[string, Answers, Record<string, number | null>, (string | string[])[][]]>([
    [
      'all strong: no module',
      sitting('coiffeur', strong),
      { 'project-motivation': null, 'experience-metier': 100, french: 100, maths: 100, digital: 100, 'test-situation': 100, constraints: null },
      [],
    ],
    [
      'French all wrong, maths 2 of 5: FLE and STEAM',
      sitting('aide-menager', (item) => (item.id.startsWith('fr-') ? wrong(item) : item.id === 'math-change' || item.id === 'math-time' || !item.id.startsWith('math-') ? strong(item) : wrong(item))),
      { french: 0, maths: 40, 'experience-metier': 100 },
      [['steam', ['steam-maths']], ['fle', ['fle-french']]],
    ],
    [
      '"je ne sais pas" counts 0 in French and maths, is left out of the trade tasks',
      sitting('jardinier-entretien', (item) => (item.kind === 'self-assessment' && item.metiers ? DONT_KNOW : item.id.startsWith('fr-') || item.id.startsWith('math-') ? DONT_KNOW : strong(item))),
      { 'experience-metier': null, french: 0, maths: 0 },
      [['steam', ['steam-maths']], ['fle', ['fle-french']]],
    ],
    [
      'trade tasks "a little": strengthening',
      sitting('installateur-electricien-residentiel', (item) => (item.metiers ? 'some' : strong(item))),
      { 'experience-metier': 50 },
      [['technique-renforcement', ['renforcement-experience']]],
    ],
    [
      'trade tasks "not yet": brush-up, not strengthening',
      sitting('employe-administratif', (item) => (item.metiers ? 'not-yet' : strong(item))),
      { 'experience-metier': 0 },
      [['technique-remise-a-niveau', ['remise-a-niveau-experience']]],
    ],
    [
      'worked abroad: strengthening for the Belgian way of working',
      sitting('magasinier', strong, { 'exp-done': 'abroad', 'exp-years': 'more-3' }),
      { 'experience-metier': 100 },
      [['technique-renforcement', ['renforcement-abroad']]],
    ],
    [
      'very stressed but at ease with a jury: soft skills for the stress answer only',
      sitting('coiffeur', strong, { 'test-stress': 'very' }),
      { 'test-situation': 50 },
      [['soft-skills', ['soft-skills-stress']]],
    ],
    [
      'very stressed and not yet at ease with a jury: both reasons',
      sitting('coiffeur', strong, { 'test-stress': 'very', 'test-jury': 'not-yet' }),
      { 'test-situation': 0 },
      [['soft-skills', ['soft-skills-test', 'soft-skills-stress']]],
    ],
    [
      'digital: photo icon missed and "a little" twice',
      sitting('coiffeur', strong, { 'dig-message': 'some', 'dig-internet': 'some', 'dig-photo': 'email' }),
      { digital: 33 },
      [['numerique', ['numerique-digital']]],
    ],
    [
      'nothing answered: no score, no module',
      {},
      { 'experience-metier': null, french: null, maths: null, digital: null, 'test-situation': null },
      [],
    ],
  ])('%s', (_name, answers, expectedScores, expectedModules) => {
    expect(scoresOf(answers)).toMatchObject(expectedScores);
    expect(modulesOf(answers)).toEqual(expectedModules);
  });

  it('raises the constraint flags, without a score', () => {
    const answers = sitting('coiffeur', strong, { 'con-childcare': 'yes', 'con-transport': 'no', 'con-health': DONT_KNOW });
    const constraints = scoreDomains(q, answers).find((s) => s.domain === 'constraints');
    expect(constraints).toEqual({ domain: 'constraints', score: null, counted: 0, dontKnow: 1, flags: ['garde-enfant', 'transport'] });
  });

  it('ignores the answer to a question that is no longer shown', () => {
    const years = q.domains.flatMap((d) => d.items).find((item) => item.id === 'exp-years');
    expect(years && isShown(years, { 'exp-done': 'abroad' })).toBe(true);
    expect(years && isShown(years, { 'exp-done': 'not-yet' })).toBe(false);
    const answers = sitting('coiffeur', strong, { 'exp-done': 'not-yet' });
    expect(modulesOf(answers)).toEqual([]);
    expect(modulesOf({ ...answers, 'exp-done': 'abroad' })).toEqual([['technique-renforcement', ['renforcement-abroad']]]);
  });

  it('gives each reason in every language with its pictogram and clips', () => {
    const [fle] = recommendModules(q, scoreDomains(q, { 'fr-listen-pharmacy': 'bakery' }), {});
    expect(fle?.module).toBe('fle');
    expect(fle?.reasons[0]).toMatchObject({ ruleId: 'fle-french', pictogram: 'french', audio: { fr: 'reason.fle-french' } });
    expect(Object.keys(fle?.reasons[0]?.text ?? {})).toEqual(['fr', 'en', 'ar']);
  });
});

describe('scoring rules on a small questionnaire', () => {
  const t = (fr: string) => ({ fr });
  const a = (clip: string) => ({ fr: clip });
  const choice = (id: string, extra: object = {}) => ({ id, text: t(id), pictogram: 'yes', audio: a(`c.${id}`), ...extra });
  const small = loadQuestionnaire({
    id: 'small', version: 1, languages: ['fr'], title: t('Petit'),
    answerSets: {
      scale: [choice('good', { points: 1 }), choice('some', { points: 0.5 }), choice('not-yet', { points: 0 })],
      yes: choice('yes'), no: choice('no'), dontKnow: choice(DONT_KNOW),
    },
    flags: [{ code: 'f', label: t('Drapeau') }],
    domains: [{
      id: 'digital', title: t('Numérique'), pictogram: 'laptop', audio: a('d'), scoring: { method: 'mean', dontKnow: 'skip' },
      items: [
        { id: 'many', kind: 'pick-many', text: t('Plusieurs'), pictogram: 'laptop', audio: a('many'),
          choices: [choice('p1', { points: 0.5 }), choice('p2', { points: 0.75 }), choice('p3', { points: 0, flag: 'f' })] },
        { id: 'yn', kind: 'yes-no', text: t('Oui ou non'), pictogram: 'laptop', audio: a('yn'), weight: 3, points: { yes: 1, no: 0.25 } },
        { id: 'free', kind: 'pick-one', text: t('Libre'), pictogram: 'laptop', audio: a('free'), choices: [choice('x'), choice('y')] },
      ],
    }],
    rules: [{ id: 'r', module: 'numerique', when: { any: [{ flag: 'f' }, { all: [{ domain: 'digital', scoreAtLeast: 20 }, { domain: 'digital', scoreBelow: 40 }] }] }, reason: t('Parce que.'), pictogram: 'laptop', audio: a('r') }],
  });

  it.each<[string, Answers, number | null, string[], boolean]>([
    ['pick-many adds up to at most 1', { many: ['p1', 'p2'] }, 100, [], false],
    ['pick-many with one choice', { many: ['p1'] }, 50, [], false],
    ['weights: yes-no counts 3 times', { many: ['p3'], yn: 'no' }, 19, ['f'], true],
    ['"je ne sais pas" left out with dontKnow "skip"', { many: DONT_KNOW, yn: 'yes' }, 100, [], false],
    ['an item without points is not scored', { free: 'x' }, null, [], false],
    ['an unknown answer id is ignored', { many: ['zzz'], yn: 'maybe' }, null, [], false],
    ['score between 20 and 40', { many: ['p1'], yn: 'no' }, 31, [], true],
  ])('%s', (_name, answers, expected, flags, recommended) => {
    const [digital] = scoreDomains(small, answers);
    expect(digital?.score).toBe(expected);
    expect(digital?.flags).toEqual(flags);
    expect(recommendModules(small, scoreDomains(small, answers), answers).length).toBe(recommended ? 1 : 0);
  });
});
