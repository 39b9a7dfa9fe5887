import type { MediaFacts } from '../../checker/types';
import type { MediaAnalysis, MediaMetadata, MediaRequest } from '../../messaging/media';
import { MAX_ANALYSE_BYTES, METADATA_BYTES } from '../../messaging/media';
import { base64FromBlob } from '../../media/base64';

/** How the page side reaches the extension's photo service (the background, over messages). */
export type PhotoChannel = {
  metadata(request: { mimeType: string; data: string }): Promise<MediaMetadata>;
  analyse(request: MediaRequest): Promise<MediaAnalysis>;
};

/** Per page: a photo attached again (or in another composer) is not looked at twice. */
const analysed = new Map<string, Promise<MediaAnalysis>>();

/**
 * What the extension learns about one attached file, in two steps: its metadata (fast), then
 * the look at its pixels (faces, text). `update` gets the facts after each step. The page's
 * main thread only hands the file over: hashing and reading as base64 are asynchronous, and
 * the analysis runs in the extension's own pages.
 */
export async function learnAbout(
  file: File,
  facts: MediaFacts,
  channel: PhotoChannel,
  update: (next: Partial<MediaFacts>) => void,
): Promise<void> {
  const kind = facts.kind;
  if (kind !== 'image' && kind !== 'video') return;
  const mimeType = file.type || 'application/octet-stream';
  // The analysis reads the metadata again from the whole file; the quick read of the start
  // must not overwrite that if it comes back later.
  let whole = false;
  if (kind === 'image')
    void base64FromBlob(file.slice(0, METADATA_BYTES))
      .then((data) => channel.metadata({ mimeType, data }))
      .then(
        (meta) => !whole && update(meta),
        () => undefined,
      );
  if (file.size > MAX_ANALYSE_BYTES) {
    update({ analysis: 'too-large' });
    return;
  }
  update({ analysis: 'pending' });
  try {
    const id = await sha256(file);
    update({ id });
    let result = analysed.get(id);
    if (!result) {
      result = base64FromBlob(file).then((data) => channel.analyse({ id, kind, mimeType, data }));
      analysed.set(id, result);
      result.catch(() => analysed.delete(id));
    }
    const { timings: _timings, ...analysis } = await result;
    whole = true;
    update(analysis);
  } catch {
    update({ analysis: 'failed' });
  }
}

async function sha256(file: Blob): Promise<string> {
  // A view, not the buffer itself: the buffer may come from another realm (a test's DOM).
  const digest = await crypto.subtle.digest('SHA-256', new Uint8Array(await file.arrayBuffer()));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
