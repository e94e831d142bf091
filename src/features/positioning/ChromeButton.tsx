// A candidate-mode button ("next", "back"…): its pictogram and its word in French and in the
// second language, with a speaker beside it. The screen reads left to right (French first); an
// arrow's direction is the reading direction, so beside the Arabic word the arrow is mirrored
// ("back" points right, "next" left, as an Arabic reader expects).
import { CANDIDATE_CHROME, type ChromeId } from '../../content/candidate-chrome';
import { Pictogram } from './Pictogram';
import type { SecondLanguage } from './sitting';
import { SpeakerButton } from './SpeakerButton';

/** Chrome whose pictogram is an arrow of the reading direction. */
const ARROWS: readonly ChromeId[] = ['back', 'next', 'start'];

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
            {second === 'ar' && ARROWS.includes(chrome) ? <Pictogram id={entry.pictogram} size={28} className="pictogram--mirrored" /> : null}
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
