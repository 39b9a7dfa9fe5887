import { boxWithButtons } from '../scope';
import { surfaceFromLabel } from '../surface';
import type { PlatformAdapter, Surface } from '../types';
import { FACEBOOK } from './selectors';

function surfaceOf(editor: Element): Surface {
  const labelled = surfaceFromLabel(editor);
  if (labelled) return labelled;
  // The post composer is the dialog's own box; a box inside a post (also a post opened in a dialog) is a comment.
  if (editor.closest(FACEBOOK.article)) return 'comment';
  if (editor.closest(FACEBOOK.dialog)) return 'post';
  return 'comment';
}

export const facebook: PlatformAdapter = {
  platform: 'facebook',
  composers: [{ selector: FACEBOOK.editor, surface: surfaceOf }],
  scopeOf: (editor) =>
    editor.closest(FACEBOOK.form) ??
    editor.closest(FACEBOOK.dialog) ??
    editor.closest(FACEBOOK.article) ??
    boxWithButtons(editor),
};
