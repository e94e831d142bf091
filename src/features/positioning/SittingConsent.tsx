// What happens to the person's answers, read before the first question, line by line in French and
// the sitting's second language, each line with its pictogram and its clip in both languages
// (the content's src/content/sitting-consent.json; docs/content-format.md).
import { SITTING_CONSENT, type ConsentLine } from '../../content/sitting-consent';
import { BilingualText } from './BilingualText';
import { Pictogram } from './Pictogram';
import type { SecondLanguage } from './sitting';

export function SittingConsent({ second, lines = SITTING_CONSENT }: { second?: SecondLanguage; lines?: readonly ConsentLine[] }) {
  return (
    <ul className="sitting-consent__lines">
      {lines.map((line) => (
        <li key={line.id} className="end__line sitting-consent">
          <Pictogram id={line.pictogram} size={56} />
          <BilingualText text={line.text} audio={line.audio} second={second} />
        </li>
      ))}
    </ul>
  );
}
