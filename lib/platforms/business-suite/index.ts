import type { Platform } from '../../checker/types';
import { FACEBOOK } from '../facebook/selectors';
import { boxWithButtons } from '../scope';
import { labelOf, surfaceFromLabel } from '../surface';
import type { PlatformAdapter, Surface } from '../types';
import { BUSINESS_SUITE } from './selectors';

const scopeOf = (editor: Element): Element =>
  editor.closest(BUSINESS_SUITE.composer) ?? boxWithButtons(editor);

/** The platform a piece of page text names, if exactly one. */
function named(text: string): Platform | null {
  const ig = /\binstagram\b/i.test(text);
  const fb = /\bfacebook\b/i.test(text);
  return ig === fb ? null : ig ? 'instagram' : 'facebook';
}

/** The text that names a control: its own label, its label element, or its text. */
function nameOf(control: Element): string {
  const label =
    control.closest('label')?.textContent ??
    (control.id
      ? control.ownerDocument.querySelector(`label[for="${CSS.escape(control.id)}"]`)?.textContent
      : '');
  return `${labelOf(control)} ${label ?? ''} ${control.textContent ?? ''}`;
}

/**
 * Where this box's text goes, as the page shows it: the box's own label or the selected
 * channel tab when each channel has its own text; otherwise the channels switched on in the
 * composer. Instagram alone is Instagram; Facebook, both, or nothing shown is Facebook, whose
 * Page the Suite belongs to.
 */
export function channelOf(editor: Element): Platform {
  const own = named(labelOf(editor));
  if (own) return own;
  const scope = scopeOf(editor);
  const tab = scope.querySelector(BUSINESS_SUITE.selectedTab);
  const tabbed = tab && named(nameOf(tab));
  if (tabbed) return tabbed;
  const on = new Set<Platform>();
  for (const control of scope.querySelectorAll(BUSINESS_SUITE.checkedChannel)) {
    const channel = named(nameOf(control));
    if (channel) on.add(channel);
  }
  return on.size === 1 && on.has('instagram') ? 'instagram' : 'facebook';
}

/** A box in the composer is the post (or story) text; the inbox holds replies and messages. */
function businessSurface(editor: Element): Surface | null {
  const labelled = surfaceFromLabel(editor);
  if (labelled) return labelled;
  const path = editor.ownerDocument.defaultView?.location.pathname ?? '';
  if (BUSINESS_SUITE.inboxPath.test(path)) return 'message';
  if (editor.closest(BUSINESS_SUITE.composer)) return 'post';
  return null;
}

export const businessSuite: PlatformAdapter = {
  platform: 'facebook',
  composers: [{ selector: FACEBOOK.editor, surface: (el) => businessSurface(el) ?? 'post' }],
  surfaceOf: businessSurface,
  platformOf: channelOf,
  scopeOf,
};
