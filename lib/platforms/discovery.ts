import { boxFrom, deepTarget, isClosedHost, LONG_ONE_LINE, skipReason } from './candidate';
import { surfaceFromButtons } from './surface';
import type { ComposerSpec, PlatformAdapter } from './types';

/** Why a box the user types in cannot be checked by itself; the popup offers to check it anyway. */
export type UnreadableReason = 'closed' | 'one-line';

export type DiscoveryHandlers = {
  found(element: HTMLElement, spec: ComposerSpec): void;
  lost(element: HTMLElement): void;
  /**
   * The user types in a box that is not checked: inside a closed shadow root (`box` is its
   * host), or a long text in a one-line field. Called on the first keystroke there, and again
   * only for another box.
   */
  unreadable?(box: HTMLElement, reason: UnreadableReason): void;
};

export type DiscoveryOptions = {
  /** Every box the user focuses or types in is a candidate (default); false: only known markup and `adopt`. */
  generic?: boolean;
};

/** Scans at most this often while the page changes; composers appear within this delay. */
const SCAN_DELAY_MS = 60;

/**
 * Finds composers two ways. Known markup (the adapter's selectors) is found as soon as it
 * appears, by one observer on the document that rescans after elements are added or removed
 * (single-page navigation, dialogs). Any other box (textarea, contenteditable, role=textbox)
 * becomes a composer when the user focuses it or types in it, also inside open shadow roots,
 * unless it is no place for a post (search, password, one-line, recipient lookup). Nothing
 * runs while the page is idle; typing in a known composer costs one set lookup.
 */
export function watchComposers(
  doc: Document,
  adapter: PlatformAdapter,
  on: DiscoveryHandlers,
  signal: AbortSignal,
  options: DiscoveryOptions = {},
) {
  let generic = options.generic !== false;
  const selector = adapter.composers.map((c) => c.selector).join(', ');
  // A box no selector names: what the adapter reads from the page, else what its buttons say.
  const fallback: ComposerSpec = {
    selector: '',
    surface: (el) => adapter.surfaceOf?.(el) ?? surfaceFromButtons(el) ?? 'other',
  };
  const known = new Set<HTMLElement>();
  const roots = new Set<ShadowRoot>();
  let lastUnreadable: HTMLElement | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const specFor = (el: Element) =>
    selector ? adapter.composers.find((c) => el.matches(c.selector)) : undefined;
  const scan = () => {
    timer = undefined;
    if (signal.aborted) return;
    for (const el of known) {
      if (el.isConnected) continue;
      known.delete(el);
      on.lost(el);
    }
    if (selector) for (const el of doc.querySelectorAll<HTMLElement>(selector)) adopt(el);
  };
  const adopt = (el: HTMLElement, spec = specFor(el)) => {
    if (known.has(el) || !spec || signal.aborted) return;
    known.add(el);
    // Removals inside a shadow root are not seen from the document: watch that root too.
    const root = el.getRootNode();
    if (root instanceof (doc.defaultView ?? window).ShadowRoot && !roots.has(root)) {
      roots.add(root);
      observer.observe(root, { childList: true, subtree: true });
    }
    on.found(el, spec);
  };
  const schedule = () => {
    if (timer === undefined && !signal.aborted) timer = setTimeout(scan, SCAN_DELAY_MS);
  };
  const insideKnown = (node: Node) => {
    for (const el of known) if (el.contains(node)) return true;
    return false;
  };

  /** A box the user is in: known markup first, else any box that may hold a post. */
  const consider = (event: Event) => {
    const target = deepTarget(event);
    if (known.has(target as HTMLElement)) return;
    const box = boxFrom(target);
    if (!box) {
      if (event.type === 'input' && isClosedHost(target as Element)) report(target as HTMLElement, 'closed');
      return;
    }
    if (known.has(box)) return;
    const spec = specFor(box);
    if (spec) return adopt(box, spec);
    if (!generic) return;
    const skip = skipReason(box);
    if (skip === null) return adopt(box, fallback);
    if (
      skip === 'one-line' &&
      event.type === 'input' &&
      (box as HTMLInputElement).value?.length >= LONG_ONE_LINE
    )
      report(box, 'one-line');
  };
  const report = (box: HTMLElement, reason: UnreadableReason) => {
    if (box === lastUnreadable) return;
    lastUnreadable = box;
    on.unreadable?.(box, reason);
  };

  const observer = new (doc.defaultView ?? window).MutationObserver((records) => {
    if (timer !== undefined) return;
    for (const record of records) {
      if (insideKnown(record.target)) continue;
      if (hasElement(record.addedNodes) || hasElement(record.removedNodes)) {
        schedule();
        return;
      }
    }
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true });
  doc.addEventListener('focusin', consider, { capture: true, signal });
  doc.addEventListener('input', consider, { capture: true, signal });
  signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      if (timer !== undefined) clearTimeout(timer);
      for (const el of known) on.lost(el);
      known.clear();
      roots.clear();
    },
    { once: true },
  );
  scan();
  return {
    known: () => [...known],
    /** Switches generic discovery on or off (an organisation's own host, once known). */
    setGeneric: (on: boolean) => void (generic = on),
    /** Checks this box whatever it looks like: the user asked for it (context menu, popup). */
    adopt: (el: HTMLElement) => adopt(el, specFor(el) ?? fallback),
  };
}

function hasElement(nodes: NodeList): boolean {
  for (let i = 0; i < nodes.length; i++) if (nodes[i].nodeType === 1) return true;
  return false;
}
