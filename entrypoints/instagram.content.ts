import { defineContentScript } from 'wxt/utils/define-content-script';
import { mountSidebar } from '../components/sidebar';
import { mountUnderlineCard } from '../components/underline';
import { runContentScript } from '../lib/platforms/content-script';
import { instagram } from '../lib/platforms/instagram';

export default defineContentScript({
  matches: ['https://www.instagram.com/*'],
  // Composers may sit in same-origin frames; each frame checks its own boxes.
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  main(ctx) {
    runContentScript(instagram, ctx.signal, mountSidebar, { mountCard: mountUnderlineCard });
  },
});
