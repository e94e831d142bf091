// Reads a candidate text aloud: the adviser's own recording of the clip when there is one on this
// device, else the site's shared recording (docs/attachments.md, "Voices"), else the generated clip
// shipped with the app (precached, works offline), and speech synthesis only when none plays.
// One sound at a time.
import { clipUrl } from '../../content/audio-manifest';
import type { Language } from '../../content/schema';
import type { Workspace } from '../../sync/workspace';

export interface SpokenClip {
  lang: Language;
  /** The clip id; undefined for a text with no clip (synthesis only). */
  clipId?: string;
  text: string;
}

export interface AudioPlayer {
  play(clip: SpokenClip): Promise<void>;
  stop(): void;
}

/** The key of a clip in the adviser's recordings store. */
export function recordingKey(lang: Language, clipId: string): string {
  return `${lang}/${clipId}`;
}

const SPEECH_LANGS: Record<Language, string> = { fr: 'fr-BE', en: 'en-GB', ar: 'ar' };

export function createAudioPlayer(recordings: Workspace['recordings'], siteVoices?: Pick<NonNullable<Workspace['attachments']>, 'siteVoice'>): AudioPlayer {
  let current: HTMLAudioElement | undefined;
  let objectUrl: string | undefined;

  function stop() {
    current?.pause();
    current = undefined;
    if (objectUrl) URL.revokeObjectURL(objectUrl);
    objectUrl = undefined;
    globalThis.speechSynthesis?.cancel();
  }

  async function playUrl(url: string): Promise<boolean> {
    const audio = new Audio(url);
    current = audio;
    try {
      await audio.play();
      return true;
    } catch {
      return false;
    }
  }

  function speak(clip: SpokenClip) {
    const synthesis = globalThis.speechSynthesis;
    if (!synthesis || typeof SpeechSynthesisUtterance === 'undefined') return;
    const utterance = new SpeechSynthesisUtterance(clip.text);
    utterance.lang = SPEECH_LANGS[clip.lang];
    synthesis.speak(utterance);
  }

  return {
    stop,
    async play(clip) {
      stop();
      if (clip.clipId) {
        const own = await recordings?.get(recordingKey(clip.lang, clip.clipId)).catch(() => undefined);
        const recorded = own ?? (await siteVoices?.siteVoice(clip.lang, clip.clipId).catch(() => undefined));
        if (recorded) {
          objectUrl = URL.createObjectURL(new Blob([recorded.audio], { type: recorded.mimeType }));
          if (await playUrl(objectUrl)) return;
        }
        if (await playUrl(clipUrl(clip.lang, clip.clipId))) return;
      }
      speak(clip);
    },
  };
}
