// The first screen the candidate sees: hello, what happens to the answers, how to answer, start.
import { CANDIDATE_CHROME } from '../../content/candidate-chrome';
import { BilingualText } from './BilingualText';
import { ChromeButton } from './ChromeButton';
import { Pictogram } from './Pictogram';
import { SittingConsent } from './SittingConsent';
import type { SecondLanguage } from './sitting';

export function WelcomeScreen({ second, onStart }: { second?: SecondLanguage; onStart: () => void }) {
  return (
    <section className="welcome">
      <div className="end__line">
        <Pictogram id={CANDIDATE_CHROME.welcome.pictogram} size={120} />
        <BilingualText as="h1" text={CANDIDATE_CHROME.welcome.text} audio={CANDIDATE_CHROME.welcome.audio} second={second} />
      </div>
      <SittingConsent second={second} />
      <div className="end__line">
        <Pictogram id={CANDIDATE_CHROME['how-to'].pictogram} size={72} />
        <BilingualText text={CANDIDATE_CHROME['how-to'].text} audio={CANDIDATE_CHROME['how-to'].audio} second={second} />
      </div>
      <nav className="candidate__nav candidate__nav--end" aria-label={CANDIDATE_CHROME.progress.text.fr}>
        <ChromeButton chrome="start" second={second} onClick={onStart} primary />
      </nav>
    </section>
  );
}
