/**
 * Calls `restart` each time a script rewrites this document with document.open() (how ads,
 * embeds and some editors fill an about:blank frame). The browser then erases every event
 * listener on the document and its window, ours too, while the content script itself stays:
 * without a restart it would watch nothing. One observer on the document node itself, which
 * sees only its direct children (the <html> element being replaced), so it costs nothing
 * while the page changes below <html>.
 */
export function onDocumentReopened(doc: Document, restart: () => void, signal: AbortSignal): void {
  let root = doc.documentElement;
  const observer = new (doc.defaultView ?? window).MutationObserver(() => {
    const now = doc.documentElement;
    if (!now || now === root) return;
    root = now;
    restart();
  });
  observer.observe(doc, { childList: true });
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
}
