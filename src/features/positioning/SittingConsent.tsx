// What happens to the person's answers, read before the first question in the sitting's
// languages. When the content has a candidate text `consent` (src/content/candidate-chrome.json,
// with a clip per language) it is shown and read in French and the second language; until then,
// the intake's consent sentences in French with their French clip (public/audio/app/fr).
import { useTranslation } from 'react-i18next';
import { CANDIDATE_CHROME, type ChromeText } from '../../content/candidate-chrome';
import { CONSENT_LINE_KEYS, consentClipUrl } from '../candidates/consent/consent-audio';
import { BilingualText } from './BilingualText';
import { Pictogram } from './Pictogram';
import type { SecondLanguage } from './sitting';
import { SpeakerButton } from './SpeakerButton';

/** The content's consent text, read by name so that this compiles before the content has it. */
export function contentConsent(chrome: Readonly<Record<string, ChromeText | undefined>> = CANDIDATE_CHROME): ChromeText | undefined {
  return chrome.consent;
}

export function SittingConsent({ second }: { second?: SecondLanguage }) {
  const { i18n } = useTranslation();
  const consent = contentConsent();
  if (consent) {
    return (
      <div className="end__line sitting-consent">
        <Pictogram id={consent.pictogram} size={72} />
        <BilingualText text={consent.text} audio={consent.audio} second={second} />
      </div>
    );
  }
  // Candidate mode speaks French whatever the adviser's interface language.
  const french = i18n.getFixedT('fr');
  const sentences = CONSENT_LINE_KEYS.map((key) => french(`intake.consent.${key}`));
  return (
    <div className="end__line sitting-consent" lang="fr">
      <ul className="sitting-consent__lines">
        {sentences.map((sentence) => (
          <li key={sentence}>{sentence}</li>
        ))}
      </ul>
      <SpeakerButton lang="fr" url={consentClipUrl('fr')} text={sentences.join(' ')} />
    </div>
  );
}
