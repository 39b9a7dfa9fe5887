import { defineContentScript } from 'wxt/utils/define-content-script';
import { mountSidebar } from '../components/sidebar';
import { runContentScript } from '../lib/platforms/content-script';
import { instagram } from '../lib/platforms/instagram';

export default defineContentScript({
  matches: ['https://www.instagram.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    runContentScript(instagram, ctx.signal, mountSidebar);
  },
});
