import { PROBE_EVENT, PROBED_EVENT } from './apply/wire';
import type { EditorKind } from './types';

/**
 * Which editor library drives an editable element, read from the element itself: first the
 * marks each library leaves in the DOM (on the root or on the text it renders), then, where
 * a page strips those, the library's own instance on the element, which only the page's
 * world can see (asked through the bridge). Anything else is a plain contenteditable.
 */
export function editorKindOf(el: Element): EditorKind {
  return fromMarkup(el) ?? probe(el) ?? 'contenteditable';
}

/** The libraries' own marks in the DOM: class names and data attributes they write themselves. */
export function fromMarkup(el: Element): EditorKind | null {
  if (el.tagName === 'TEXTAREA' || el.tagName === 'INPUT') return 'textarea';
  if (el.hasAttribute('data-lexical-editor') || el.querySelector('[data-lexical-text]')) return 'lexical';
  if (el.classList.contains('ql-editor') || el.parentElement?.classList.contains('ql-container'))
    return 'quill';
  if (
    el.classList.contains('public-DraftEditor-content') ||
    el.querySelector(':scope > [data-contents]') ||
    el.querySelector(':scope [data-offset-key]')
  )
    return 'draft';
  if (el.classList.contains('ProseMirror') || el.classList.contains('tiptap')) return 'prosemirror';
  return null;
}

const KINDS = new Set<string>(['lexical', 'quill', 'prosemirror', 'draft']);

/**
 * Asks the page-world bridge which library instance sits on the element. Both events are
 * dispatched synchronously, so the answer is there when dispatchEvent returns; without a
 * bridge (a page where it does not run) the answer is null.
 */
function probe(el: Element): EditorKind | null {
  let answer: string | null = null;
  const listen = (event: Event) => (answer = String((event as CustomEvent).detail));
  el.addEventListener(PROBED_EVENT, listen);
  try {
    // The element's own window makes the event (a frame's element belongs to that frame's realm).
    const win = el.ownerDocument.defaultView ?? window;
    el.dispatchEvent(new win.CustomEvent(PROBE_EVENT, { bubbles: true, composed: true }));
  } finally {
    el.removeEventListener(PROBED_EVENT, listen);
  }
  return answer !== null && KINDS.has(answer) ? (answer as EditorKind) : null;
}
