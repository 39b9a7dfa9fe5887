import { toPicture, type Picture } from './image';
import { withTimeout } from './timeout';

/** A frame every few seconds, at most this many, within the time cap set by the caller. */
export const FRAME_EVERY_S = 3;
export const MAX_FRAMES = 8;

/**
 * Frames of a video the browser can play: the first, then one every FRAME_EVERY_S seconds.
 * Stops (with the frames so far) when `keepGoing` says the time is up.
 */
export async function* videoFrames(
  doc: Document,
  bytes: Uint8Array,
  mimeType: string,
  keepGoing: () => boolean,
): AsyncGenerator<Picture> {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: mimeType }));
  const video = doc.createElement('video');
  video.muted = true;
  video.preload = 'auto';
  try {
    video.src = url;
    await withTimeout(once(video, 'loadeddata'), 10_000, 'opening the video');
    const duration = Number.isFinite(video.duration) ? video.duration : 0;
    for (let at = 0, n = 0; n < MAX_FRAMES && at <= duration && keepGoing(); at += FRAME_EVERY_S, n++) {
      if (at > 0) {
        video.currentTime = at;
        await withTimeout(once(video, 'seeked'), 5_000, 'seeking in the video');
      }
      if (video.videoWidth === 0) break;
      yield toPicture(doc, video, video.videoWidth, video.videoHeight);
    }
  } finally {
    video.removeAttribute('src');
    video.load();
    URL.revokeObjectURL(url);
  }
}

function once(target: HTMLVideoElement, event: string): Promise<void> {
  return new Promise((resolve, reject) => {
    target.addEventListener(event, () => resolve(), { once: true });
    target.addEventListener('error', () => reject(new Error('the browser cannot play this video')), {
      once: true,
    });
  });
}
