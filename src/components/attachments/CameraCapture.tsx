// A live camera inside the page (getUserMedia), offered beside the file input of PhotoField: a
// tablet's browser may not open its camera from `<input capture>` (and a headless test browser
// cannot), while the page's own camera works everywhere it is allowed. "Prendre la photo" draws the
// frame on a canvas at most PHOTO_MAX_EDGE_PX (shrink-photo.ts); the picture stays in the page and
// never reaches the browser's photo library. The camera stops once the photo is taken, the camera
// closed, or the field gone.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { photoFromVideo, type ShrunkPhoto } from './shrink-photo';

export function cameraSupported(): boolean {
  return typeof navigator !== 'undefined' && typeof navigator.mediaDevices?.getUserMedia === 'function';
}

interface CameraCaptureProps {
  disabled: boolean;
  onPhoto: (photo: ShrunkPhoto) => Promise<void>;
  /** Tests replace the canvas step. */
  capture?: (video: HTMLVideoElement) => Promise<ShrunkPhoto>;
}

export function CameraCapture({ disabled, onPhoto, capture = photoFromVideo }: CameraCaptureProps) {
  const { t } = useTranslation();
  const video = useRef<HTMLVideoElement>(null);
  const [stream, setStream] = useState<MediaStream | undefined>();
  const [ready, setReady] = useState(false);
  const [denied, setDenied] = useState(false);

  useEffect(() => {
    if (video.current) video.current.srcObject = stream ?? null;
    return () => stream?.getTracks().forEach((track) => track.stop());
  }, [stream]);

  async function open() {
    setDenied(false);
    setReady(false);
    try {
      setStream(await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false }));
    } catch {
      setDenied(true);
    }
  }

  async function take() {
    if (!video.current || !ready) return;
    const photo = await capture(video.current);
    stream?.getTracks().forEach((track) => track.stop());
    setStream(undefined);
    await onPhoto(photo);
  }

  if (!stream) {
    return (
      <>
        <button type="button" className="button" disabled={disabled} onClick={() => void open()}>
          {t('attachments.photo.openCamera')}
        </button>
        {denied ? (
          <p role="alert" className="field__error">
            {t('attachments.photo.cameraDenied')}
          </p>
        ) : null}
      </>
    );
  }
  return (
    <div className="photo-field__camera">
      <video ref={video} className="photo-field__preview" aria-label={t('attachments.photo.camera')} autoPlay muted playsInline onLoadedData={() => setReady(true)} />
      <button type="button" className="button button--primary" disabled={disabled || !ready} onClick={() => void take()}>
        {t('attachments.photo.capture')}
      </button>
      <button type="button" className="button" onClick={() => setStream(undefined)}>
        {t('attachments.photo.closeCamera')}
      </button>
    </div>
  );
}
