// The login screen of a tablet handed to a candidate, after a page load: the data key went with the
// old page (docs/key-handling.md), so only the adviser can open the tablet again. Every tap was saved
// at once, so nothing answered is lost; the candidate is told in candidate mode's words to give the
// tablet back, the adviser that the sitting resumes where it was once the tablet is open (the
// candidate-mode lock then takes them straight back to it).
import { useTranslation } from 'react-i18next';
import { CANDIDATE_CHROME } from '../../content/candidate-chrome';
import { BilingualText } from './BilingualText';
import { Pictogram } from './Pictogram';
import './candidate-mode.css';

export function SittingWaits() {
  const { t } = useTranslation();
  const giveBack = CANDIDATE_CHROME['give-back'];
  return (
    <section className="sitting-waits">
      <Pictogram id={giveBack.pictogram} />
      <BilingualText as="h2" text={giveBack.text} audio={giveBack.audio} />
      <p className="sitting-waits__adviser">
        {t('login.sittingWaits.adviser')}
      </p>
    </section>
  );
}
