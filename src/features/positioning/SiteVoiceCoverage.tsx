// Which texts have a recorded voice of the site, per language (docs/attachments.md, "Voices"), so
// a site can see what is left to record.
import { useTranslation } from 'react-i18next';
import { currentQuestionnaire } from '../../content/questionnaires';
import type { Language } from '../../content/schema';
import type { SiteVoices } from './use-site-voices';
import { voiceGroups } from './voice-texts';

export function SiteVoiceCoverage({ languages, voices }: { languages: readonly Language[]; voices: SiteVoices }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="site-voice-coverage" className="voice-coverage">
      <h2 id="site-voice-coverage">{t('attachments.voice.coverageTitle')}</h2>
      <ul>
        {languages.map((lang) => {
          const texts = voiceGroups(currentQuestionnaire(), lang).flatMap((group) => group.texts);
          const recorded = texts.filter((text) => voices.has(text.key)).length;
          return (
            <li key={lang}>{t('attachments.voice.coverage', { language: t(`positioning.voice.lang.${lang}`), recorded, total: texts.length })}</li>
          );
        })}
      </ul>
    </section>
  );
}
