// Which sound a page played: every media element's first `playing` event reports its address and
// the SHA-256 of the bytes it plays (blob: addresses only), so a test tells a recording from the tablet's store (a blob:
// address, bytes of a known hash) from the generated clip (/audio/…), without any wait on time.
import type { BrowserContext, Page } from 'playwright-core';

export interface PlayedSound {
  src: string;
  sha256: string;
}

interface PlayWatch {
  __vdcPlayed?: (sound: PlayedSound) => void;
  __vdcNextPlay?: Promise<PlayedSound>;
}

/** Before the context's pages load: wraps HTMLMediaElement.play to report what starts playing. */
export async function watchPlayedAudio(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const watch = window as unknown as PlayWatch;
    // The page's CSP forbids fetching blob: addresses; the blobs are kept as they are made instead.
    const blobs = new Map<string, Blob>();
    const createObjectURL = URL.createObjectURL.bind(URL);
    URL.createObjectURL = (object: Blob | MediaSource) => {
      const url = createObjectURL(object);
      if (object instanceof Blob) blobs.set(url, object);
      return url;
    };
    const play = HTMLMediaElement.prototype.play;
    HTMLMediaElement.prototype.play = function (this: HTMLMediaElement) {
      this.addEventListener(
        'playing',
        (event) => {
          const media = event.currentTarget as HTMLMediaElement;
          const src = media.currentSrc || media.src;
          const blob = blobs.get(src);
          void (blob ? blob.arrayBuffer() : Promise.reject(new Error('not a blob')))
            .then((bytes) => crypto.subtle.digest('SHA-256', bytes))
            .then((digest) => Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join(''))
            .catch(() => '')
            .then((sha256) => watch.__vdcPlayed?.({ src, sha256 }));
        },
        { once: true },
      );
      return play.call(this);
    };
  });
}

/** Arms the watch: call before the click that plays, then await the returned function's answer. */
export async function armPlayWatch(page: Page): Promise<() => Promise<PlayedSound>> {
  await page.evaluate(() => {
    const watch = window as unknown as PlayWatch;
    watch.__vdcNextPlay = new Promise((resolve) => (watch.__vdcPlayed = resolve));
  });
  return () =>
    page.evaluate(() => {
      const next = (window as unknown as PlayWatch).__vdcNextPlay;
      if (!next) throw new Error('the play watch was not armed');
      return next;
    });
}
