import { boxWithButtons } from '../scope';
import { surfaceFromLabel } from '../surface';
import type { PlatformAdapter, Surface } from '../types';
import { LINKEDIN } from './selectors';

function surfaceOf(editor: Element): Surface {
  if (editor.closest(LINKEDIN.messageForm)) return 'message';
  const labelled = surfaceFromLabel(editor);
  if (labelled) return labelled;
  if (editor.closest(LINKEDIN.commentBox)) return 'comment';
  if (editor.closest(LINKEDIN.dialog)) return 'post';
  return 'comment';
}

export const linkedin: PlatformAdapter = {
  platform: 'linkedin',
  composers: [
    { selector: LINKEDIN.quill, surface: surfaceOf },
    { selector: LINKEDIN.prosemirror, surface: surfaceOf },
    {
      selector: LINKEDIN.message,
      surface: (el) => (el.closest(LINKEDIN.messageForm) ? 'message' : surfaceOf(el)),
    },
  ],
  scopeOf: (editor) =>
    editor.closest(LINKEDIN.dialog) ??
    editor.closest(LINKEDIN.commentBox) ??
    editor.closest(LINKEDIN.messageForm) ??
    editor.closest('form') ??
    boxWithButtons(editor),
};
