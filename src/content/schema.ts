// The shape of a questionnaire file (src/content/questionnaires/*.json), validated with zod when
// it is loaded. Content is data: domains, items, pictogram and audio clip ids, answer choices,
// scoring and module-recommendation rules. See docs/content-format.md.
import { z } from 'zod';
import { METIER_CODES, MODULE_CODES } from '../domain/codes';
import { hasPictogram } from './pictograms';

export const LANGUAGES = ['fr', 'en', 'ar'] as const;
export type Language = (typeof LANGUAGES)[number];

export const DOMAIN_IDS = [
  'project-motivation',
  'experience-metier',
  'french',
  'maths',
  'digital',
  'test-situation',
  'constraints',
] as const;
export type DomainId = (typeof DOMAIN_IDS)[number];

export const ITEM_KINDS = ['self-assessment', 'practice', 'yes-no', 'pick-one', 'pick-many'] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

/** The answer id of "je ne sais pas", offered on every item unless `allowDontKnow` is false. */
export const DONT_KNOW = 'dont-know';
/** At most four answers on a screen, "je ne sais pas" included: large targets for those who read little. */
export const MAX_ANSWERS_ON_SCREEN = 4;

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'lowercase letters, digits and single hyphens');
const clipId = z.string().regex(/^[a-z0-9]+(?:[.-][a-z0-9]+)*$/, 'lowercase letters, digits, dots and hyphens');
const words = z.string().trim().min(1);

/** A text in each language of the questionnaire; simplified French is always there. */
const textSchema = z.strictObject({ fr: words, en: words.optional(), ar: words.optional() });
/** The audio clip of a text, per language: public/audio/<lang>/<clipId>.mp3. */
const audioSchema = z.strictObject({ fr: clipId, en: clipId.optional(), ar: clipId.optional() });
const frenchOnlyText = z.strictObject({ fr: words });
/**
 * A text for the adviser (a rule's reason: which rule or score fired), in the adviser's languages:
 * French and English, Dutch when the file has it. In version 1 files, `reason` was the candidate's
 * sentence in the questionnaire's languages (fr, en, ar); it still loads.
 */
const adviserTextSchema = z.strictObject({ fr: words, en: words.optional(), nl: words.optional(), ar: words.optional() });

const choiceSchema = z.strictObject({
  id: slug,
  text: textSchema,
  pictogram: z.string(),
  audio: audioSchema,
  /** Practice items: the one right answer. */
  correct: z.literal(true).optional(),
  /** Pick-one / pick-many: what the answer is worth, 0 to 1 (pick-many adds up, capped at 1). */
  points: z.number().min(0).max(1).optional(),
  /** A flag for the adviser raised by this answer (see `flags`). */
  flag: slug.optional(),
});

const scaleChoiceSchema = choiceSchema.extend({ points: z.number().min(0).max(1) });

const cefrLevel = z.enum(['pre-A1', 'A1', 'A2', 'B1']);
/** French items: what the candidate hears or reads, in French only, never translated. */
const stimulusSchema = z.discriminatedUnion('mode', [
  z.strictObject({ mode: z.literal('listen'), level: cefrLevel, text: frenchOnlyText, audio: z.strictObject({ fr: clipId }) }),
  // A reading stimulus has no audio on purpose: hearing it would answer the question.
  z.strictObject({ mode: z.literal('read'), level: cefrLevel, text: frenchOnlyText }),
]);

const showIfSchema = z.strictObject({ item: slug, answerIn: z.array(slug).min(1) });

const itemBase = {
  id: slug,
  text: textSchema,
  pictogram: z.string(),
  audio: audioSchema,
  /** Only for these métiers; "others": only for métiers with no item of their own in the domain. */
  metiers: z.union([z.array(z.string()).min(1), z.literal('others')]).optional(),
  /**
   * Trade items: the UC codes of the métier catalogue this task informs (each code must be a UC of
   * every métier in `metiers`; checked against the catalogue seed in content.test.ts).
   */
  ucs: z.array(z.string().min(1)).min(1).optional(),
  /** Shown only when an earlier answer is one of these. */
  showIf: showIfSchema.optional(),
  weight: z.number().positive().optional(),
  /** "Je ne sais pas" is offered unless this is false. */
  allowDontKnow: z.boolean().optional(),
};
const withChoices = {
  choices: z.array(choiceSchema).min(2).max(4),
  /** Show the pictures only (French and digital practice: the words would give the answer). */
  hideChoiceText: z.boolean().optional(),
};

const itemSchema = z.discriminatedUnion('kind', [
  z.strictObject({ ...itemBase, kind: z.literal('self-assessment') }),
  z.strictObject({ ...itemBase, ...withChoices, kind: z.literal('practice'), stimulus: stimulusSchema.optional() }),
  z.strictObject({
    ...itemBase,
    kind: z.literal('yes-no'),
    points: z.strictObject({ yes: z.number().min(0).max(1), no: z.number().min(0).max(1) }).optional(),
    flags: z.strictObject({ yes: slug.optional(), no: slug.optional() }).optional(),
  }),
  z.strictObject({ ...itemBase, ...withChoices, kind: z.literal('pick-one') }),
  z.strictObject({ ...itemBase, ...withChoices, kind: z.literal('pick-many') }),
]);

const scoringSchema = z.discriminatedUnion('method', [
  /** Score 0–100 = weighted mean of the item points; "je ne sais pas" counts 0 or is left out. */
  z.strictObject({ method: z.literal('mean'), dontKnow: z.enum(['zero', 'skip']) }),
  /** No score: the answers raise flags for the adviser (practical constraints). */
  z.strictObject({ method: z.literal('flags') }),
  /** No score: the answers are read by the adviser. */
  z.strictObject({ method: z.literal('none') }),
]);

const domainSchema = z.strictObject({
  id: z.enum(DOMAIN_IDS),
  title: textSchema,
  pictogram: z.string(),
  audio: audioSchema,
  scoring: scoringSchema,
  /**
   * The domain's items are practice items with one right answer (French, maths): the review shows
   * them as results (right / wrong / "je ne sais pas"), never as a difference of opinion, and the
   * adviser does not rate them.
   */
  results: z.literal(true).optional(),
  items: z.array(itemSchema).min(1),
});

export type CefrLevel = z.infer<typeof cefrLevel>;

/**
 * A rule's condition. `levelIn` restricts a domain score to the practice items whose stimulus is
 * at one of those levels (the A2 French items); `dontKnowShareAtLeast` is the share (0–100) of the
 * domain's shown scored items answered "je ne sais pas"; `metierIn` holds for a sitting of one of
 * those métiers (false when the caller does not say the métier).
 */
export type Condition =
  | { domain: DomainId; scoreBelow: number; levelIn?: CefrLevel[] }
  | { domain: DomainId; scoreAtLeast: number; levelIn?: CefrLevel[] }
  | { domain: DomainId; dontKnowShareAtLeast: number }
  | { item: string; answerIn: string[] }
  | { flag: string }
  | { metierIn: string[] }
  | { not: Condition }
  | { all: Condition[] }
  | { any: Condition[] };

const score = z.number().min(0).max(100);
const conditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.strictObject({ domain: z.enum(DOMAIN_IDS), scoreBelow: score, levelIn: z.array(cefrLevel).min(1).optional() }),
    z.strictObject({ domain: z.enum(DOMAIN_IDS), scoreAtLeast: score, levelIn: z.array(cefrLevel).min(1).optional() }),
    z.strictObject({ domain: z.enum(DOMAIN_IDS), dontKnowShareAtLeast: score }),
    z.strictObject({ item: slug, answerIn: z.array(slug).min(1) }),
    z.strictObject({ flag: slug }),
    z.strictObject({ metierIn: z.array(z.string()).min(1) }),
    z.strictObject({ not: conditionSchema }),
    z.strictObject({ all: z.array(conditionSchema).min(1) }),
    z.strictObject({ any: z.array(conditionSchema).min(1) }),
  ]),
);

const ruleSchema = z.strictObject({
  id: slug,
  module: z.string(),
  when: conditionSchema,
  /**
   * For the adviser: the rule and the score or answer that fired it (fr and en). Version 1 files
   * have no `candidateReason`: there `reason` is the candidate's sentence, in every language.
   */
  reason: adviserTextSchema,
  /** For the candidate (synthesis, candidate mode): easy French, second person, no jargon; spoken. */
  candidateReason: textSchema.optional(),
  pictogram: z.string(),
  /** The clips of `candidateReason` (of `reason` in version 1 files). */
  audio: audioSchema,
});

export const ORIENTATION_CODES = ['training-first', 'straight-to-registration'] as const;
export type OrientationCode = (typeof ORIENTATION_CODES)[number];

/** An orientation instead of (or before) modules: training first, straight to registration. */
const orientationRuleSchema = ruleSchema.omit({ module: true }).extend({ orientation: z.enum(ORIENTATION_CODES) });

const flagSchema = z.strictObject({ code: slug, label: textSchema });

const answerSetsSchema = z.strictObject({
  /** The three-step self-assessment scale: can do well / a little / not yet. */
  scale: z.tuple([scaleChoiceSchema, scaleChoiceSchema, scaleChoiceSchema]),
  yes: choiceSchema.extend({ id: z.literal('yes') }),
  no: choiceSchema.extend({ id: z.literal('no') }),
  dontKnow: choiceSchema.extend({ id: z.literal(DONT_KNOW) }),
});

const baseQuestionnaireSchema = z.strictObject({
  $comment: z.string().optional(),
  id: slug,
  version: z.number().int().positive(),
  languages: z.array(z.enum(LANGUAGES)).min(1),
  title: textSchema,
  answerSets: answerSetsSchema,
  flags: z.array(flagSchema),
  domains: z.array(domainSchema).min(1),
  rules: z.array(ruleSchema),
  /** Orientation rules (version 2 on); absent: none. */
  orientations: z.array(orientationRuleSchema).optional(),
});

export type Text = z.infer<typeof textSchema>;
export type AudioRef = z.infer<typeof audioSchema>;
export type Choice = z.infer<typeof choiceSchema>;
export type Stimulus = z.infer<typeof stimulusSchema>;
export type Item = z.infer<typeof itemSchema>;
export type Domain = z.infer<typeof domainSchema>;
export type Scoring = z.infer<typeof scoringSchema>;
export type Rule = z.infer<typeof ruleSchema>;
export type OrientationRule = z.infer<typeof orientationRuleSchema>;
export type AdviserText = z.infer<typeof adviserTextSchema>;
export type FlagDefinition = z.infer<typeof flagSchema>;
export type AnswerSets = z.infer<typeof answerSetsSchema>;
export type Questionnaire = z.infer<typeof baseQuestionnaireSchema>;
export type ChoiceItem = Extract<Item, { choices: Choice[] }>;

/** Every text that is spoken, with where it sits in the file: the unit of the audio clips. */
export interface SpokenText {
  readonly path: string;
  readonly text: Text;
  readonly audio: Partial<Record<Language, string>>;
  /** Languages this text is spoken in: the questionnaire's, or French only for a stimulus. */
  readonly languages: readonly Language[];
  /** Reading stimuli are never spoken. */
  readonly silent?: boolean;
}

/** The answers a candidate can give to an item, "je ne sais pas" aside. */
export function answerChoices(q: Pick<Questionnaire, 'answerSets'>, item: Item): readonly Choice[] {
  switch (item.kind) {
    case 'self-assessment':
      return q.answerSets.scale;
    case 'yes-no':
      return [q.answerSets.yes, q.answerSets.no];
    default:
      return item.choices;
  }
}

/** Walks every text of a questionnaire with its audio clips, in file order. */
export function spokenTexts(q: Questionnaire): SpokenText[] {
  const out: SpokenText[] = [];
  const all = q.languages;
  const add = (path: string, node: { text: Text; audio: AudioRef }) =>
    out.push({ path, text: node.text, audio: node.audio, languages: all });
  out.push({ path: 'title', text: q.title, audio: {}, languages: all, silent: true });
  q.answerSets.scale.forEach((choice, i) => add(`answerSets.scale.${i}`, choice));
  add('answerSets.yes', q.answerSets.yes);
  add('answerSets.no', q.answerSets.no);
  add('answerSets.dontKnow', q.answerSets.dontKnow);
  q.domains.forEach((domain, d) => {
    add(`domains.${d}`, { text: domain.title, audio: domain.audio });
    domain.items.forEach((item, i) => {
      const at = `domains.${d}.items.${i}`;
      add(at, item);
      if ('choices' in item) item.choices.forEach((choice, c) => add(`${at}.choices.${c}`, choice));
      if (item.kind === 'practice' && item.stimulus) {
        const stimulus = item.stimulus;
        if (stimulus.mode === 'listen') {
          out.push({ path: `${at}.stimulus`, text: stimulus.text, audio: stimulus.audio, languages: ['fr'] });
        } else {
          out.push({ path: `${at}.stimulus`, text: stimulus.text, audio: {}, languages: ['fr'], silent: true });
        }
      }
    });
  });
  const spokenReason = (rule: Rule | OrientationRule): Text => rule.candidateReason ?? (rule.reason as Text);
  q.rules.forEach((rule, r) => add(`rules.${r}`, { text: spokenReason(rule), audio: rule.audio }));
  (q.orientations ?? []).forEach((rule, r) => add(`orientations.${r}`, { text: spokenReason(rule), audio: rule.audio }));
  return out;
}

type Issue = { message: string; path: (string | number)[] };

function pathOf(dotted: string): (string | number)[] {
  return dotted.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

function questionnaireIssues(q: Questionnaire): Issue[] {
  const issues: Issue[] = [];
  const fail = (path: string, message: string) => issues.push({ path: pathOf(path), message });

  if (!q.languages.includes('fr')) fail('languages', 'French (fr) must be one of the languages');
  if (new Set(q.languages).size !== q.languages.length) fail('languages', 'a language is listed twice');

  // Texts and audio in every declared language; one clip id = one text.
  const clipTexts = new Map<string, { text: string; path: string }>();
  for (const spoken of spokenTexts(q)) {
    for (const lang of LANGUAGES) {
      const text = spoken.text[lang];
      const declared = spoken.languages.includes(lang);
      if (declared && text === undefined) fail(`${spoken.path}.text`, `missing the ${lang} text`);
      if (!declared && text !== undefined && spoken.languages.length === 1) fail(`${spoken.path}.text`, `a stimulus is in French only`);
      if (spoken.silent) continue;
      const clip = spoken.audio[lang];
      if (declared && clip === undefined) fail(`${spoken.path}.audio`, `missing the ${lang} audio clip id`);
      if (!declared && clip !== undefined) fail(`${spoken.path}.audio`, `audio in ${lang}, which is not a language of this questionnaire`);
      if (clip === undefined || text === undefined) continue;
      const key = `${lang}/${clip}`;
      const seen = clipTexts.get(key);
      if (seen && seen.text !== text) fail(`${spoken.path}.audio`, `clip ${key} is already used for another text (${seen.path})`);
      if (!seen) clipTexts.set(key, { text, path: spoken.path });
    }
  }

  // Pictograms.
  const checkPictogram = (path: string, id: string) => {
    if (!hasPictogram(id)) fail(`${path}.pictogram`, `unknown pictogram "${id}"`);
  };
  q.answerSets.scale.forEach((choice, i) => checkPictogram(`answerSets.scale.${i}`, choice.pictogram));
  checkPictogram('answerSets.yes', q.answerSets.yes.pictogram);
  checkPictogram('answerSets.no', q.answerSets.no.pictogram);
  checkPictogram('answerSets.dontKnow', q.answerSets.dontKnow.pictogram);
  const scaleIds = q.answerSets.scale.map((choice) => choice.id);
  if (new Set(scaleIds).size !== 3 || scaleIds.includes(DONT_KNOW)) fail('answerSets.scale', 'the scale needs 3 different ids, not "dont-know"');

  const flagCodes = new Set(q.flags.map((flag) => flag.code));
  if (flagCodes.size !== q.flags.length) fail('flags', 'a flag code is defined twice');
  const checkFlag = (path: string, code: string | undefined) => {
    if (code !== undefined && !flagCodes.has(code)) fail(path, `unknown flag "${code}"`);
  };

  const domainIds = new Set<string>();
  const itemsById = new Map<string, { item: Item; domain: Domain }>();
  q.domains.forEach((domain, d) => {
    const at = `domains.${d}`;
    if (domainIds.has(domain.id)) fail(`${at}.id`, `domain "${domain.id}" appears twice`);
    domainIds.add(domain.id);
    checkPictogram(at, domain.pictogram);
    domain.items.forEach((item, i) => {
      const itemAt = `${at}.items.${i}`;
      if (itemsById.has(item.id)) fail(`${itemAt}.id`, `item id "${item.id}" is used twice`);
      checkPictogram(itemAt, item.pictogram);

      if (Array.isArray(item.metiers)) {
        for (const code of item.metiers) {
          if (!METIER_CODES.includes(code)) fail(`${itemAt}.metiers`, `unknown métier code "${code}"`);
        }
      }
      if (item.ucs) {
        if (domain.id !== 'experience-metier' || !Array.isArray(item.metiers)) fail(`${itemAt}.ucs`, 'only trade items of given métiers name UCs');
        if (new Set(item.ucs).size !== item.ucs.length) fail(`${itemAt}.ucs`, 'a UC is listed twice');
      }
      if (domain.results && item.kind !== 'practice') fail(`${itemAt}.kind`, 'a domain shown as results holds practice items only');

      if (item.showIf) {
        const target = itemsById.get(item.showIf.item);
        if (!target) fail(`${itemAt}.showIf.item`, `"${item.showIf.item}" is not an earlier item`);
        else {
          const ids = new Set(answerChoices(q, target.item).map((choice) => choice.id));
          for (const id of item.showIf.answerIn) {
            if (!ids.has(id)) fail(`${itemAt}.showIf.answerIn`, `"${id}" is not an answer of "${target.item.id}"`);
          }
        }
      }
      itemsById.set(item.id, { item, domain });

      const dontKnow = item.allowDontKnow !== false ? 1 : 0;
      if (answerChoices(q, item).length + dontKnow > MAX_ANSWERS_ON_SCREEN) {
        fail(itemAt, `more than ${MAX_ANSWERS_ON_SCREEN} answers on one screen ("je ne sais pas" counts)`);
      }

      if (item.kind === 'yes-no') {
        checkFlag(`${itemAt}.flags.yes`, item.flags?.yes);
        checkFlag(`${itemAt}.flags.no`, item.flags?.no);
      }
      if (!('choices' in item)) return;
      const choiceIds = item.choices.map((choice) => choice.id);
      if (new Set(choiceIds).size !== choiceIds.length) fail(`${itemAt}.choices`, 'two choices have the same id');
      if (choiceIds.includes(DONT_KNOW)) fail(`${itemAt}.choices`, `"${DONT_KNOW}" is reserved`);
      item.choices.forEach((choice, c) => {
        const choiceAt = `${itemAt}.choices.${c}`;
        checkPictogram(choiceAt, choice.pictogram);
        checkFlag(`${choiceAt}.flag`, choice.flag);
        if (choice.correct && item.kind !== 'practice') fail(`${choiceAt}.correct`, 'only practice items have a right answer');
        if (choice.points !== undefined && item.kind === 'practice') fail(`${choiceAt}.points`, 'practice items score 1 for the right answer');
      });
      if (item.kind === 'practice') {
        const right = item.choices.filter((choice) => choice.correct).length;
        if (right !== 1) fail(`${itemAt}.choices`, `a practice item needs exactly one right answer, found ${right}`);
      }
      const withPoints = item.choices.filter((choice) => choice.points !== undefined).length;
      if (withPoints !== 0 && withPoints !== item.choices.length) fail(`${itemAt}.choices`, 'give points to every choice or to none');
    });
  });

  // Rules.
  const scored = new Set(q.domains.filter((domain) => domain.scoring.method === 'mean').map((domain) => domain.id));
  const ruleIds = new Set<string>();
  const checkRule = (rule: Rule | OrientationRule, at: string) => {
    if (ruleIds.has(rule.id)) fail(`${at}.id`, `rule id "${rule.id}" is used twice`);
    ruleIds.add(rule.id);
    checkPictogram(at, rule.pictogram);
    // With a candidate's sentence of its own, `reason` is the adviser's: French and English.
    if (rule.candidateReason && rule.reason.en === undefined) fail(`${at}.reason`, 'missing the en text of the adviser\'s reason');
    const visit = (condition: Condition, path: string) => {
      if ('all' in condition) condition.all.forEach((inner, i) => visit(inner, `${path}.all.${i}`));
      else if ('any' in condition) condition.any.forEach((inner, i) => visit(inner, `${path}.any.${i}`));
      else if ('not' in condition) visit(condition.not, `${path}.not`);
      else if ('metierIn' in condition) {
        for (const code of condition.metierIn) if (!METIER_CODES.includes(code)) fail(`${path}.metierIn`, `unknown métier code "${code}"`);
      } else if ('domain' in condition) {
        if (!scored.has(condition.domain)) fail(`${path}.domain`, `domain "${condition.domain}" has no score in this questionnaire`);
        const levels = 'levelIn' in condition ? condition.levelIn : undefined;
        if (levels) {
          const items = q.domains.find((domain) => domain.id === condition.domain)?.items ?? [];
          const atLevel = items.filter((item) => item.kind === 'practice' && item.stimulus && levels.includes(item.stimulus.level));
          if (atLevel.length === 0) fail(`${path}.levelIn`, `domain "${condition.domain}" has no item at ${levels.join(', ')}`);
        }
      } else if ('item' in condition) {
        const target = itemsById.get(condition.item);
        if (!target) fail(`${path}.item`, `unknown item "${condition.item}"`);
        else {
          const ids = new Set([...answerChoices(q, target.item).map((choice) => choice.id), DONT_KNOW]);
          for (const id of condition.answerIn) if (!ids.has(id)) fail(`${path}.answerIn`, `"${id}" is not an answer of "${condition.item}"`);
        }
      } else checkFlag(`${path}.flag`, condition.flag);
    };
    visit(rule.when, `${at}.when`);
  };
  q.rules.forEach((rule, r) => {
    checkRule(rule, `rules.${r}`);
    if (!MODULE_CODES.includes(rule.module)) fail(`rules.${r}.module`, `unknown module code "${rule.module}"`);
  });
  (q.orientations ?? []).forEach((rule, r) => checkRule(rule, `orientations.${r}`));
  return issues;
}

export const questionnaireSchema = baseQuestionnaireSchema.superRefine((q, ctx) => {
  for (const issue of questionnaireIssues(q)) ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path });
});
