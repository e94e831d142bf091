// A candidate text in simplified French, with the second language beside it when one was chosen
// (Arabic in its own right-to-left block), each with its speaker button.
import type { ElementType } from 'react';
import type { AudioRef, Language, Text } from '../../content/schema';
import { frenchSpacing } from '../../i18n/french-spacing';
import type { SecondLanguage } from './sitting';
import { SpeakerButton } from './SpeakerButton';

interface BilingualTextProps {
  text: Text;
  audio: Partial<AudioRef> | Readonly<Record<Language, string>>;
  second?: SecondLanguage;
  /** The element of the French text (h1 for the question); the second language is a paragraph. */
  as?: ElementType;
  className?: string;
}

export function BilingualText({ text, audio, second, as: Tag = 'p', className }: BilingualTextProps) {
  const secondText = second ? text[second] : undefined;
  return (
    <div className={['bilingual', className].filter(Boolean).join(' ')}>
      <div className="bilingual__block" lang="fr">
        <Tag className="bilingual__text">{frenchSpacing(text.fr)}</Tag>
        <SpeakerButton lang="fr" clipId={audio.fr} text={text.fr} />
      </div>
      {second && secondText ? (
        <div className="bilingual__block bilingual__block--second" lang={second} dir={second === 'ar' ? 'rtl' : 'ltr'}>
          <p className="bilingual__text">{secondText}</p>
          <SpeakerButton lang={second} clipId={audio[second]} text={secondText} />
        </div>
      ) : null}
    </div>
  );
}
