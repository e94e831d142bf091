// Every published version of the positioning questionnaire, table-driven: what each version must
// keep (old sittings stay readable), then what version 2 added (issue 22: trade items tied to the
// UCs of the métier catalogue, French and maths domains that can decide, Arabic for women and men
// alike). docs/positioning-items.md.
import { describe, expect, it } from 'vitest';
import positionnementV1 from './questionnaires/positionnement-v1.json';
import positionnementV2 from './questionnaires/positionnement-v2.json';
import { findUc, seedCatalogue } from '../domain/metiers/catalogue';
import { metierOptions } from '../features/positioning/metier-options';
import { QuestionnaireContentError, loadQuestionnaire, questionnaireForMetier } from './load';
import { CANDIDATE_CHROME } from './candidate-chrome';
import { hasPictogram } from './pictograms';
import { QUESTIONNAIRES, currentQuestionnaire, findQuestionnaire } from './questionnaires';
import { SITTING_CONSENT } from './sitting-consent';
import { DONT_KNOW, LANGUAGES, MAX_ANSWERS_ON_SCREEN, answerChoices, spokenTexts, type Questionnaire } from './schema';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const FIVE_METIERS = ['employe-administratif', 'installateur-electricien-residentiel', 'jardinier-entretien', 'aide-menager', 'coiffeur'];
const TEN_METIERS = [...FIVE_METIERS, 'agent-accueil', 'estheticien', 'ouvrier-polyvalent', 'peintre-decorateur', 'technicien-pc-reseaux'];

/** One row per published version: its file, the métiers with trade tasks of their own, the length of a sitting. */
const PUBLISHED = [
  { version: 1, json: positionnementV1 as Json, ownMetiers: FIVE_METIERS, screens: [15, 25], ucs: false },
  { version: 2, json: positionnementV2 as Json, ownMetiers: [...TEN_METIERS, 'coiffeur-autonome'], screens: [30, 45], ucs: true },
] as const;

const questionnaire = (version: number) => findQuestionnaire('positionnement', version) as Questionnaire;

function loadError(json: Json): unknown {
  try {
    loadQuestionnaire(json);
  } catch (caught) {
    return caught;
  }
  return undefined;
}

describe('the published questionnaire versions', () => {
  it('are every version in QUESTIONNAIRES; version 2 is the current one', () => {
    expect(QUESTIONNAIRES.map((each) => each.version)).toEqual(PUBLISHED.map((row) => row.version));
    expect(currentQuestionnaire().version).toBe(2);
  });
});

describe.each(PUBLISHED)('positioning questionnaire v$version', ({ version, json, ownMetiers, screens: [fewest, most], ucs }) => {
  const q = questionnaire(version);

  it('validates, in French, English and Arabic, with the seven domains', () => {
    expect(q.id).toBe('positionnement');
    expect(q.version).toBe(version);
    expect(q.languages).toEqual(['fr', 'en', 'ar']);
    expect(q.domains.map((d) => d.id)).toEqual([
      'project-motivation', 'experience-metier', 'french', 'maths', 'digital', 'test-situation', 'constraints',
    ]);
    expect(() => loadQuestionnaire(structuredClone(json))).not.toThrow();
  });

  it.each(ownMetiers)(`%s: 5 or more trade tasks of its own and a sitting of ${fewest} to ${most} screens`, (metier) => {
    const screens = questionnaireForMetier(q, metier);
    const own = screens.filter((s) => Array.isArray(s.item.metiers) && s.item.metiers.includes(metier));
    expect(own.length).toBeGreaterThanOrEqual(5);
    if (ucs) expect(own.every((s) => s.domainId === 'experience-metier' && (s.item.ucs?.length ?? 0) > 0)).toBe(true);
    expect(screens.some((s) => s.item.metiers === 'others')).toBe(false);
    expect(screens.length).toBeGreaterThanOrEqual(fewest);
    expect(screens.length).toBeLessThanOrEqual(most);
    expect(new Set(screens.map((s) => s.domainId)).size).toBe(q.domains.length);
  });

  it('gives the generic trade tasks to the other métiers', () => {
    const screens = questionnaireForMetier(q, 'magasinier');
    expect(screens.filter((s) => s.item.metiers === 'others').length).toBeGreaterThanOrEqual(5);
    expect(screens.some((s) => Array.isArray(s.item.metiers))).toBe(false);
    expect(screens.length).toBeGreaterThanOrEqual(fewest);
    expect(screens.length).toBeLessThanOrEqual(most);
  });

  it('refuses an unknown métier code', () => {
    expect(() => questionnaireForMetier(q, 'astronaute')).toThrow(/Unknown métier/);
  });

  it('has a pictogram, French text and a clip per language for every question and answer', () => {
    for (const domain of q.domains) {
      expect(hasPictogram(domain.pictogram)).toBe(true);
      for (const item of domain.items) {
        const answers = [...answerChoices(q, item), ...(item.allowDontKnow === false ? [] : [q.answerSets.dontKnow])];
        expect(answers.length, item.id).toBeLessThanOrEqual(MAX_ANSWERS_ON_SCREEN);
        expect(answers.length, item.id).toBeGreaterThanOrEqual(3);
        for (const node of [item, ...answers]) {
          expect(hasPictogram(node.pictogram), `${item.id}: ${node.pictogram}`).toBe(true);
          for (const lang of q.languages) {
            expect(node.text[lang], `${item.id} ${lang}`).toBeTruthy();
            expect(node.audio[lang], `${item.id} ${lang}`).toMatch(/^[a-z0-9.-]+$/);
          }
        }
      }
    }
    for (const spoken of spokenTexts(q)) {
      expect(spoken.text.fr.trim()).not.toBe('');
      if (!spoken.silent) for (const lang of spoken.languages) expect(spoken.audio[lang], spoken.path).toBeDefined();
    }
  });

  it('keeps the simplified French short: at most 3 short sentences, numbers as digits', () => {
    // "un"/"une" are articles too; the other number words must be digits.
    const numberWords = /\b(deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|trente|cent|mille)\b/i;
    for (const spoken of spokenTexts(q)) {
      if (spoken.path.endsWith('.stimulus')) continue; // French test material, not instructions
      const text = spoken.text.fr;
      const sentences = text.split(/(?<=[.?!])\s+/);
      expect(sentences.length, text).toBeLessThanOrEqual(3);
      for (const sentence of sentences) expect(sentence.split(/\s+/).length, sentence).toBeLessThanOrEqual(14);
      expect(numberWords.exec(text)?.[0], text).toBeUndefined();
    }
  });

  it('has no two screens in a row asking the same words (the candidate would think nothing happened)', () => {
    for (const metier of [...ownMetiers, 'magasinier']) {
      const texts = questionnaireForMetier(q, metier).map((s) => s.item.text.fr);
      expect(texts.filter((text, i) => i > 0 && text === texts[i - 1]), metier).toEqual([]);
    }
  });

  const firstItem = (broken: Json, kind: string) => broken.domains.flatMap((d: Json) => d.items).find((item: Json) => item.kind === kind);
  it.each<[string, (broken: Json) => void, RegExp]>([
    ['a duplicate item id', (broken) => { broken.domains[1].items[1].id = broken.domains[1].items[0].id; }, /used twice/],
    ['an unknown pictogram', (broken) => { broken.domains[0].items[0].pictogram = 'unicorn'; }, /unknown pictogram "unicorn"/],
    ['a missing French text', (broken) => { delete broken.domains[0].items[0].text.fr; }, /fr/],
    ['a missing Arabic text', (broken) => { delete broken.domains[0].items[0].text.ar; }, /missing the ar text/],
    ['a missing English clip', (broken) => { delete broken.domains[0].items[0].audio.en; }, /missing the en audio clip id/],
    ['one choice only', (broken) => { broken.domains[0].items[0].choices.splice(1); }, /choices/],
    ['4 choices plus "je ne sais pas"', (broken) => {
      const item = firstItem(broken, 'practice');
      item.choices.push({ ...structuredClone(item.choices[0]), id: 'extra', correct: undefined });
    }, /more than 4 answers/],
    ['a practice item with 2 right answers', (broken) => {
      const item = firstItem(broken, 'practice');
      item.choices.forEach((choice: Json, index: number) => {
        if (index < 2) choice.correct = true;
        else delete choice.correct;
      });
    }, /exactly one right answer, found 2/],
    ['a practice item with no right answer', (broken) => {
      for (const choice of firstItem(broken, 'practice').choices) delete choice.correct;
    }, /exactly one right answer, found 0/],
    ['an unknown module', (broken) => { broken.rules[0].module = 'yoga'; }, /unknown module code "yoga"/],
    ['a rule on an unknown item', (broken) => { broken.rules[0].when = { item: 'nope', answerIn: ['yes'] }; }, /unknown item "nope"/],
    ['a rule on an unknown answer', (broken) => { broken.rules[0].when = { item: 'exp-done', answerIn: ['maybe'] }; }, /"maybe" is not an answer/],
    ['a rule on a domain without score', (broken) => { broken.rules[0].when = { domain: 'constraints', scoreBelow: 50 }; }, /has no score/],
    ['a rule on an unknown flag', (broken) => { broken.rules[0].when = { flag: 'moon' }; }, /unknown flag "moon"/],
    ['an unknown métier', (broken) => { broken.domains[1].items[2].metiers = ['astronaute']; }, /unknown métier code "astronaute"/],
    ['one clip id for 2 texts', (broken) => { broken.domains[0].items[0].audio.fr = 'answer.yes'; }, /already used for another text/],
    ['a translated stimulus', (broken) => { firstItem(broken, 'practice').stimulus.text.en = 'Where is the pharmacy?'; }, /./],
    ['a reserved choice id', (broken) => { broken.domains[0].items[0].choices[0].id = DONT_KNOW; }, /reserved/],
  ])('refuses broken content: %s', (_name, breakIt, message) => {
    const broken = structuredClone(json);
    breakIt(broken);
    const error = loadError(broken);
    expect(error).toBeInstanceOf(QuestionnaireContentError);
    expect((error as Error).message).toMatch(message);
  });
});

describe('what version 2 added (issue 22)', () => {
  const q = questionnaire(2);
  const items = q.domains.flatMap((domain) => domain.items);

  it('names only UCs the catalogue seed has for every métier of the item', () => {
    const catalogue = seedCatalogue();
    const missing = items.flatMap((item) =>
      (item.ucs ?? []).flatMap((uc) => (Array.isArray(item.metiers) ? item.metiers : []).filter((metier) => !findUc(catalogue, metier, uc)).map((metier) => `${item.id}: ${metier} ${uc}`)),
    );
    expect(missing).toEqual([]);
    // Every UC of those métiers is informed by at least one task.
    for (const metier of TEN_METIERS) {
      const informed = new Set(items.filter((item) => Array.isArray(item.metiers) && item.metiers.includes(metier)).flatMap((item) => item.ucs ?? []));
      const ucs = catalogue.find((entry) => entry.code === metier)?.ucs.map((uc) => uc.code) ?? [];
      expect([...ucs].sort(), metier).toEqual([...informed].sort());
    }
  });

  it('has the tasks the trade needs', () => {
    const ids = (metier: string) => questionnaireForMetier(q, metier).map((s) => s.item.id);
    expect(ids('installateur-electricien-residentiel')).toEqual(expect.arrayContaining(['elec-board', 'elec-two-way', 'elec-no-voltage']));
    expect(ids('aide-menager')).toEqual(expect.arrayContaining(['home-ironing', 'home-dishes']));
    expect(ids('jardinier-entretien')).toEqual(expect.arrayContaining(['garden-mow', 'garden-machine-safety']));
    // Office tasks, not a receptionist's or a bookkeeper's.
    const admin = questionnaireForMetier(q, 'employe-administratif').filter((s) => s.domainId === 'experience-metier').map((s) => s.item);
    expect(admin.map((item) => item.pictogram)).not.toEqual(expect.arrayContaining(['phone']));
    expect(admin.some((item) => /téléphone|facture|accueil/i.test(item.text.fr))).toBe(false);
  });

  it('offers coiffeur autonome with the métiers that have their own tasks', () => {
    const { own, others } = metierOptions('fr');
    expect(own.map((option) => option.code).sort()).toEqual([...TEN_METIERS, 'coiffeur-autonome'].sort());
    expect(others.some((option) => option.code === 'coiffeur-autonome')).toBe(false);
  });

  it.each(['french', 'maths'] as const)('%s: 8 or more job-oriented practice items, shown as results', (id) => {
    const domain = q.domains.find((entry) => entry.id === id);
    expect(domain?.results).toBe(true);
    expect(domain?.items.length).toBeGreaterThanOrEqual(8);
    expect(domain?.items.every((item) => item.kind === 'practice' && item.metiers === undefined)).toBe(true);
    expect(domain?.scoring).toEqual({ method: 'mean', dontKnow: 'zero' });
  });

  it('French goes from pre-A1 to A2, listening and reading, and hides the words that would answer', () => {
    const french = q.domains.find((domain) => domain.id === 'french')?.items ?? [];
    const levels = french.map((item) => (item.kind === 'practice' ? item.stimulus?.level : undefined));
    expect(levels.filter((level) => level === 'pre-A1').length).toBeGreaterThanOrEqual(2);
    expect(levels.filter((level) => level === 'A1').length).toBeGreaterThanOrEqual(3);
    expect(levels.filter((level) => level === 'A2').length).toBeGreaterThanOrEqual(3);
    const modes = new Set(french.map((item) => (item.kind === 'practice' ? item.stimulus?.mode : undefined)));
    expect(modes).toEqual(new Set(['listen', 'read']));
    expect(french.every((item) => item.kind === 'practice' && item.hideChoiceText)).toBe(true);
  });

  it('gives every rule a reason for the adviser (fr, en) and one for the candidate in every language', () => {
    for (const rule of [...q.rules, ...(q.orientations ?? [])]) {
      expect(rule.reason.en, rule.id).toBeTruthy();
      for (const lang of LANGUAGES) expect(rule.candidateReason?.[lang], `${rule.id} ${lang}`).toBeTruthy();
      // The candidate's words carry no internal jargon.
      expect(rule.candidateReason?.fr, rule.id).not.toMatch(/score|%|module|FLE|STEAM|UC\d|règle/i);
    }
  });

  it('addresses women and men alike in Arabic: no masculine-only imperative or "do you know"', () => {
    // Masculine imperatives, and second-person verbs that have a feminine form (تريدين, تدفعين…).
    const masculineOnly = /(^|[\s(])(المس|استمع|ابدأ|أعطِ|اختر|اقرأ|انظر|تكلّم|تريد|تدفع|تستعمل|تشتري|تتعلّم)([\s.!؟?،]|$)|هل تعرف[\s؟?]|هل تستطيع[\s؟?]/;
    const arabic = [
      ...spokenTexts(q).map((spoken) => spoken.text.ar ?? ''),
      ...Object.values(CANDIDATE_CHROME).map((text) => text.text.ar ?? ''),
      ...SITTING_CONSENT.map((line) => line.text.ar ?? ''),
    ];
    expect(arabic.filter((text) => masculineOnly.test(text))).toEqual([]);
  });

  it('has the sitting consent in French, English and Arabic, each line with a pictogram and a clip', () => {
    expect(SITTING_CONSENT.length).toBeGreaterThanOrEqual(7);
    for (const line of SITTING_CONSENT) for (const lang of LANGUAGES) {
      expect(line.text[lang], `${line.id} ${lang}`).toBeTruthy();
      expect(line.audio[lang]).toBe(`consent.${line.id}`);
    }
    const said = SITTING_CONSENT.map((line) => line.text.fr).join(' ');
    expect(said).toMatch(/sans les noms/);
    expect(said).toMatch(/5 ans/);
  });

  const find = (broken: Json, id: string) => broken.domains.flatMap((d: Json) => d.items).find((item: Json) => item.id === id);
  it.each<[string, (broken: Json) => void, RegExp]>([
    ['UCs on a generic trade item', (broken) => { find(broken, 'gen-tools').ucs = ['UC1']; }, /only trade items of given métiers name UCs/],
    ['UCs on a French item', (broken) => { find(broken, 'fr-read-toilets').ucs = ['UC1']; }, /only trade items/],
    ['a self-assessment in a domain shown as results', (broken) => {
      broken.domains.find((d: Json) => d.id === 'maths').items.push({ ...structuredClone(find(broken, 'gen-tools')), id: 'math-feel', metiers: undefined });
    }, /practice items only/],
    ['an adviser reason without English', (broken) => { delete broken.rules[0].reason.en; }, /en text of the adviser's reason/],
    ['a candidate reason without Arabic', (broken) => { delete broken.rules[0].candidateReason.ar; }, /missing the ar text/],
    ['an unknown métier in a threshold', (broken) => { broken.rules[2].when = { metierIn: ['astronaute'] }; }, /unknown métier code "astronaute"/],
    ['a level no item has', (broken) => { broken.rules[1].when = { domain: 'french', levelIn: ['B1'], scoreBelow: 50 }; }, /no item at B1/],
    ['an unknown orientation', (broken) => { broken.orientations[0].orientation = 'holiday'; }, /orientation/],
    ['a rule id used by an orientation', (broken) => { broken.orientations[0].id = broken.rules[0].id; }, /used twice/],
  ])('refuses broken content: %s', (_name, breakIt, message) => {
    const broken = structuredClone(positionnementV2 as Json);
    breakIt(broken);
    const error = loadError(broken);
    expect(error).toBeInstanceOf(QuestionnaireContentError);
    expect((error as Error).message).toMatch(message);
  });
});
