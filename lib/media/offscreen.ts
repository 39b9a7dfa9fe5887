import { browser } from 'wxt/browser';
import { ErrorReply } from '../messaging/protocol';
import { MediaAnalysis, OFFSCREEN_KIND, type MediaRequest } from '../messaging/media';
import { withTimeout } from './timeout';

const PAGE = 'offscreen.html';
/** The models take ~150 MB once loaded: after this long without a photo the document closes. */
const IDLE_CLOSE_MS = 10 * 60 * 1000;
/** Start-up, OCR and faces of one photo, on a busy machine; a video has its own cap inside. */
const ANSWER_MS = 90_000;

type OffscreenApi = {
  createDocument(p: { url: string; reasons: string[]; justification: string }): Promise<void>;
  closeDocument(): Promise<void>;
  hasDocument?: () => Promise<boolean>;
};
const offscreenApi = () =>
  (globalThis as unknown as { chrome?: { offscreen?: OffscreenApi } }).chrome?.offscreen;

/**
 * Chrome's service worker cannot start a Worker (crbug 1219164), so the look at a photo
 * happens in an offscreen document (reason WORKERS) that this opens on demand and closes
 * when idle. Only the extension's own pages take part: the photo never leaves the device.
 */
export function offscreenAnalyser() {
  let opening: Promise<void> | undefined;
  let idle: ReturnType<typeof setTimeout> | undefined;
  let busy = 0;

  const open = async () => {
    const api = offscreenApi();
    if (!api) throw new Error('no offscreen API in this browser');
    if (api.hasDocument && (await api.hasDocument())) return;
    try {
      await api.createDocument({
        url: PAGE,
        reasons: ['WORKERS'],
        justification: 'Reads text and counts faces in an attached photo, on the device.',
      });
    } catch (error) {
      // Another call opened it meanwhile: that is fine.
      if (!/single offscreen|already/i.test(String(error))) throw error;
    }
  };
  const ensure = () => {
    opening ??= open().catch((error: unknown) => {
      opening = undefined;
      throw error;
    });
    return opening;
  };
  const closeLater = () => {
    clearTimeout(idle);
    idle = setTimeout(() => {
      if (busy > 0) return;
      opening = undefined;
      void offscreenApi()
        ?.closeDocument()
        .catch(() => undefined);
    }, IDLE_CLOSE_MS);
  };

  return {
    /** Opens the document (and so loads the models) before the first photo arrives. */
    warm: () => ensure().then(() => send('warm')),
    async analyse(request: MediaRequest): Promise<MediaAnalysis> {
      busy += 1;
      clearTimeout(idle);
      try {
        await ensure();
        return MediaAnalysis.parse(await withTimeout(send(request), ANSWER_MS, 'looking at the photo'));
      } finally {
        busy -= 1;
        closeLater();
      }
    },
  };
}

async function send(data: MediaRequest | 'warm'): Promise<unknown> {
  const reply: unknown = await browser.runtime.sendMessage({ kind: OFFSCREEN_KIND, data });
  const failed = ErrorReply.safeParse(reply);
  if (failed.success) throw new Error(failed.data.error);
  return reply;
}
