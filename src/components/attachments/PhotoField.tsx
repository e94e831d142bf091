// Photos of a record (docs/attachments.md, "Photos"), e.g. `<PhotoField ownerTable="observations"
// ownerId={id} />`: take one with the tablet's camera (the page's live camera, CameraCapture.tsx,
// or the file input's `capture` as a fallback), shrunk on the tablet before it
// is kept (encrypted) and sent, shown as thumbnails, removed after a confirmation. The picture
// never goes to the browser's photo library: the input hands the file to the page only.
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PHOTO_MAX_EDGE_PX } from '../../domain/attachments';
import { isQuotaError } from '../../db/held-writes';
import { formatInstant } from '../../i18n/format';
import type { LocalRecord } from '../../sync/workspace';
import { ConfirmedActionButton } from '../ConfirmedActionButton';
import { useWorkspace } from '../session/session-context';
import { CameraCapture, cameraSupported } from './CameraCapture';
import { shrinkPhoto, type ShrunkPhoto } from './shrink-photo';

export interface PhotoFieldProps {
  ownerTable: string;
  ownerId: string;
  /** The person the photos show the work of: erasing them removes the photos. */
  candidateId?: string;
  /** The site the photos belong to (the owner record's); default the adviser's first site. */
  siteId?: string;
  /** Tests replace the canvas step. */
  shrink?: (file: Blob) => Promise<ShrunkPhoto>;
}

export function PhotoField({ ownerTable, ownerId, candidateId, siteId, shrink = shrinkPhoto }: PhotoFieldProps) {
  const { t, i18n } = useTranslation();
  const workspace = useWorkspace();
  const attachments = workspace.attachments;
  const [photos, setPhotos] = useState<LocalRecord<'attachments'>[]>([]);
  const [message, setMessage] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const inputId = useId();

  useEffect(() => {
    return workspace.repo('attachments').watchWhere('ownerId', [ownerId], (records) =>
      setPhotos(records.filter((record) => record.data.kind === 'photo' && record.data.ownerTable === ownerTable).sort((a, b) => ((a.data.createdAt ?? '') < (b.data.createdAt ?? '') ? -1 : 1))),
    );
  }, [workspace, ownerId, ownerTable]);

  /** Shrinks, keeps (encrypted) and queues a photo; says how it went. */
  async function keep(photoOf: () => Promise<ShrunkPhoto>) {
    setBusy(true);
    setMessage(t('attachments.photo.adding'));
    try {
      const photo = await photoOf();
      const site = siteId ?? workspace.user.siteIds[0];
      if (!site) throw new Error('no-site');
      await attachments.add({ siteId: site, bytes: photo.bytes, mediaType: photo.mediaType, ownerTable, ownerId, candidateId, recordedBy: workspace.user.id, width: photo.width, height: photo.height });
      setMessage(t('attachments.photo.added'));
    } catch (error) {
      const reason = isQuotaError(error) ? t('attachments.photo.full') : error instanceof Error && error.message === 'not-image' ? t('attachments.photo.notImage') : t('attachments.photo.other');
      setMessage(t('attachments.photo.failed', { reason }));
    } finally {
      setBusy(false);
    }
  }

  function take(file: File | undefined) {
    if (!file) return;
    void keep(async () => {
      if (!file.type.startsWith('image/')) throw new Error('not-image');
      return shrink(file);
    });
  }

  return (
    <fieldset className="photo-field">
      <legend className="field__label">{t('attachments.photo.label')}</legend>
      {photos.length === 0 ? <p>{t('attachments.photo.none')}</p> : null}
      <ul className="photo-field__list">
        {photos.map((photo, index) => (
          <li key={photo.id} className="photo-field__item">
            <Thumbnail photo={photo} alt={t('attachments.photo.thumbnail', { index: index + 1, date: photo.data.createdAt ? formatInstant(photo.data.createdAt, i18n.language) : '' })} />
            <ConfirmedActionButton
              label={t('attachments.photo.remove')}
              ariaLabel={`${t('attachments.photo.remove')} ${index + 1}`}
              title={t('attachments.photo.remove')}
              text={t('attachments.photo.removeConfirm')}
              confirmLabel={t('attachments.photo.confirm')}
              cancelLabel={t('attachments.photo.cancel')}
              closeWhenDone
              onConfirm={async () => {
                await attachments.remove(photo.id);
                setMessage(t('attachments.photo.removed'));
              }}
            />
          </li>
        ))}
      </ul>
      {cameraSupported() ? <CameraCapture disabled={busy} onPhoto={(photo) => keep(async () => photo)} /> : null}
      <label className="field__label" htmlFor={inputId}>
        {t('attachments.photo.take')}
      </label>
      <input
        id={inputId}
        type="file"
        accept="image/*"
        capture="environment"
        disabled={busy}
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          take(file);
        }}
      />
      <p className="field__hint">{t('attachments.photo.maxSize', { edge: PHOTO_MAX_EDGE_PX })}</p>
      <p role="status">{message}</p>
    </fieldset>
  );
}

function Thumbnail({ photo, alt }: { photo: LocalRecord<'attachments'>; alt: string }) {
  const { t } = useTranslation();
  const attachments = useWorkspace().attachments;
  const [url, setUrl] = useState<string | undefined>();
  const [missing, setMissing] = useState(false);
  useEffect(() => {
    let active = true;
    let objectUrl: string | undefined;
    void attachments.bytesOf(photo).then((bytes) => {
      if (!active) return;
      if (!bytes) return setMissing(true);
      objectUrl = URL.createObjectURL(new Blob([bytes], { type: photo.data.mediaType ?? 'image/jpeg' }));
      setUrl(objectUrl);
    });
    return () => {
      active = false;
      if (objectUrl) URL.revokeObjectURL(objectUrl);
    };
  }, [attachments, photo]);
  if (missing) return <p>{t('attachments.photo.unavailable')}</p>;
  return url ? <img src={url} alt={alt} className="photo-field__thumbnail" width={120} /> : null;
}
