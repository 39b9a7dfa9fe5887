import { defineContentScript } from 'wxt/utils/define-content-script';
import { installBridge } from '../lib/platforms/apply/bridge';
import { onDocumentReopened } from '../lib/platforms/reopened';

/** Runs in the page's own world, where the editors live, to apply fixes through them. */
export default defineContentScript({
  matches: [
    'https://www.facebook.com/*',
    'https://web.facebook.com/*',
    'https://m.facebook.com/*',
    'https://business.facebook.com/*',
    'https://www.instagram.com/*',
    'https://www.linkedin.com/*',
    'https://www.tiktok.com/*',
  ],
  world: 'MAIN',
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_start',
  main() {
    installBridge(document);
    // A frame rewritten with document.open() loses the bridge's listeners: put them back.
    onDocumentReopened(document, () => installBridge(document), new AbortController().signal);
  },
});
