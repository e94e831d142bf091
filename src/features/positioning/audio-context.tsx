// The audio player of candidate mode, provided once per sitting (tests provide their own).
import { createContext, useCallback, useContext, useSyncExternalStore } from 'react';
import { sameClip, type AudioPlayer, type SpokenClip } from './audio-player';

const silentPlayer: AudioPlayer = { play: async () => undefined, stop: () => undefined, playing: () => undefined, subscribe: () => () => undefined };

export const AudioPlayerContext = createContext<AudioPlayer>(silentPlayer);

export function useAudioPlayer(): AudioPlayer {
  return useContext(AudioPlayerContext);
}

/** Whether this clip is the one playing now (re-rendered when it starts and when it ends). */
export function useIsPlaying(clip: SpokenClip): boolean {
  const player = useAudioPlayer();
  const { lang, clipId, text } = clip;
  const snapshot = useCallback(() => sameClip(player.playing(), { lang, clipId, text }), [player, lang, clipId, text]);
  return useSyncExternalStore(player.subscribe, snapshot);
}
