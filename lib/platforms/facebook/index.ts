import { boxWithButtons } from '../scope';
import { labelOf, surfaceFromLabel } from '../surface';
import type { PlatformAdapter, Surface } from '../types';
import { FACEBOOK } from './selectors';

/** What a box is for, where the page shows it; null where it does not. */
export function facebookSurface(editor: Element): Surface | null {
  const labelled = surfaceFromLabel(editor);
  if (labelled) return labelled;
  // Messenger's box is labelled just "Bericht"; elsewhere (Business Suite) that word may name a post.
  if (FACEBOOK.chatLabel.test(labelOf(editor).trim())) return 'message';
  // Messenger inside Facebook (/messages/t/…, /messages/e2ee/t/…): every box there is a chat.
  const path = editor.ownerDocument.defaultView?.location.pathname ?? '';
  if (FACEBOOK.messagesPath.test(path)) return 'message';
  // The mobile site's composer is a page of its own (/composer/…) or a form posting there.
  if (FACEBOOK.composerPath.test(path) || editor.closest(FACEBOOK.composerForm)) return 'post';
  // The post composer is the dialog's own box; a box inside a post (also a post opened in a dialog) is a comment.
  if (editor.closest(FACEBOOK.article)) return 'comment';
  if (editor.closest(FACEBOOK.dialog)) return 'post';
  return null;
}

export const facebook: PlatformAdapter = {
  platform: 'facebook',
  // Lexical boxes outside a dialog or post are the feed's comment boxes.
  composers: [{ selector: FACEBOOK.editor, surface: (el) => facebookSurface(el) ?? 'comment' }],
  surfaceOf: facebookSurface,
  scopeOf: (editor) =>
    editor.closest(FACEBOOK.form) ??
    editor.closest(FACEBOOK.dialog) ??
    editor.closest(FACEBOOK.article) ??
    boxWithButtons(editor),
};
