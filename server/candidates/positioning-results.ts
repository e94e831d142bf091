// A positioning's results for the person's complete file, in words: the métier and second
// language, each domain's score, the levels agreed per item, the modules to work on, the
// orientation and the candidate's own words (docs/positioning-review.md). Raw answers stay out.
import { scoreDomains } from '../../src/content/load';
import { findQuestionnaire } from '../../src/content/questionnaires';
import { readAgreedLevels, readOrientation } from '../../src/domain/positioning/agreement';
import { decidedModuleCodes, readModuleDecisions, readRecommendations } from '../../src/domain/positioning/module-decisions';
import type { PersonFileLanguage } from '../../src/domain/written-person-file';

type Text = { fr: string; en?: string; nl?: string };
type Words = { text: (path: string[], values?: Record<string, string | number>) => string; value: (field: string, raw: unknown) => string };

function answersOf(raw: unknown): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  if (!raw || typeof raw !== 'object') return out;
  for (const [key, entry] of Object.entries(raw)) {
    const value = entry && typeof entry === 'object' ? (entry as { value?: unknown }).value : undefined;
    if (typeof value === 'string' || (Array.isArray(value) && value.every((id) => typeof id === 'string'))) out[key] = value as string | string[];
  }
  return out;
}

/** The fields a positioning adds to its written record (field name → value in words). */
export function positioningResults(data: Record<string, unknown>, language: PersonFileLanguage, words: Words): [string, string][] {
  const textIn = (text: Text) => (language === 'nl' && text.nl) || (language === 'en' && text.en) || text.fr;
  const out: [string, string][] = [];
  const settings = (data.answers as Record<string, unknown> | undefined)?.['@sitting'] as { metier?: unknown; secondLanguage?: unknown } | undefined;
  const metier = typeof data.metier === 'string' ? data.metier : settings?.metier;
  const second = typeof data.secondLanguage === 'string' ? data.secondLanguage : settings?.secondLanguage;
  if (typeof metier === 'string' && data.metier === undefined) out.push(['metier', words.value('metier', metier)]);
  if (typeof second === 'string' && data.secondLanguage === undefined) out.push(['secondLanguage', words.value('languages', second)]);

  const q = findQuestionnaire(String(data.questionnaireId ?? ''), Number(data.questionnaireVersion ?? 0));
  if (q && data.completedAt) {
    const scores = scoreDomains(q, answersOf(data.answers))
      .filter((entry) => entry.score !== null)
      .map((entry) => {
        const domain = q.domains.find((candidate) => candidate.id === entry.domain);
        return words.text(['positioning', 'score'], { domain: domain ? textIn(domain.title) : entry.domain, score: entry.score ?? 0 });
      });
    if (scores.length > 0) out.push(['domainScores', scores.join(' ; ')]);
  }
  const agreed = readAgreedLevels(data.agreedLevels);
  if (q && Object.keys(agreed).length > 0) {
    const items = new Map(q.domains.flatMap((domain) => domain.items.map((item) => [item.id, item] as const)));
    const lines = Object.entries(agreed).map(([itemId, level]) => {
      const item = items.get(itemId);
      return words.text(['positioning', 'agreed'], { item: item ? textIn(item.text) : itemId, level: words.text(['positioning', 'level', level]) });
    });
    out.push(['agreedLevelsInWords', lines.join(' ; ')]);
  }
  const modules = decidedModuleCodes(readRecommendations(data.recommendations), readModuleDecisions(data.moduleDecisions));
  if (data.completedAt) out.push(['plannedModules', modules.length > 0 ? words.value('module', modules) : words.text(['positioning', 'noModule'])]);
  const orientation = readOrientation(data.orientation);
  if (orientation) out.push(['orientationInWords', [words.text(['positioning', 'orientation', orientation.code]), orientation.note].filter(Boolean).join(' — ')]);
  return out;
}
