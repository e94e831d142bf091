import { describe, expect, it } from 'vitest';
import positionnementV1 from './questionnaires/positionnement-v1.json';
import { QuestionnaireContentError, loadQuestionnaire, questionnaireForMetier } from './load';
import { hasPictogram } from './pictograms';
import { QUESTIONNAIRES, findQuestionnaire } from './questionnaires';
import { DONT_KNOW, LANGUAGES, MAX_ANSWERS_ON_SCREEN, answerChoices, spokenTexts, type Questionnaire } from './schema';

const q = findQuestionnaire('positionnement', 1) as Questionnaire;
const clone = (): Record<string, any> => structuredClone(positionnementV1) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('positioning questionnaire v1', () => {
  it('validates', () => {
    expect(q.id).toBe('positionnement');
    expect(q.version).toBe(1);
    expect(q.languages).toEqual(['fr', 'en', 'ar']);
    expect(q.domains.map((d) => d.id)).toEqual([
      'project-motivation', 'experience-metier', 'french', 'maths', 'digital', 'test-situation', 'constraints',
    ]);
  });

  it.each([
    'employe-administratif',
    'installateur-electricien-residentiel',
    'jardinier-entretien',
    'aide-menager',
    'coiffeur',
  ])('has trade tasks of its own for %s and a sitting of 15 to 25 screens', (metier) => {
    const screens = questionnaireForMetier(q, metier);
    const own = screens.filter((s) => Array.isArray(s.item.metiers) && s.item.metiers.includes(metier));
    expect(own.length).toBeGreaterThanOrEqual(5);
    expect(screens.some((s) => s.item.metiers === 'others')).toBe(false);
    expect(screens.length).toBeGreaterThanOrEqual(15);
    expect(screens.length).toBeLessThanOrEqual(25);
    expect(new Set(screens.map((s) => s.domainId)).size).toBe(q.domains.length);
  });

  it('gives the generic trade tasks to the other métiers', () => {
    const screens = questionnaireForMetier(q, 'magasinier');
    const generic = screens.filter((s) => s.item.metiers === 'others');
    expect(generic.length).toBeGreaterThanOrEqual(5);
    expect(screens.some((s) => Array.isArray(s.item.metiers))).toBe(false);
    expect(screens.length).toBeGreaterThanOrEqual(15);
    expect(screens.length).toBeLessThanOrEqual(25);
  });

  it('refuses an unknown métier code', () => {
    expect(() => questionnaireForMetier(q, 'astronaute')).toThrow(/Unknown métier/);
  });

  it.each(QUESTIONNAIRES.map((each) => [`${each.id} v${each.version}`, each] as const))(
    '%s: every question and answer has a pictogram, French text and a clip per language',
    (_name, each) => {
      for (const domain of each.domains) {
        expect(hasPictogram(domain.pictogram)).toBe(true);
        for (const item of domain.items) {
          const answers = [...answerChoices(each, item), ...(item.allowDontKnow === false ? [] : [each.answerSets.dontKnow])];
          expect(answers.length, item.id).toBeLessThanOrEqual(MAX_ANSWERS_ON_SCREEN);
          expect(answers.length, item.id).toBeGreaterThanOrEqual(3);
          for (const node of [item, ...answers]) {
            expect(hasPictogram(node.pictogram), `${item.id}: ${node.pictogram}`).toBe(true);
            for (const lang of each.languages) {
              expect(node.text[lang], `${item.id} ${lang}`).toBeTruthy();
              expect(node.audio[lang], `${item.id} ${lang}`).toMatch(/^[a-z0-9.-]+$/);
            }
          }
        }
      }
      for (const spoken of spokenTexts(each)) {
        expect(spoken.text.fr.trim()).not.toBe('');
        if (!spoken.silent) for (const lang of spoken.languages) expect(spoken.audio[lang], spoken.path).toBeDefined();
      }
    },
  );

  it.each(QUESTIONNAIRES.map((each) => [`v${each.version}`, each] as const))('%s keeps the simplified French short: at most 3 short sentences, numbers as digits', (_name, each) => {
    // "un"/"une" are articles too; the other number words must be digits.
    const numberWords = /\b(deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|trente|cent|mille)\b/i;
    for (const spoken of spokenTexts(each)) {
      if (spoken.path.endsWith('.stimulus')) continue; // French test material, not instructions
      const text = spoken.text.fr;
      const sentences = text.split(/(?<=[.?!])\s+/);
      expect(sentences.length, text).toBeLessThanOrEqual(3);
      for (const sentence of sentences) expect(sentence.split(/\s+/).length, sentence).toBeLessThanOrEqual(14);
      expect(numberWords.exec(text)?.[0], text).toBeUndefined();
    }
  });
});

describe('loadQuestionnaire refuses broken content', () => {
  const firstChoiceItem = (json: Record<string, any>, kind: string) => // eslint-disable-line @typescript-eslint/no-explicit-any
    json.domains.flatMap((d: any) => d.items).find((item: any) => item.kind === kind); // eslint-disable-line @typescript-eslint/no-explicit-any

  it.each<[string, (json: Record<string, any>) => void, RegExp]>([ // eslint-disable-line @typescript-eslint/no-explicit-any
    ['a duplicate item id', (json) => { json.domains[1].items[1].id = json.domains[1].items[0].id; }, /used twice/],
    ['an unknown pictogram', (json) => { json.domains[0].items[0].pictogram = 'unicorn'; }, /unknown pictogram "unicorn"/],
    ['a missing French text', (json) => { delete json.domains[0].items[0].text.fr; }, /fr/],
    ['a missing Arabic text', (json) => { delete json.domains[0].items[0].text.ar; }, /missing the ar text/],
    ['a missing English clip', (json) => { delete json.domains[0].items[0].audio.en; }, /missing the en audio clip id/],
    ['one choice only', (json) => { json.domains[0].items[0].choices.splice(1); }, /choices/],
    ['4 choices plus "je ne sais pas"', (json) => {
      const item = firstChoiceItem(json, 'practice');
      item.choices.push({ ...structuredClone(item.choices[0]), id: 'extra', correct: undefined });
    }, /more than 4 answers/],
    ['a practice item with 2 right answers', (json) => {
      const item = firstChoiceItem(json, 'practice');
      item.choices[1].correct = true;
      item.choices[0].correct = true;
    }, /exactly one right answer, found 2/],
    ['a practice item with no right answer', (json) => {
      for (const choice of firstChoiceItem(json, 'practice').choices) delete choice.correct;
    }, /exactly one right answer, found 0/],
    ['an unknown module', (json) => { json.rules[0].module = 'yoga'; }, /unknown module code "yoga"/],
    ['a rule on an unknown item', (json) => { json.rules[0].when = { item: 'nope', answerIn: ['yes'] }; }, /unknown item "nope"/],
    ['a rule on an unknown answer', (json) => { json.rules[0].when = { item: 'exp-done', answerIn: ['maybe'] }; }, /"maybe" is not an answer/],
    ['a rule on a domain without score', (json) => { json.rules[0].when = { domain: 'constraints', scoreBelow: 50 }; }, /has no score/],
    ['a rule on an unknown flag', (json) => { json.rules[0].when = { flag: 'moon' }; }, /unknown flag "moon"/],
    ['an unknown métier', (json) => { json.domains[1].items[2].metiers = ['astronaute']; }, /unknown métier code "astronaute"/],
    ['one clip id for 2 texts', (json) => { json.domains[0].items[0].audio.fr = 'answer.yes'; }, /already used for another text/],
    ['a translated stimulus', (json) => { firstChoiceItem(json, 'practice').stimulus.text.en = 'Where is the pharmacy?'; }, /./],
    ['a reserved choice id', (json) => { json.domains[0].items[0].choices[0].id = DONT_KNOW; }, /reserved/],
  ])('%s', (_name, breakIt, message) => {
    const json = clone();
    breakIt(json);
    let error: unknown;
    try {
      loadQuestionnaire(json);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(QuestionnaireContentError);
    expect((error as Error).message).toMatch(message);
  });

  it('loads the untouched file', () => {
    expect(() => loadQuestionnaire(clone())).not.toThrow();
    expect(LANGUAGES).toContain('fr');
  });
});
