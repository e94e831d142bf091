// The login screen of a tablet handed to a candidate, after a page load: the data key went with the
// old page (docs/key-handling.md), so only the adviser can open the tablet again. Every tap was saved
// at once, so nothing answered is lost; the candidate is told in candidate mode's words to give the
// tablet back, the adviser that the sitting resumes where it was once the tablet is open (the
// candidate-mode lock then takes them straight back to it).
// The sitting's second language is sealed with the key that went away, so the candidate's words are
// given in every candidate-mode language (simplified French, English, Arabic), each with its
// speaker, and in Dutch when the screen is in Dutch.
import { useTranslation } from 'react-i18next';
import { CANDIDATE_CHROME } from '../../content/candidate-chrome';
import { BilingualText } from './BilingualText';
import { Pictogram } from './Pictogram';
import { SpeakerButton } from './SpeakerButton';
import './candidate-mode.css';

const SECOND_LANGUAGES = ['en', 'ar'] as const;

export function SittingWaits() {
  const { t, i18n } = useTranslation();
  const giveBack = CANDIDATE_CHROME['give-back'];
  return (
    <section className="sitting-waits">
      <Pictogram id={giveBack.pictogram} />
      <BilingualText as="h2" text={giveBack.text} audio={giveBack.audio} />
      {SECOND_LANGUAGES.map((lang) => {
        const text = giveBack.text[lang] ?? giveBack.text.fr;
        return (
          <div key={lang} className="bilingual__block bilingual__block--second" lang={lang} dir={lang === 'ar' ? 'rtl' : 'ltr'}>
            <p className="bilingual__text">{text}</p>
            <SpeakerButton lang={lang} clipId={giveBack.audio[lang]} text={text} />
          </div>
        );
      })}
      {i18n.language === 'nl' ? (
        <p className="bilingual__text" lang="nl">
          {t('login.sittingWaits.candidate')}
        </p>
      ) : null}
      <p className="sitting-waits__adviser">{t('login.sittingWaits.adviser')}</p>
    </section>
  );
}
