// Progress in pictures: one pictogram per part of the questionnaire (done ones ticked, the
// current one framed), and one dot per question of the current part. Steps, never percentages.
import { CANDIDATE_CHROME } from '../../content/candidate-chrome';
import type { Screen } from '../../content/load';
import type { Questionnaire } from '../../content/schema';
import { Pictogram } from './Pictogram';

interface ProgressStepsProps {
  questionnaire: Questionnaire;
  screens: readonly Screen[];
  /** Index of the current screen. */
  current: number;
}

export function ProgressSteps({ questionnaire, screens, current }: ProgressStepsProps) {
  const currentDomain = screens[current]?.domainId;
  const domains = questionnaire.domains.filter((domain) => screens.some((screen) => screen.domainId === domain.id));
  const currentDomainIndex = domains.findIndex((domain) => domain.id === currentDomain);
  const inDomain = screens.map((screen, index) => ({ screen, index })).filter(({ screen }) => screen.domainId === currentDomain);
  return (
    <div
      className="progress"
      role="progressbar"
      aria-label={CANDIDATE_CHROME.progress.text.fr}
      aria-valuemin={1}
      aria-valuemax={screens.length}
      aria-valuenow={current + 1}
      aria-valuetext={`${current + 1} / ${screens.length}`}
    >
      <ol className="progress__parts" aria-hidden="true">
        {domains.map((domain, index) => (
          <li
            key={domain.id}
            className={`progress__part${index < currentDomainIndex ? ' progress__part--done' : ''}${index === currentDomainIndex ? ' progress__part--current' : ''}`}
          >
            <Pictogram id={domain.pictogram} size={36} />
            {index < currentDomainIndex ? <Pictogram id="finished" size={18} className="progress__tick" /> : null}
          </li>
        ))}
      </ol>
      <ol className="progress__dots" aria-hidden="true">
        {inDomain.map(({ screen, index }) => (
          <li
            key={screen.item.id}
            className={`progress__dot${index < current ? ' progress__dot--done' : ''}${index === current ? ' progress__dot--current' : ''}`}
          />
        ))}
      </ol>
    </div>
  );
}
