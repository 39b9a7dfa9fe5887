import { defineContentScript } from 'wxt/utils/define-content-script';
import { installBridge } from '../lib/platforms/apply/bridge';

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
  },
});
