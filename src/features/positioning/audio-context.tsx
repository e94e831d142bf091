// The audio player of candidate mode, provided once per sitting (tests provide their own).
import { createContext, useContext } from 'react';
import type { AudioPlayer } from './audio-player';

const silentPlayer: AudioPlayer = { play: async () => undefined, stop: () => undefined };

export const AudioPlayerContext = createContext<AudioPlayer>(silentPlayer);

export function useAudioPlayer(): AudioPlayer {
  return useContext(AudioPlayerContext);
}
