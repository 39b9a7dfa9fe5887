import { boxWithButtons } from '../scope';
import { surfaceFromLabel } from '../surface';
import type { PlatformAdapter, Surface } from '../types';
import { LINKEDIN } from './selectors';

/** What a box is for, where the page shows it; null where it does not. */
function linkedinSurface(editor: Element): Surface | null {
  if (editor.closest(LINKEDIN.messageForm)) return 'message';
  const path = editor.ownerDocument.defaultView?.location.pathname ?? '';
  if (LINKEDIN.messagingPath.test(path)) return 'message';
  const labelled = surfaceFromLabel(editor);
  if (labelled) return labelled;
  if (editor.closest(LINKEDIN.commentBox)) return 'comment';
  if (editor.closest(LINKEDIN.dialog)) return 'post';
  return null;
}

// Editor boxes outside the share dialog are comment boxes under posts.
const surfaceOf = (editor: Element): Surface => linkedinSurface(editor) ?? 'comment';

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
  surfaceOf: linkedinSurface,
  scopeOf: (editor) =>
    editor.closest(LINKEDIN.dialog) ??
    editor.closest(LINKEDIN.commentBox) ??
    editor.closest(LINKEDIN.messageForm) ??
    editor.closest('form') ??
    boxWithButtons(editor),
};
