// A button that reads a text aloud from a clip shipped with the app (works offline); the browser's
// speech synthesis only when the clip cannot play. Pressing it again stops.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Starts a clip from the beginning; `onFail` when it cannot load or play. */
function playClip(url: string, onEnd: () => void, onFail: () => void): HTMLAudioElement {
  const clip = new Audio(url);
  clip.onended = onEnd;
  clip.onerror = onFail;
  const started = clip.play() as Promise<void> | undefined;
  started?.catch(onFail);
  return clip;
}

export function ReadAloudButton({ clipUrl, text, lang }: { clipUrl: string; text: string; lang: string }) {
  const { t } = useTranslation();
  const audio = useRef<HTMLAudioElement | null>(null);
  const [playing, setPlaying] = useState(false);

  useEffect(
    () => () => {
      audio.current?.pause();
      globalThis.speechSynthesis?.cancel();
    },
    [],
  );

  function speakFallback() {
    const synth = globalThis.speechSynthesis;
    if (!synth || typeof SpeechSynthesisUtterance === 'undefined') {
      setPlaying(false);
      return;
    }
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.lang = lang;
    utterance.onend = () => setPlaying(false);
    synth.speak(utterance);
  }

  function toggle() {
    if (playing) {
      audio.current?.pause();
      globalThis.speechSynthesis?.cancel();
      setPlaying(false);
      return;
    }
    setPlaying(true);
    if (typeof Audio === 'undefined') return speakFallback();
    audio.current = playClip(clipUrl, () => setPlaying(false), speakFallback);
  }

  return (
    <button type="button" className="button read-aloud" aria-pressed={playing} onClick={toggle}>
      <svg className="read-aloud__icon" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
        <path d="M3 9v6h4l5 4V5L7 9H3z" fill="currentColor" />
        <path d="M15.5 8.5a5 5 0 0 1 0 7M18 6a8.5 8.5 0 0 1 0 12" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
      </svg>
      {t(playing ? 'intake.consent.stop' : 'intake.consent.listen')}
    </button>
  );
}
