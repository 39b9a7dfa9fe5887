import { defineContentScript } from 'wxt/utils/define-content-script';
import { mountSidebar } from '../components/sidebar';
import { runContentScript } from '../lib/platforms/content-script';
import { facebook } from '../lib/platforms/facebook';

export default defineContentScript({
  matches: ['https://www.facebook.com/*', 'https://web.facebook.com/*', 'https://m.facebook.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    runContentScript(facebook, ctx.signal, mountSidebar);
  },
});
