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

export async function shrinkPhoto(file: Blob): Promise<ShrunkPhoto> {
  const bitmap = await createImageBitmap(file);
  try {
    const { width, height } = fittedSize(bitmap.width, bitmap.height);
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2d canvas');
    context.drawImage(bitmap, 0, 0, width, height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', PHOTO_JPEG_QUALITY));
    if (!blob) throw new Error('the photo could not be encoded');
    return { bytes: await blob.arrayBuffer(), mediaType: 'image/jpeg', width, height };
  } finally {
    bitmap.close();
  }
}
