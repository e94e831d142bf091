// /positionnements/voix: the adviser records their own voice for any candidate text; on this
// tablet it then replaces the generated clip in candidate mode. Stored encrypted on the device.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkspace } from '../../components/session/session-context';
import { useDocumentTitle } from '../../components/use-document-title';
import { currentQuestionnaire } from '../../content/questionnaires';
import type { Language } from '../../content/schema';
import { AudioPlayerContext } from './audio-context';
import { createAudioPlayer } from './audio-player';
import { recordingSupported } from './use-recorder';
import { voiceGroups } from './voice-texts';
import { VoiceRow } from './VoiceRow';
import { SiteVoiceActions } from './SiteVoiceActions';
import { SiteVoiceCoverage } from './SiteVoiceCoverage';
import { useSiteVoices } from './use-site-voices';
import './voice.css';

const LANGUAGES: readonly Language[] = ['fr', 'en', 'ar'];

export function VoiceRecordingsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('positioning.voice.title'));
  const workspace = useWorkspace();
  const recordings = workspace.recordings;
  const player = useMemo(() => createAudioPlayer(recordings, workspace.attachments), [recordings, workspace.attachments]);
  const siteVoices = useSiteVoices(workspace);
  const [lang, setLang] = useState<Language>('fr');
  const [own, setOwn] = useState<ReadonlySet<string>>(new Set());
  const [message, setMessage] = useState<string | undefined>();
  const groups = useMemo(() => voiceGroups(currentQuestionnaire(), lang), [lang]);

  const refresh = useCallback(async () => {
    const keys = await recordings.keys();
    setOwn(new Set(keys));
  }, [recordings]);
  useEffect(() => {
    let active = true;
    void recordings.keys().then((keys) => {
      if (active) setOwn(new Set(keys));
    });
    return () => {
      active = false;
    };
  }, [recordings]);
  useEffect(() => () => player.stop(), [player]);

  return (
    <AudioPlayerContext.Provider value={player}>
      <h1>{t('positioning.voice.title')}</h1>
      <p>{t('positioning.voice.intro')}</p>
      {!recordingSupported() ? <p className="notice notice--error">{t('positioning.voice.unsupported')}</p> : null}
      <fieldset className="choice-group">
        <legend className="field__label">{t('positioning.voice.language')}</legend>
        <div className="choice-group__options">
          {LANGUAGES.map((code) => (
            <label key={code} className="choice">
              <input type="radio" name="voice-language" checked={lang === code} onChange={() => setLang(code)} />
              {t(`positioning.voice.lang.${code}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <SiteVoiceCoverage languages={LANGUAGES} voices={siteVoices} />
      <p role="status" className="voice__message">
        {message}
      </p>
      {recordings
        ? groups.map((group) => (
            <details key={group.id} className="voice-group">
              {/* A part of the questionnaire is named by its own (French) title: marked as French. */}
              <summary lang={group.titleKey ? undefined : 'fr'}>{group.titleKey ? t(group.titleKey) : group.title}</summary>
              <ul className="voice-list">
                {group.texts.map((entry) => (
                  <VoiceRow
                    key={entry.key}
                    lang={lang}
                    entry={entry}
                    hasOwn={own.has(entry.key)}
                    recordings={recordings}
                    onChanged={(said) => {
                      setMessage(said);
                      void refresh();
                    }}
                  >
                    <SiteVoiceActions
                      workspace={workspace}
                      lang={lang}
                      entry={entry}
                      hasOwn={own.has(entry.key)}
                      siteVoice={siteVoices.get(entry.key)}
                      onChanged={setMessage}
                    />
                  </VoiceRow>
                ))}
              </ul>
            </details>
          ))
        : null}
    </AudioPlayerContext.Provider>
  );
}
