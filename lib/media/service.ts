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

/** Chrome: the service worker cannot start a Worker, so the pixels go to an offscreen document. */
export function offscreenPhotoService(): PhotoService {
  return { metadata, analyse: offscreenAnalyser().analyse };
}

/**
 * Firefox has no offscreen API but a background page with a DOM: the analyser runs in it,
 * loaded on the first photo (so a browser start does not parse the models' code).
 */
export function backgroundPagePhotoService(): PhotoService {
  let analyser: Promise<{ analyse(r: MediaRequest): Promise<MediaAnalysis> }> | undefined;
  return {
    metadata,
    analyse: async (request) => {
      analyser ??= import('./analyse').then(
        ({ MediaAnalyser }) => new MediaAnalyser(document, (path) => browser.runtime.getURL(path as '/')),
      );
      return (await analyser).analyse(request);
    },
  };
}
