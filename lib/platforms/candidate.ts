import { fromMarkup } from './editor-kind';
import { labelOf } from './surface';

/** Why a box the user writes in is not checked: none of these becomes a post. */
export type SkipReason = 'password' | 'one-line' | 'search' | 'lookup' | 'ours' | 'read-only';

/** Inputs a person writes words in; the rest (numbers, dates, files, buttons) never hold a post. */
const TEXT_INPUTS = new Set(['', 'text', 'search', 'email', 'url', 'tel', 'password']);

/** Roles that say "pick something from a list", never "write a post". */
const LOOKUP_ROLES = new Set(['searchbox', 'combobox', 'spinbutton']);

/**
 * Labels (Dutch and English) of search boxes. "Vind"/"find" only where the label starts with
 * it ("Vind vrienden"): a comment box may well ask "Wat vind jij hiervan?".
 */
const SEARCH = /\b(zoek\w*|search\w*)\b|^\s*(find|vind)\b/;
/** Labels of recipient and chat-lookup boxes ("Aan:", "Typ een naam", "New message to"). */
const LOOKUP =
  /(^|\s)(aan|to|naar):|\b(typ een naam|type a name|naam of groep|name or group|ontvanger\w*|recipient\w*|new message to|nieuw bericht aan|add people|personen toevoegen)\b/;

/**
 * The box that holds what the user writes, from the element an event came from (the
 * deepest one, also inside open shadow roots): a textarea or input itself, or the root of
 * the editable region (the topmost contenteditable element of its tree). Null when the
 * element is not editable.
 */
export function boxFrom(target: EventTarget | null): HTMLElement | null {
  const el = target as HTMLElement | null;
  if (!el || el.nodeType !== 1) return null;
  if (el.tagName === 'TEXTAREA' || el.tagName === 'INPUT') return el;
  if (!isEditable(el)) return null;
  let root: HTMLElement = el;
  for (let up = root.parentElement; up && isEditable(up); up = up.parentElement) root = up;
  return root;
}

/** contenteditable as the browser sees it (jsdom has no isContentEditable: read the attributes there). */
export function isEditable(el: HTMLElement): boolean {
  if (typeof el.isContentEditable === 'boolean') return el.isContentEditable;
  const value = el.closest('[contenteditable]')?.getAttribute('contenteditable');
  return value !== undefined && value !== null && value !== 'false';
}

/** Why this box is not a candidate composer, or null when it may hold a post. */
export function skipReason(box: HTMLElement): SkipReason | null {
  if (box.closest('[data-zorgvuldig]')) return 'ours';
  if (box.tagName === 'INPUT') {
    const type = (box.getAttribute('type') ?? '').toLowerCase();
    if (type === 'password') return 'password';
    if (type === 'search' || !TEXT_INPUTS.has(type)) return type === 'search' ? 'search' : 'one-line';
    return 'one-line';
  }
  if (
    box.tagName === 'TEXTAREA' &&
    ((box as HTMLTextAreaElement).readOnly || (box as HTMLTextAreaElement).disabled)
  )
    return 'read-only';
  const role = box.getAttribute('role') ?? '';
  if (role === 'searchbox') return 'search';
  const autocomplete = box.getAttribute('aria-autocomplete');
  const picksFromList = LOOKUP_ROLES.has(role) || (autocomplete !== null && autocomplete !== 'none');
  // Composers that offer @-mentions call themselves a combobox too; they hold paragraphs.
  if (picksFromList && !holdsParagraphs(box)) return 'lookup';
  if (box.getAttribute('aria-multiline') === 'false') return 'one-line';
  if (box.closest('[role="search"], form[action*="search" i]')) return 'search';
  const label = labelOf(box);
  if (SEARCH.test(label)) return 'search';
  if (LOOKUP.test(label)) return 'lookup';
  return null;
}

/**
 * A box written in paragraphs: it says so (aria-multiline), or an editor library drives it,
 * or its text sits in block elements (<p>, <div>), as every rich editor's does. A recipient
 * or search box holds one line of bare text.
 */
function holdsParagraphs(box: HTMLElement): boolean {
  if (box.getAttribute('aria-multiline') === 'true') return true;
  if (box.tagName === 'TEXTAREA' || box.tagName === 'INPUT') return false;
  return fromMarkup(box) !== null || box.querySelector(':scope > p, :scope > div') !== null;
}

/** The element an event really came from, also inside open shadow roots (closed ones stay hidden). */
export function deepTarget(event: Event): EventTarget | null {
  return event.composedPath()[0] ?? event.target;
}

/** The focused element, followed into open shadow roots. */
export function deepActiveElement(doc: Document): Element | null {
  let el = doc.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}

/**
 * A focused custom element that is not editable itself and shows no open shadow root:
 * what the user types goes into a closed shadow root, which a content script cannot read.
 */
export function isClosedHost(el: Element | null): el is HTMLElement {
  return Boolean(
    el &&
    el.nodeType === 1 &&
    el.tagName.includes('-') &&
    !isEditable(el as HTMLElement) &&
    el.shadowRoot === null,
  );
}

/** Characters after which a one-line box looks like a post written where it does not fit. */
export const LONG_ONE_LINE = 60;
