// Version 2 of the positioning questionnaire (issue 22): trade items tied to the UCs of the métier
// catalogue, French and maths domains that can decide, Arabic for women and men alike.
import { describe, expect, it } from 'vitest';
import positionnementV2 from './questionnaires/positionnement-v2.json';
import { findUc, seedCatalogue } from '../domain/metiers/catalogue';
import { metierOptions } from '../features/positioning/metier-options';
import { QuestionnaireContentError, loadQuestionnaire, questionnaireForMetier } from './load';
import { CANDIDATE_CHROME } from './candidate-chrome';
import { QUESTIONNAIRES, currentQuestionnaire, findQuestionnaire } from './questionnaires';
import { SITTING_CONSENT } from './sitting-consent';
import { LANGUAGES, spokenTexts } from './schema';

const q = currentQuestionnaire();
const items = q.domains.flatMap((domain) => domain.items);
const clone = (): Record<string, any> => structuredClone(positionnementV2) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const TEN_METIERS = [
  'employe-administratif',
  'installateur-electricien-residentiel',
  'jardinier-entretien',
  'aide-menager',
  'coiffeur',
  'agent-accueil',
  'estheticien',
  'ouvrier-polyvalent',
  'peintre-decorateur',
  'technicien-pc-reseaux',
];

describe('positioning questionnaire v2', () => {
  it('is the current version; version 1 still loads for old sittings', () => {
    expect(q.version).toBe(2);
    expect(findQuestionnaire('positionnement', 1)?.version).toBe(1);
    expect(QUESTIONNAIRES.map((each) => each.version)).toEqual([1, 2]);
  });

  it.each([...TEN_METIERS, 'coiffeur-autonome'])('%s: 5 or more trade tasks of its own, each naming its UCs, and a sitting of 30 to 45 screens', (metier) => {
    const screens = questionnaireForMetier(q, metier);
    const own = screens.filter((s) => Array.isArray(s.item.metiers) && s.item.metiers.includes(metier));
    expect(own.length).toBeGreaterThanOrEqual(5);
    expect(own.every((s) => s.domainId === 'experience-metier' && (s.item.ucs?.length ?? 0) > 0)).toBe(true);
    expect(screens.some((s) => s.item.metiers === 'others')).toBe(false);
    expect(screens.length).toBeGreaterThanOrEqual(30);
    expect(screens.length).toBeLessThanOrEqual(45);
    expect(new Set(screens.map((s) => s.domainId)).size).toBe(q.domains.length);
  });

  it.each([...TEN_METIERS, 'magasinier'])('%s: no two screens in a row ask the same words (the candidate would think nothing happened)', (metier) => {
    const texts = questionnaireForMetier(q, metier).map((s) => s.item.text.fr);
    expect(texts.filter((text, i) => i > 0 && text === texts[i - 1])).toEqual([]);
  });

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

  it('has the tasks the trade needs (issue 22)', () => {
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
});

describe('loadQuestionnaire refuses broken version 2 content', () => {
  const find = (json: Record<string, any>, id: string) => json.domains.flatMap((d: any) => d.items).find((item: any) => item.id === id); // eslint-disable-line @typescript-eslint/no-explicit-any
  it.each<[string, (json: Record<string, any>) => void, RegExp]>([ // eslint-disable-line @typescript-eslint/no-explicit-any
    ['UCs on a generic trade item', (json) => { find(json, 'gen-tools').ucs = ['UC1']; }, /only trade items of given métiers name UCs/],
    ['UCs on a French item', (json) => { find(json, 'fr-read-toilets').ucs = ['UC1']; }, /only trade items/],
    ['a self-assessment in a domain shown as results', (json) => {
      json.domains.find((d: any) => d.id === 'maths').items.push({ ...structuredClone(find(json, 'gen-tools')), id: 'math-feel', metiers: undefined }); // eslint-disable-line @typescript-eslint/no-explicit-any
    }, /practice items only/],
    ['an adviser reason without English', (json) => { delete json.rules[0].reason.en; }, /en text of the adviser's reason/],
    ['a candidate reason without Arabic', (json) => { delete json.rules[0].candidateReason.ar; }, /missing the ar text/],
    ['an unknown métier in a threshold', (json) => { json.rules[2].when = { metierIn: ['astronaute'] }; }, /unknown métier code "astronaute"/],
    ['a level no item has', (json) => { json.rules[1].when = { domain: 'french', levelIn: ['B1'], scoreBelow: 50 }; }, /no item at B1/],
    ['an unknown orientation', (json) => { json.orientations[0].orientation = 'holiday'; }, /orientation/],
    ['a rule id used by an orientation', (json) => { json.orientations[0].id = json.rules[0].id; }, /used twice/],
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
});
