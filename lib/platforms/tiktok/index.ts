import { boxWithButtons } from '../scope';
import { surfaceFromLabel } from '../surface';
import type { PlatformAdapter, Surface } from '../types';
import { TIKTOK } from './selectors';

function surfaceOf(editor: Element): Surface {
  if (editor.closest(TIKTOK.comment)) return 'comment';
  const labelled = surfaceFromLabel(editor);
  if (labelled) return labelled;
  const path = editor.ownerDocument.defaultView?.location.pathname ?? '';
  return TIKTOK.uploadPath.test(path) ? 'caption' : 'comment';
}

export const tiktok: PlatformAdapter = {
  platform: 'tiktok',
  composers: [{ selector: TIKTOK.draft, surface: surfaceOf }],
  scopeOf: (editor) =>
    editor.closest(TIKTOK.comment) ?? editor.closest(TIKTOK.uploadForm) ?? boxWithButtons(editor),
};
