// Reads a candidate text aloud: the adviser's own recording of the clip when there is one on this
// device, else the site's shared recording (docs/attachments.md, "Voices"), else the generated clip
// shipped with the app (precached, works offline), and speech synthesis only when none plays. One
// sound at a time; the clip playing is known (and subscribed to) so that its speaker button shows
// it plays until it ends or is stopped.
import { clipUrl } from '../../content/audio-manifest';
import type { Language } from '../../content/schema';
import type { Workspace } from '../../sync/workspace';

export interface SpokenClip {
  lang: Language;
  /** The clip id; undefined for a text with no clip (synthesis only). */
  clipId?: string;
  text: string;
  /** A clip of the app outside the questionnaires' clips (the intake consent), played as is. */
  url?: string;
}

export interface AudioPlayer {
  play(clip: SpokenClip): Promise<void>;
  stop(): void;
  /** The clip playing now, if any. */
  playing(): SpokenClip | undefined;
  /** Called whenever a clip starts or stops; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
}

/** Whether two clips are the same text in the same language (a speaker button's own clip). */
export function sameClip(a: SpokenClip | undefined, b: SpokenClip): boolean {
  return a !== undefined && a.lang === b.lang && a.clipId === b.clipId && a.text === b.text;
}

/** The key of a clip in the adviser's recordings store. */
export function recordingKey(lang: Language, clipId: string): string {
  return `${lang}/${clipId}`;
}

const SPEECH_LANGS: Record<Language, string> = { fr: 'fr-BE', en: 'en-GB', ar: 'ar' };

export function createAudioPlayer(recordings: Workspace['recordings'], siteVoices?: Pick<Workspace['attachments'], 'siteVoice'>): AudioPlayer {
  let current: HTMLAudioElement | undefined;
  let objectUrl: string | undefined;
  let now: SpokenClip | undefined;
  const listeners = new Set<() => void>();

  function setNow(clip: SpokenClip | undefined) {
    if (now === clip) return;
    now = clip;
    for (const listener of listeners) listener();
  }

  /** Ends the playing state of this clip only (a later clip may have started since). */
  const ended = (clip: SpokenClip) => () => {
    if (now === clip) setNow(undefined);
  };

  function stop() {
    if (current) {
      current.onended = null;
      current.onerror = null;
      current.pause();
    }
    current = undefined;
    if (objectUrl) URL.revokeObjectURL(objectUrl);
    objectUrl = undefined;
    globalThis.speechSynthesis?.cancel();
    setNow(undefined);
  }

  async function playUrl(url: string, clip: SpokenClip): Promise<boolean> {
    const audio = new Audio(url);
    current = audio;
    audio.onended = ended(clip);
    try {
      await audio.play();
      return true;
    } catch {
      audio.onended = null;
      return false;
    }
  }

  function speak(clip: SpokenClip) {
    const synthesis = globalThis.speechSynthesis;
    if (!synthesis || typeof SpeechSynthesisUtterance === 'undefined') return setNow(undefined);
    const utterance = new SpeechSynthesisUtterance(clip.text);
    utterance.lang = SPEECH_LANGS[clip.lang];
    utterance.onend = ended(clip);
    utterance.onerror = ended(clip);
    synthesis.speak(utterance);
  }

  return {
    stop,
    playing: () => now,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async play(clip) {
      stop();
      setNow(clip);
      if (clip.url && (await playUrl(clip.url, clip))) return;
      if (clip.clipId && now === clip) {
        const own = await recordings.get(recordingKey(clip.lang, clip.clipId)).catch(() => undefined);
        if (now !== clip) return; // stopped, or another clip asked for, meanwhile
        const recorded = own ?? (await siteVoices?.siteVoice(clip.lang, clip.clipId).catch(() => undefined));
        if (now !== clip) return;
        if (recorded) {
          objectUrl = URL.createObjectURL(new Blob([recorded.audio], { type: recorded.mimeType }));
          if (await playUrl(objectUrl, clip)) return;
        }
        if (now !== clip) return;
        if (await playUrl(clipUrl(clip.lang, clip.clipId), clip)) return;
      }
      if (now === clip) speak(clip);
    },
  };
}
