// A candidate-mode button ("next", "back"…): its pictogram and its word in French and in the
// second language, with a speaker beside it.
import { CANDIDATE_CHROME, type ChromeId } from '../../content/candidate-chrome';
import { Pictogram } from './Pictogram';
import type { SecondLanguage } from './sitting';
import { SpeakerButton } from './SpeakerButton';

interface ChromeButtonProps {
  chrome: ChromeId;
  second?: SecondLanguage;
  onClick: () => void;
  disabled?: boolean;
  primary?: boolean;
}

export function ChromeButton({ chrome, second, onClick, disabled, primary }: ChromeButtonProps) {
  const entry = CANDIDATE_CHROME[chrome];
  return (
    <div className="chrome-action">
      <button type="button" className={`chrome-button${primary ? ' chrome-button--primary' : ''}`} onClick={onClick} disabled={disabled}>
        <Pictogram id={entry.pictogram} size={40} />
        <span lang="fr">{entry.text.fr}</span>
        {second ? (
          <span lang={second} dir={second === 'ar' ? 'rtl' : 'ltr'} className="chrome-button__second">
            {entry.text[second]}
          </span>
        ) : null}
      </button>
      <div className="chrome-action__speakers">
        <SpeakerButton lang="fr" clipId={entry.audio.fr} text={entry.text.fr} />
        {second ? <SpeakerButton lang={second} clipId={entry.audio[second]} text={entry.text[second] ?? entry.text.fr} /> : null}
      </div>
    </div>
  );
}
