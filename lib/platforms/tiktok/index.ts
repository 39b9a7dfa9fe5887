import { boxWithButtons } from '../scope';
import { surfaceFromLabel } from '../surface';
import type { PlatformAdapter, Surface } from '../types';
import { TIKTOK } from './selectors';

/** What a box is for, where the page shows it; null where it does not. */
function tiktokSurface(editor: Element): Surface | null {
  if (editor.closest(TIKTOK.comment)) return 'comment';
  const labelled = surfaceFromLabel(editor);
  if (labelled) return labelled;
  const path = editor.ownerDocument.defaultView?.location.pathname ?? '';
  // Studio's comment pages answer viewers; the other Studio pages edit a video's caption.
  if (TIKTOK.studioCommentsPath.test(path)) return 'reply';
  if (TIKTOK.messagesPath.test(path)) return 'message';
  if (TIKTOK.uploadPath.test(path)) return 'caption';
  if (TIKTOK.videoPath.test(path)) return 'comment';
  return null;
}

// A Draft editor off the upload pages is the comment box under a video.
const surfaceOf = (editor: Element): Surface => tiktokSurface(editor) ?? 'comment';

export const tiktok: PlatformAdapter = {
  platform: 'tiktok',
  composers: [{ selector: TIKTOK.draft, surface: surfaceOf }],
  surfaceOf: tiktokSurface,
  scopeOf: (editor) =>
    editor.closest(TIKTOK.comment) ?? editor.closest(TIKTOK.uploadForm) ?? boxWithButtons(editor),
};
