// Decisions on the recommended modules, merged with the recommendations, table-driven.
import { describe, expect, it } from 'vitest';
import {
  decidedModuleCodes,
  decisionProblem,
  moduleDecisionsSchema,
  plannedModules,
  readModuleDecisions,
  readRecommendations,
  reviewRecommendations,
  withDecision,
  type ModuleDecision,
  type StoredRecommendation,
} from './module-decisions';

const recommended: StoredRecommendation[] = [
  { module: 'soft-skills', ruleIds: ['soft-skills-stress'] },
  { module: 'steam', ruleIds: ['steam-maths'] },
  { module: 'fle', ruleIds: ['fle-french'] },
];
const accept = (module: string, reason?: string): ModuleDecision => ({ module, choice: 'accepted', ...(reason ? { reason } : {}) });
const remove = (module: string): ModuleDecision => ({ module, choice: 'removed', reason: 'Déjà suivi ailleurs.' });
const replace = (module: string, replacement: string): ModuleDecision => ({ module, choice: 'replaced', replacement, reason: 'Plus utile.' });
const add = (module: string): ModuleDecision => ({ module, choice: 'added', reason: 'Demandé par la personne.' });

describe('decidedModuleCodes (what enrolment proposes)', () => {
  it.each<[string, ModuleDecision[] | undefined, string[]]>([
    ['no decision yet: the recommendations', undefined, ['soft-skills', 'steam', 'fle']],
    ['empty decisions: the recommendations', [], ['soft-skills', 'steam', 'fle']],
    ['all accepted', [accept('soft-skills'), accept('steam'), accept('fle')], ['soft-skills', 'steam', 'fle']],
    ['one removed', [remove('steam')], ['soft-skills', 'fle']],
    ['one replaced', [replace('steam', 'numerique')], ['soft-skills', 'fle', 'numerique']],
    ['one added, in code-list order', [add('technique-renforcement')], ['soft-skills', 'technique-renforcement', 'steam', 'fle']],
    ['replacement already recommended: once', [replace('steam', 'fle')], ['soft-skills', 'fle']],
    ['everything removed', [remove('soft-skills'), remove('steam'), remove('fle')], []],
  ])('%s', (_name, decisions, expected) => {
    expect(decidedModuleCodes(recommended, decisions)).toEqual(expected);
  });
});

describe('reviewRecommendations', () => {
  it('gives each recommendation its decision, or pending', () => {
    const reviewed = reviewRecommendations(recommended, [accept('fle'), replace('steam', 'numerique'), add('steam')]);
    expect(reviewed.map((entry) => [entry.module, entry.status])).toEqual([
      ['soft-skills', 'pending'],
      ['steam', 'replaced'],
      ['fle', 'accepted'],
    ]);
  });
});

describe('plannedModules', () => {
  it('keeps the reasons: the rules, and the adviser’s words', () => {
    expect(plannedModules(recommended, [accept('fle', 'Oui, au travail.'), replace('steam', 'numerique'), add('technique-renforcement'), remove('soft-skills')])).toEqual([
      { module: 'technique-renforcement', ruleIds: [], origin: 'added', reason: 'Demandé par la personne.' },
      { module: 'fle', ruleIds: ['fle-french'], origin: 'recommended', reason: 'Oui, au travail.' },
      { module: 'numerique', ruleIds: [], origin: 'replacement', replaces: 'steam', reason: 'Plus utile.' },
    ]);
  });
});

describe('withDecision', () => {
  it('replaces the earlier decision on the same module, or clears it', () => {
    const once = withDecision([accept('fle'), remove('steam')], 'fle', remove('fle'));
    expect(once.map((entry) => [entry.module, entry.choice])).toEqual([
      ['steam', 'removed'],
      ['fle', 'removed'],
    ]);
    expect(withDecision(once, 'steam', undefined).map((entry) => entry.module)).toEqual(['fle']);
  });
});

describe('decisionProblem', () => {
  it.each<[string, Pick<ModuleDecision, 'choice' | 'reason' | 'replacement' | 'module'>, string | undefined]>([
    ['accept without words: the rule’s reason stands', { module: 'fle', choice: 'accepted' }, undefined],
    ['remove needs a reason', { module: 'fle', choice: 'removed', reason: '  ' }, 'reasonRequired'],
    ['remove with a reason', { module: 'fle', choice: 'removed', reason: 'Niveau B1 attesté.' }, undefined],
    ['replace needs the other module', { module: 'fle', choice: 'replaced', reason: 'x' }, 'replacementRequired'],
    ['replace by itself', { module: 'fle', choice: 'replaced', replacement: 'fle', reason: 'x' }, 'sameModule'],
    ['add needs a reason', { module: 'steam', choice: 'added' }, 'reasonRequired'],
    ['too long', { module: 'steam', choice: 'added', reason: 'x'.repeat(1001) }, 'tooLong'],
  ])('%s', (_name, decision, problem) => {
    expect(decisionProblem(decision)).toBe(problem);
  });
});

describe('the stored fields', () => {
  it.each<[string, unknown, boolean]>([
    ['a decision list', [accept('fle'), replace('steam', 'numerique')], true],
    ['an unknown module', [{ module: 'cuisine', choice: 'added', reason: 'x' }], false],
    ['a replacement without its module', [{ module: 'fle', choice: 'replaced', reason: 'x' }], false],
    ['an unknown field', [{ module: 'fle', choice: 'accepted', note: 'x' }], false],
  ])('the wire schema accepts %s: %s', (_name, value, ok) => {
    expect(moduleDecisionsSchema.safeParse(value).success).toBe(ok);
  });

  it('reads leniently: undefined when absent, odd entries left out', () => {
    expect(readModuleDecisions(undefined)).toBeUndefined();
    expect(readModuleDecisions([accept('fle'), { module: 'x' }])).toEqual([accept('fle')]);
    expect(readRecommendations([{ module: 'fle', reasons: ['fle-french', 3] }, { nope: true }])).toEqual([{ module: 'fle', ruleIds: ['fle-french'] }]);
  });
});
