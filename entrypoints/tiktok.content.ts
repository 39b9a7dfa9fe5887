import { defineContentScript } from 'wxt/utils/define-content-script';
import { mountSidebar } from '../components/sidebar';
import { mountUnderlineCard } from '../components/underline';
import { runContentScript } from '../lib/platforms/content-script';
import { tiktok } from '../lib/platforms/tiktok';

export default defineContentScript({
  matches: ['https://www.tiktok.com/*'],
  // The Studio upload form may be in an iframe.
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  main(ctx) {
    runContentScript(tiktok, ctx.signal, mountSidebar, { mountCard: mountUnderlineCard });
  },
});
