// Shrinks a photo on the tablet before it is kept and sent (docs/attachments.md, "Photos"): the
// longest edge at most PHOTO_MAX_EDGE_PX, re-encoded as JPEG, which also drops the camera's
// metadata (place, device). Runs on a canvas; nothing goes to the browser's photo library.
import { PHOTO_MAX_EDGE_PX } from '../../domain/attachments';

export interface ShrunkPhoto {
  bytes: ArrayBuffer;
  mediaType: 'image/jpeg';
  width: number;
  height: number;
}

export const PHOTO_JPEG_QUALITY = 0.85;

export function fittedSize(width: number, height: number, maxEdge = PHOTO_MAX_EDGE_PX): { width: number; height: number } {
  const scale = Math.min(1, maxEdge / Math.max(width, height));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

/** Draws a picture (a decoded file, a video frame) at its fitted size and encodes it as JPEG. */
export async function encodePhoto(source: CanvasImageSource, sourceWidth: number, sourceHeight: number): Promise<ShrunkPhoto> {
  const { width, height } = fittedSize(sourceWidth, sourceHeight);
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2d canvas');
  context.drawImage(source, 0, 0, width, height);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', PHOTO_JPEG_QUALITY));
  if (!blob) throw new Error('the photo could not be encoded');
  return { bytes: await blob.arrayBuffer(), mediaType: 'image/jpeg', width, height };
}

export async function shrinkPhoto(file: Blob): Promise<ShrunkPhoto> {
  const bitmap = await createImageBitmap(file);
  try {
    return await encodePhoto(bitmap, bitmap.width, bitmap.height);
  } finally {
    bitmap.close();
  }
}

/** The frame a live camera shows now (CameraCapture.tsx), shrunk the same way. */
export function photoFromVideo(video: HTMLVideoElement): Promise<ShrunkPhoto> {
  return encodePhoto(video, video.videoWidth, video.videoHeight);
}
