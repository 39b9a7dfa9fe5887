import { browser } from 'wxt/browser';
import type { MediaAnalysis, MediaMetadata, MediaRequest } from '../messaging/media';
import { bytesFromBase64 } from './base64';
import { readMetadata } from './metadata';
import { offscreenAnalyser } from './offscreen';

export type PhotoService = {
  metadata(data: string): Promise<MediaMetadata>;
  analyse(request: MediaRequest): Promise<MediaAnalysis>;
};

/** Metadata is read right in the background: exifr needs no DOM. */
const metadata = (data: string) => readMetadata(bytesFromBase64(data));

/**
 * The look at the pixels, and the metadata read again from the whole file: the first read
 * sees only its start, and a HEIC (libheif, exiftool) or WebP keeps its EXIF after the picture.
 */
function withWholeMetadata(
  analyse: (r: MediaRequest) => Promise<MediaAnalysis>,
): (r: MediaRequest) => Promise<MediaAnalysis> {
  return async (request) => {
    const [analysis, meta] = await Promise.all([
      analyse(request),
      request.kind === 'image' ? metadata(request.data).catch(() => ({})) : {},
    ]);
    return { ...analysis, ...meta };
  };
}

/** Chrome: the service worker cannot start a Worker, so the pixels go to an offscreen document. */
export function offscreenPhotoService(): PhotoService {
  return { metadata, analyse: withWholeMetadata(offscreenAnalyser().analyse) };
}

/**
 * Firefox has no offscreen API but a background page with a DOM: the analyser runs in it,
 * loaded on the first photo (so a browser start does not parse the models' code).
 */
export function backgroundPagePhotoService(): PhotoService {
  let analyser: Promise<{ analyse(r: MediaRequest): Promise<MediaAnalysis> }> | undefined;
  return {
    metadata,
    analyse: withWholeMetadata(async (request) => {
      analyser ??= import('./analyse').then(
        ({ MediaAnalyser }) => new MediaAnalyser(document, (path) => browser.runtime.getURL(path as '/')),
      );
      return (await analyser).analyse(request);
    }),
  };
}
