// The kind end screen: thanks, what happens next, give the tablet back. No score, no verdict.
import { CANDIDATE_CHROME } from '../../content/candidate-chrome';
import { BilingualText } from './BilingualText';
import { ChromeButton } from './ChromeButton';
import { Pictogram } from './Pictogram';
import type { SecondLanguage } from './sitting';

const LINES = [
  { id: 'finished', heading: true },
  { id: 'thanks', heading: false },
  { id: 'what-next', heading: false },
  { id: 'give-back', heading: false },
] as const;

export function EndScreen({ second, onBack }: { second?: SecondLanguage; onBack: () => void }) {
  return (
    <section className="end">
      {LINES.map(({ id, heading }) => (
        <div key={id} className="end__line">
          <Pictogram id={CANDIDATE_CHROME[id].pictogram} size={heading ? 120 : 72} />
          <BilingualText as={heading ? 'h1' : 'p'} text={CANDIDATE_CHROME[id].text} audio={CANDIDATE_CHROME[id].audio} second={second} />
        </div>
      ))}
      <nav className="candidate__nav" aria-label={CANDIDATE_CHROME.progress.text.fr}>
        <ChromeButton chrome="back" second={second} onClick={onBack} />
      </nav>
    </section>
  );
}
