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
 * composer (Instagram alone is Instagram; Facebook or both is Facebook). Where no channel
 * control shows (the inbox, a story), the address or the nearest text around the box that
 * names one platform; otherwise Facebook, whose Page the Suite belongs to.
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
  if (on.size > 0) return on.size === 1 && on.has('instagram') ? 'instagram' : 'facebook';
  // No channel control (the inbox, a story): the address or the nearest text that names one.
  const path = editor.ownerDocument.defaultView?.location.pathname ?? '';
  return named(path.replace(/[/_-]+/g, ' ')) ?? nearestNamed(editor, scope) ?? 'facebook';
}

/** Characters of page text read around a box at most: a thread's header, not the whole inbox. */
const NEAR_CHARS = 2000;

/**
 * The platform named by the page text closest around the box (a conversation's header
 * "Instagram · opmerking van …", an icon's label): each ancestor up to the scope in turn,
 * leaving out the box's own text. Null when the nearest text names both or neither.
 */
function nearestNamed(editor: Element, scope: Element): Platform | null {
  for (let node = editor.parentElement; node; node = node.parentElement) {
    const text = textAround(node, editor);
    if (text === null) return null;
    const channel = named(text);
    if (channel) return channel;
    if (node === scope) return null;
  }
  return null;
}

/** The text and icon labels in `node` outside `skip`; null when it is longer than NEAR_CHARS. */
function textAround(node: Element, skip: Element): string | null {
  const doc = node.ownerDocument;
  const walker = doc.createTreeWalker(node, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    // The box and everything in it (the user may well write "Instagram") are left out.
    acceptNode: (n) => (n === skip ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  let text = '';
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n.nodeType === 3) text += ` ${n.nodeValue ?? ''}`;
    else {
      const el = n as Element;
      const label = el.getAttribute('aria-label') ?? el.getAttribute('alt') ?? el.getAttribute('title');
      if (label) text += ` ${label}`;
    }
    if (text.length > NEAR_CHARS) return null;
  }
  return text;
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
