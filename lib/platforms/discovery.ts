import type { ComposerSpec, PlatformAdapter } from './types';

export type DiscoveryHandlers = {
  found(element: HTMLElement, spec: ComposerSpec): void;
  lost(element: HTMLElement): void;
};

/** Scans at most this often while the page changes; composers appear within this delay. */
const SCAN_DELAY_MS = 60;

/**
 * Finds the adapter's composers now and whenever the page adds or removes elements
 * (single-page navigation, dialogs), and reports the ones that left. One observer on the
 * document, cheap filtering: typing inside a known composer never triggers a scan.
 */
export function watchComposers(
  doc: Document,
  adapter: PlatformAdapter,
  on: DiscoveryHandlers,
  signal: AbortSignal,
) {
  const selector = adapter.composers.map((c) => c.selector).join(', ');
  const known = new Set<HTMLElement>();
  let timer: ReturnType<typeof setTimeout> | undefined;

  const specFor = (el: Element) => adapter.composers.find((c) => el.matches(c.selector));
  const scan = () => {
    timer = undefined;
    if (signal.aborted) return;
    for (const el of known) {
      if (el.isConnected) continue;
      known.delete(el);
      on.lost(el);
    }
    for (const el of doc.querySelectorAll<HTMLElement>(selector)) adopt(el);
  };
  const adopt = (el: HTMLElement) => {
    if (known.has(el)) return;
    const spec = specFor(el);
    if (!spec) return;
    known.add(el);
    on.found(el, spec);
  };
  const schedule = () => {
    if (timer === undefined && !signal.aborted) timer = setTimeout(scan, SCAN_DELAY_MS);
  };
  const insideKnown = (node: Node) => {
    for (const el of known) if (el.contains(node)) return true;
    return false;
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
  doc.addEventListener(
    'focusin',
    (event) => {
      const target = event.target as Element | null;
      if (target?.nodeType === 1 && !known.has(target as HTMLElement)) {
        const el = target.closest<HTMLElement>(selector);
        if (el) adopt(el);
      }
    },
    { capture: true, signal },
  );
  signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      if (timer !== undefined) clearTimeout(timer);
      for (const el of known) on.lost(el);
      known.clear();
    },
    { once: true },
  );
  scan();
  return { known: () => [...known] };
}

function hasElement(nodes: NodeList): boolean {
  for (let i = 0; i < nodes.length; i++) if (nodes[i].nodeType === 1) return true;
  return false;
}
