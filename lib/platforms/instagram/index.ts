import { boxWithButtons } from '../scope';
import { surfaceFromLabel } from '../surface';
import type { PlatformAdapter, Surface } from '../types';
import { INSTAGRAM } from './selectors';

function lexicalSurface(editor: Element): Surface {
  const path = editor.ownerDocument.defaultView?.location.pathname ?? '';
  if (INSTAGRAM.directPath.test(path)) return 'message';
  const labelled = surfaceFromLabel(editor);
  if (labelled) return labelled;
  return 'caption';
}

export const instagram: PlatformAdapter = {
  platform: 'instagram',
  composers: [
    { selector: INSTAGRAM.lexical, surface: lexicalSurface },
    { selector: INSTAGRAM.commentTextarea, surface: (el) => surfaceFromLabel(el) ?? 'comment' },
  ],
  scopeOf: (editor) => editor.closest(INSTAGRAM.dialog) ?? editor.closest('form') ?? boxWithButtons(editor),
};
