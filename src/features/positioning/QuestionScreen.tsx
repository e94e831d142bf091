// One question on the screen, and nothing else: its pictogram and words (with the second language
// beside them), what to hear or read for a French item, the answers as big pictures, "I don't
// know", and back / next. Every tap on an answer is saved at once by the caller. The first
// question of a part shows the part's title above it, and says it as the screen opens.
// A listening item's speaker is named "Listen" only: its words are the answer.
import { CANDIDATE_CHROME } from '../../content/candidate-chrome';
import type { Answer, Screen } from '../../content/load';
import { useEffect } from 'react';
import { DONT_KNOW, answerChoices, type Domain, type Questionnaire } from '../../content/schema';
import { frenchSpacing } from '../../i18n/french-spacing';
import { useAudioPlayer } from './audio-context';
import { AnswerCard } from './AnswerCard';
import { BilingualText } from './BilingualText';
import { ChromeButton } from './ChromeButton';
import { Pictogram } from './Pictogram';
import type { SecondLanguage } from './sitting';
import { SpeakerButton } from './SpeakerButton';

interface QuestionScreenProps {
  questionnaire: Questionnaire;
  screen: Screen;
  answer: Answer | undefined;
  second?: SecondLanguage;
  /** The part this question opens, when it is the first of its part. */
  opensDomain?: Domain;
  onAnswer: (value: Answer | undefined) => void;
  onBack: () => void;
  onNext: () => void;
}

function chosenIds(answer: Answer | undefined): readonly string[] {
  if (answer === undefined) return [];
  return typeof answer === 'string' ? [answer] : answer;
}

export function QuestionScreen({ questionnaire, screen, answer, second, opensDomain, onAnswer, onBack, onNext }: QuestionScreenProps) {
  const { item } = screen;
  const player = useAudioPlayer();
  const titleClip = opensDomain ? { lang: 'fr' as const, clipId: opensDomain.audio.fr, text: opensDomain.title.fr } : undefined;
  useEffect(() => {
    // Said in the sitting's French, as the screen opens (the candidate just tapped: sound may play).
    if (titleClip) void player.play(titleClip);
    // Once per screen: the caller keys this component by item.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const choices = answerChoices(questionnaire, item);
  const many = item.kind === 'pick-many';
  const chosen = chosenIds(answer);
  const hideText = 'hideChoiceText' in item && item.hideChoiceText === true;
  const dontKnow = item.allowDontKnow === false ? undefined : questionnaire.answerSets.dontKnow;
  const stimulus = item.kind === 'practice' ? item.stimulus : undefined;

  function choose(id: string) {
    if (!many || id === DONT_KNOW) {
      onAnswer(id);
      return;
    }
    const without = chosen.filter((other) => other !== DONT_KNOW);
    onAnswer(without.includes(id) ? without.filter((other) => other !== id) : [...without, id]);
  }

  return (
    <>
      {opensDomain ? (
        <div className="domain-intro">
          <Pictogram id={opensDomain.pictogram} size={64} />
          <BilingualText text={opensDomain.title} audio={opensDomain.audio} second={second} className="domain-intro__title" />
        </div>
      ) : null}
      <section className="question" aria-labelledby="question-text">
        <Pictogram id={item.pictogram} size={120} className="question__pictogram" />
        <div id="question-text">
          <BilingualText as="h1" text={item.text} audio={item.audio} second={second} className="question__text" />
        </div>
        {stimulus?.mode === 'listen' ? (
          <div className="stimulus stimulus--listen">
            <SpeakerButton lang="fr" clipId={stimulus.audio.fr} text={stimulus.text.fr} label={CANDIDATE_CHROME.listen.text.fr} className="speaker--big" />
          </div>
        ) : null}
        {stimulus?.mode === 'read' ? (
          <p className="stimulus stimulus--read" lang="fr">
            {frenchSpacing(stimulus.text.fr)}
          </p>
        ) : null}
        {many ? <BilingualText text={CANDIDATE_CHROME['pick-many'].text} audio={CANDIDATE_CHROME['pick-many'].audio} second={second} className="question__hint" /> : null}
      </section>
      <ul className={`answers answers--${choices.length}`}>
        {choices.map((choice) => (
          <AnswerCard
            key={choice.id}
            choice={choice}
            selected={chosen.includes(choice.id)}
            onSelect={() => choose(choice.id)}
            second={second}
            hideText={hideText}
          />
        ))}
      </ul>
      {dontKnow ? (
        <ul className="answers answers--dont-know">
          <AnswerCard choice={dontKnow} selected={chosen.includes(DONT_KNOW)} onSelect={() => choose(DONT_KNOW)} second={second} className="answer--dont-know" />
        </ul>
      ) : null}
      <nav className="candidate__nav" aria-label={CANDIDATE_CHROME.progress.text.fr}>
        <ChromeButton chrome="back" second={second} onClick={onBack} />
        <ChromeButton chrome="next" second={second} onClick={onNext} disabled={chosen.length === 0} primary />
      </nav>
    </>
  );
}
