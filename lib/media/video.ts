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
    const duration = await durationOf(video);
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

/**
 * Recorded WebM files (MediaRecorder's, and so many screen recordings) carry no duration:
 * the browser finds it after a seek past the end. Without it only the first frame is read.
 */
async function durationOf(video: HTMLVideoElement): Promise<number> {
  if (Number.isFinite(video.duration)) return video.duration;
  try {
    video.currentTime = Number.MAX_SAFE_INTEGER;
    await withTimeout(once(video, 'seeked'), 3_000, 'finding the video length');
    const found = Number.isFinite(video.duration) ? video.duration : 0;
    video.currentTime = 0;
    await withTimeout(once(video, 'seeked'), 3_000, 'going back to the start');
    return found;
  } catch {
    return 0;
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
