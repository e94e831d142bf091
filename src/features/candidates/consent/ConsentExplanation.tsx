// What the person agrees to, in short everyday sentences (easy-to-read French), with a button that
// reads it aloud: the adviser shows the tablet and lets the person listen before answering.
import { useTranslation } from 'react-i18next';
import { CONSENT_LINE_KEYS, consentClipUrl } from './consent-audio';
import { ReadAloudButton } from './ReadAloudButton';

export function ConsentExplanation() {
  const { t, i18n } = useTranslation();
  const sentences = CONSENT_LINE_KEYS.map((key) => t(`intake.consent.${key}`));
  return (
    <div className="consent-explanation" lang={i18n.language}>
      <ul className="consent-explanation__lines">
        {sentences.map((sentence) => (
          <li key={sentence}>{sentence}</li>
        ))}
      </ul>
      <ReadAloudButton clipUrl={consentClipUrl(i18n.language)} text={sentences.join(' ')} lang={i18n.language} />
    </div>
  );
}
