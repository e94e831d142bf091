// Recording one clip with the microphone (MediaRecorder): start, stop, then the bytes to listen to
// and keep. Stops the microphone as soon as the recording ends.
import { useEffect, useRef, useState } from 'react';

export type RecorderState =
  | { phase: 'idle' }
  | { phase: 'recording' }
  | { phase: 'recorded'; audio: ArrayBuffer; mimeType: string; url: string }
  | { phase: 'failed'; reason: 'unsupported' | 'denied' };

export function recordingSupported(): boolean {
  return typeof MediaRecorder !== 'undefined' && typeof navigator !== 'undefined' && Boolean(navigator.mediaDevices?.getUserMedia);
}

export function useRecorder() {
  const [state, setState] = useState<RecorderState>({ phase: 'idle' });
  const recorder = useRef<MediaRecorder | undefined>(undefined);
  const url = state.phase === 'recorded' ? state.url : undefined;

  useEffect(() => () => (url ? URL.revokeObjectURL(url) : undefined), [url]);
  useEffect(() => () => recorder.current?.stream.getTracks().forEach((track) => track.stop()), []);

  async function start() {
    if (!recordingSupported()) return setState({ phase: 'failed', reason: 'unsupported' });
    let stream: MediaStream;
    try {
      stream = await navigator.mediaDevices.getUserMedia({ audio: true });
    } catch {
      return setState({ phase: 'failed', reason: 'denied' });
    }
    const chunks: Blob[] = [];
    const media = new MediaRecorder(stream);
    recorder.current = media;
    media.addEventListener('dataavailable', (event) => {
      if (event.data.size > 0) chunks.push(event.data);
    });
    media.addEventListener('stop', () => {
      stream.getTracks().forEach((track) => track.stop());
      const mimeType = media.mimeType || chunks[0]?.type || 'audio/webm';
      const blob = new Blob(chunks, { type: mimeType });
      void blob.arrayBuffer().then((audio) => setState({ phase: 'recorded', audio, mimeType, url: URL.createObjectURL(blob) }));
    });
    media.start();
    setState({ phase: 'recording' });
  }

  function stop() {
    if (recorder.current?.state === 'recording') recorder.current.stop();
  }

  function reset() {
    setState({ phase: 'idle' });
  }

  return { state, start, stop, reset };
}
