// The screens of one sitting: welcome, the questions of the métier in order (items shown by an
// earlier answer appear when it is given), the end. Answers are kept here and written through
// `save` in the order they were given.
import { useRef, useState } from 'react';
import type { Answer } from '../../content/load';
import type { Questionnaire } from '../../content/schema';
import type { PositioningData } from '../../domain/entities';
import type { LocalRecord } from '../../sync/workspace';
import { EndScreen } from './EndScreen';
import { ProgressSteps } from './ProgressSteps';
import { QuestionScreen } from './QuestionScreen';
import { answersOf, completion, firstUnanswered, sittingSettings, visibleScreens, withAnswer } from './sitting';
import { WelcomeScreen } from './WelcomeScreen';

type Position = 'welcome' | 'end' | number;

interface SittingScreensProps {
  record: LocalRecord<'positionings'>;
  questionnaire: Questionnaire;
  save: (changes: Partial<PositioningData>) => Promise<void>;
  onScreenChange: () => void;
}

export function SittingScreens({ record, questionnaire, save, onScreenChange }: SittingScreensProps) {
  const settings = sittingSettings(record.data) ?? { metier: 'autre' };
  const second = settings.secondLanguage;
  const [data, setData] = useState<PositioningData>(record.data);
  const answers = answersOf(data);
  const screens = visibleScreens(questionnaire, settings.metier, answers);
  const [position, setPosition] = useState<Position>(() => {
    const given = answersOf(record.data);
    if (Object.keys(given).length === 0) return 'welcome';
    const resume = firstUnanswered(screens, given);
    return resume >= screens.length ? 'end' : resume;
  });
  const writes = useRef<Promise<unknown>>(Promise.resolve());

  function write(changes: Partial<PositioningData>) {
    // One write after the other, so the last tap is the one that stays.
    writes.current = writes.current.then(() => save(changes)).catch(() => undefined);
  }

  function go(next: Position) {
    setPosition(next);
    onScreenChange();
  }

  function answer(itemId: string, value: Answer | undefined) {
    const nextAnswers = withAnswer(data, itemId, value, new Date().toISOString());
    setData({ ...data, answers: nextAnswers });
    write({ answers: nextAnswers });
  }

  function finish() {
    const done = completion(questionnaire, answers, new Date().toISOString(), settings.metier);
    setData({ ...data, ...done });
    write(done);
    go('end');
  }

  if (position === 'welcome') return <WelcomeScreen second={second} onStart={() => go(0)} />;
  if (position === 'end' || screens.length === 0) return <EndScreen second={second} onBack={() => go(Math.max(0, screens.length - 1))} />;

  const index = Math.min(position, screens.length - 1);
  const screen = screens[index];
  if (!screen) return null;
  const opensDomain = index === 0 || screens[index - 1]?.domainId !== screen.domainId ? questionnaire.domains.find((domain) => domain.id === screen.domainId) : undefined;
  return (
    <>
      <ProgressSteps questionnaire={questionnaire} screens={screens} current={index} />
      <QuestionScreen
        key={screen.item.id}
        questionnaire={questionnaire}
        screen={screen}
        answer={answers[screen.item.id]}
        second={second}
        {...(opensDomain ? { opensDomain } : {})}
        onAnswer={(value) => answer(screen.item.id, value)}
        onBack={() => go(index === 0 ? 'welcome' : index - 1)}
        onNext={() => (index + 1 >= screens.length ? finish() : go(index + 1))}
      />
    </>
  );
}
