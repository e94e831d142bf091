// The speaker button beside every candidate text: reads it aloud in its language.
import { CANDIDATE_CHROME, LANGUAGE_MARKS } from '../../content/candidate-chrome';
import type { Language } from '../../content/schema';
import { useAudioPlayer } from './audio-context';
import { Pictogram } from './Pictogram';

interface SpeakerButtonProps {
  lang: Language;
  clipId?: string;
  text: string;
  className?: string;
}

export function SpeakerButton({ lang, clipId, text, className }: SpeakerButtonProps) {
  const player = useAudioPlayer();
  const listen = CANDIDATE_CHROME.listen.text[lang] ?? CANDIDATE_CHROME.listen.text.fr;
  return (
    <button
      type="button"
      className={['speaker', className].filter(Boolean).join(' ')}
      lang={lang}
      dir={lang === 'ar' ? 'rtl' : undefined}
      aria-label={`${listen} : ${text}`}
      onClick={() => void player.play({ lang, clipId, text })}
    >
      <Pictogram id="speaker" size={32} />
      <span className="speaker__lang" aria-hidden="true">
        {LANGUAGE_MARKS[lang]}
      </span>
    </button>
  );
}
