// On a text of the recording screen: share the adviser's kept recording with the site (one
// attachment per site of the adviser, docs/attachments.md "Voices"), or remove the site's voice
// (its author, a coordinator of the site or an administrator: mayChangeVoice).
import { useTranslation } from 'react-i18next';
import type { Language } from '../../content/schema';
import { mayChangeVoice } from '../../domain/attachments';
import type { LocalRecord, Workspace } from '../../sync/workspace';
import type { VoiceText } from './voice-texts';

interface SiteVoiceActionsProps {
  workspace: Workspace;
  lang: Language;
  entry: VoiceText;
  hasOwn: boolean;
  siteVoice: LocalRecord<'attachments'> | undefined;
  onChanged: (message: string) => void;
}

export function SiteVoiceActions({ workspace, lang, entry, hasOwn, siteVoice, onChanged }: SiteVoiceActionsProps) {
  const { t } = useTranslation();
  const { attachments, recordings, user } = workspace;
  const mayRemove = siteVoice !== undefined && mayChangeVoice(user, { siteId: siteVoice.siteId, recordedBy: siteVoice.data.recordedBy });

  async function share() {
    const own = await recordings.get(entry.key);
    if (!own) return;
    for (const siteId of user.siteIds) {
      await attachments.add({ siteId, bytes: own.audio, mediaType: own.mimeType, ownerTable: 'sites', ownerId: siteId, clipId: entry.clipId, language: lang, sharedWithSite: true, recordedBy: user.id });
    }
    onChanged(t('attachments.voice.shared'));
  }

  async function remove() {
    if (!siteVoice) return;
    // Every shared recording of this text on the adviser's sites goes, not only the newest, but
    // only those this user may remove (the server refuses the others).
    const all = await workspace.repo('attachments').list();
    for (const record of all) {
      const ofText = record.data.kind === 'voice' && record.data.sharedWithSite && record.data.clipId === entry.clipId && record.data.language === lang;
      if (ofText && mayChangeVoice(user, { siteId: record.siteId, recordedBy: record.data.recordedBy })) await attachments.remove(record.id);
    }
    onChanged(t('attachments.voice.removed'));
  }

  return (
    <>
      {siteVoice ? <p className="voice-row__source">{t('attachments.voice.siteVoice')}</p> : null}
      {hasOwn && siteVoice?.data.recordedBy !== user.id ? (
        <button type="button" className="button" onClick={() => void share()}>
          {t('attachments.voice.share')}
        </button>
      ) : null}
      {mayRemove ? (
        <button type="button" className="button button--danger" onClick={() => void remove()}>
          {t('attachments.voice.removeShared')}
        </button>
      ) : null}
    </>
  );
}
