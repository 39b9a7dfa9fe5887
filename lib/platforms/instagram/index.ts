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

/** Any other box: a message under /direct/, what its label says, a caption in the create dialog. */
function otherSurface(editor: Element): Surface | null {
  const path = editor.ownerDocument.defaultView?.location.pathname ?? '';
  if (INSTAGRAM.directPath.test(path)) return 'message';
  const labelled = surfaceFromLabel(editor);
  if (labelled) return labelled;
  // A box under a post (in the feed, or in the dialog a post opens in) is its comment box; so is
  // any box on a post's own page outside the create dialog.
  if (editor.closest(INSTAGRAM.article)) return 'comment';
  if (INSTAGRAM.postPath.test(path) && (editor.tagName === 'TEXTAREA' || !editor.closest(INSTAGRAM.dialog)))
    return 'comment';
  if (editor.closest(INSTAGRAM.dialog) || INSTAGRAM.createPath.test(path)) return 'caption';
  return null;
}

export const instagram: PlatformAdapter = {
  platform: 'instagram',
  composers: [
    { selector: INSTAGRAM.lexical, surface: lexicalSurface },
    { selector: INSTAGRAM.commentTextarea, surface: (el) => surfaceFromLabel(el) ?? 'comment' },
  ],
  surfaceOf: otherSurface,
  scopeOf: (editor) => editor.closest(INSTAGRAM.dialog) ?? editor.closest('form') ?? boxWithButtons(editor),
};
