// One text on the recording screen: listen to what the candidate hears now, record your own voice,
// listen to it, keep it or throw it away; delete a kept one to go back to the generated clip.
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../content/schema';
import type { Workspace } from '../../sync/workspace';
import { useAudioPlayer } from './audio-context';
import { useRecorder } from './use-recorder';
import type { VoiceText } from './voice-texts';

interface VoiceRowProps {
  lang: Language;
  entry: VoiceText;
  hasOwn: boolean;
  recordings: Workspace['recordings'];
  onChanged: (message: string) => void;
  /** More actions on the text (sharing with the site, docs/attachments.md). */
  children?: ReactNode;
}

export function VoiceRow({ lang, entry, hasOwn, recordings, onChanged, children }: VoiceRowProps) {
  const { t } = useTranslation();
  const player = useAudioPlayer();
  const recorder = useRecorder();
  const { state } = recorder;
  // The group is named by the text itself, so the name keeps the text's language (not the adviser's).
  const textId = useId();

  async function keep() {
    if (state.phase !== 'recorded') return;
    await recordings.save(entry.key, state.audio, state.mimeType);
    recorder.reset();
    onChanged(t('positioning.voice.saved'));
  }

  async function remove() {
    await recordings.remove(entry.key);
    onChanged(t('positioning.voice.deleted'));
  }

  return (
    <li className="voice-row">
      <p id={textId} className="voice-row__text" lang={lang} dir={lang === 'ar' ? 'rtl' : undefined}>
        {entry.text}
      </p>
      <p className="voice-row__source">{t(hasOwn ? 'positioning.voice.kept' : 'positioning.voice.generated')}</p>
      <div className="voice-row__actions" role="group" aria-labelledby={textId}>
        <button type="button" className="button" onClick={() => void player.play({ lang, clipId: entry.clipId, text: entry.text })}>
          {t('positioning.voice.listen')}
        </button>
        {state.phase === 'recording' ? (
          <button type="button" className="button button--primary" onClick={recorder.stop}>
            {t('positioning.voice.stop')}
          </button>
        ) : (
          <button type="button" className="button" onClick={() => void recorder.start()}>
            {t('positioning.voice.record')}
          </button>
        )}
        {state.phase === 'recorded' ? (
          <>
            <audio controls src={state.url} className="voice-row__preview" />
            <button type="button" className="button button--primary" onClick={() => void keep()}>
              {t('positioning.voice.keep')}
            </button>
            <button type="button" className="button" onClick={recorder.reset}>
              {t('positioning.voice.discard')}
            </button>
          </>
        ) : null}
        {hasOwn && state.phase !== 'recorded' ? (
          <button type="button" className="button button--danger" onClick={() => void remove()}>
            {t('positioning.voice.delete')}
          </button>
        ) : null}
        {children}
      </div>
      {state.phase === 'recording' ? <p role="status">{t('positioning.voice.recording')}</p> : null}
      {state.phase === 'failed' ? (
        <p role="alert" className="field__error">
          {t(state.reason === 'denied' ? 'positioning.voice.denied' : 'positioning.voice.unsupported')}
        </p>
      ) : null}
    </li>
  );
}
