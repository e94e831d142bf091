// The texts an adviser can record in their own voice, grouped as on the recording screen: the
// candidate-mode words, the common answers, then each part of the questionnaire.
import { chromeSpokenTexts } from '../../content/candidate-chrome';
import { spokenTexts, type Language, type Questionnaire } from '../../content/schema';

export interface VoiceText {
  key: string;
  clipId: string;
  text: string;
}

export interface VoiceGroup {
  id: string;
  /** An i18n key, or the part's own title (French) for a part of the questionnaire. */
  titleKey?: string;
  title?: string;
  texts: VoiceText[];
}

export function voiceGroups(q: Questionnaire, lang: Language): VoiceGroup[] {
  const groups = new Map<string, VoiceGroup>();
  const seen = new Set<string>();
  const add = (groupId: string, group: Omit<VoiceGroup, 'texts'>, clipId: string | undefined, text: string | undefined) => {
    if (!clipId || !text) return;
    const key = `${lang}/${clipId}`;
    if (seen.has(key)) return;
    seen.add(key);
    if (!groups.has(groupId)) groups.set(groupId, { ...group, texts: [] });
    groups.get(groupId)?.texts.push({ key, clipId, text });
  };
  for (const spoken of chromeSpokenTexts()) add('chrome', { id: 'chrome', titleKey: 'positioning.voice.wordsGroup' }, spoken.audio[lang], spoken.text[lang]);
  for (const spoken of spokenTexts(q)) {
    if (spoken.silent || !spoken.languages.includes(lang)) continue;
    const [root, index] = spoken.path.split('.');
    if (root === 'answerSets') add('answers', { id: 'answers', titleKey: 'positioning.voice.answersGroup' }, spoken.audio[lang], spoken.text[lang]);
    if (root === 'domains') {
      const domain = q.domains[Number(index)];
      if (domain) add(domain.id, { id: domain.id, title: domain.title.fr }, spoken.audio[lang], spoken.text[lang]);
    }
  }
  return [...groups.values()];
}
