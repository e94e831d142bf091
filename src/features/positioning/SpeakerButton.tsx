// The speaker button beside every candidate text: reads it aloud in its language. While its clip
// plays it says so (pressed, and sound waves in place of its language mark), not by colour alone;
// pressed again, it stops. `label` replaces the spoken text in the button's name where the text
// must not be read out by a screen reader (a listening item's stimulus is the answer).
import { CANDIDATE_CHROME, LANGUAGE_MARKS } from '../../content/candidate-chrome';
import type { Language } from '../../content/schema';
import { useAudioPlayer, useIsPlaying } from './audio-context';
import { Pictogram } from './Pictogram';

interface SpeakerButtonProps {
  lang: Language;
  clipId?: string;
  text: string;
  /** A clip of the app played from this URL instead of the questionnaires' clips. */
  url?: string;
  /** The button's name instead of "Listen: <text>". */
  label?: string;
  className?: string;
}

export function SpeakerButton({ lang, clipId, text, url, label, className }: SpeakerButtonProps) {
  const player = useAudioPlayer();
  const clip = { lang, clipId, text, ...(url ? { url } : {}) };
  const playing = useIsPlaying(clip);
  const listen = CANDIDATE_CHROME.listen.text[lang] ?? CANDIDATE_CHROME.listen.text.fr;
  return (
    <button
      type="button"
      className={['speaker', playing ? 'speaker--playing' : '', className].filter(Boolean).join(' ')}
      lang={lang}
      dir={lang === 'ar' ? 'rtl' : undefined}
      aria-label={label ?? `${listen} : ${text}`}
      aria-pressed={playing}
      onClick={() => (playing ? player.stop() : void player.play(clip))}
    >
      <Pictogram id="speaker" size={32} />
      {playing ? (
        <span className="speaker__waves" aria-hidden="true">
          <span />
          <span />
          <span />
        </span>
      ) : (
        <span className="speaker__lang" aria-hidden="true">
          {LANGUAGE_MARKS[lang]}
        </span>
      )}
    </button>
  );
}
