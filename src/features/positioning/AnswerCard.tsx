// One answer: a big button that is the picture (and its words unless the words would give the
// answer away), pressed when chosen, with speaker buttons beside it. The chosen one carries a tick
// and the words "your choice" (in the sitting's languages) in a place every answer keeps, so
// choosing changes no size and does not rely on colour.
import type { Choice } from '../../content/schema';
import { frenchSpacing } from '../../i18n/french-spacing';
import { CANDIDATE_MARKS } from './candidate-marks';
import { Pictogram } from './Pictogram';
import type { SecondLanguage } from './sitting';
import { SpeakerButton } from './SpeakerButton';

interface AnswerCardProps {
  choice: Choice;
  selected: boolean;
  onSelect: () => void;
  second?: SecondLanguage;
  hideText?: boolean;
  className?: string;
}

export function AnswerCard({ choice, selected, onSelect, second, hideText, className }: AnswerCardProps) {
  const secondText = second ? choice.text[second] : undefined;
  return (
    <li className={['answer', selected ? 'answer--selected' : '', className].filter(Boolean).join(' ')}>
      <button
        type="button"
        className="answer__button"
        aria-pressed={selected}
        aria-label={hideText ? choice.text.fr : undefined}
        onClick={onSelect}
      >
        {/* Always laid out, shown only when chosen: choosing changes no size. aria-pressed
            already tells a screen reader; the mark is for the eyes. */}
        <span className={`answer__chosen${selected ? ' answer__chosen--shown' : ''}`} aria-hidden="true">
          <Pictogram id={CANDIDATE_MARKS.chosen.pictogram} size={28} />
          <span lang="fr">{CANDIDATE_MARKS.chosen.fr}</span>
          {second ? (
            <span lang={second} dir={second === 'ar' ? 'rtl' : 'ltr'}>
              {CANDIDATE_MARKS.chosen[second]}
            </span>
          ) : null}
        </span>
        <Pictogram id={choice.pictogram} size={hideText ? 120 : 88} />
        {hideText ? null : (
          <span className="answer__words">
            <span lang="fr" className="answer__text">
              {frenchSpacing(choice.text.fr)}
            </span>
            {second && secondText ? (
              <span lang={second} dir={second === 'ar' ? 'rtl' : 'ltr'} className="answer__text answer__text--second">
                {secondText}
              </span>
            ) : null}
          </span>
        )}
      </button>
      {hideText ? null : (
        <div className="answer__speakers">
          <SpeakerButton lang="fr" clipId={choice.audio.fr} text={choice.text.fr} />
          {second && secondText ? <SpeakerButton lang={second} clipId={choice.audio[second]} text={secondText} /> : null}
        </div>
      )}
    </li>
  );
}
