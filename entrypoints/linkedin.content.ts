import { defineContentScript } from 'wxt/utils/define-content-script';
import { mountSidebar } from '../components/sidebar';
import { mountUnderlineCard } from '../components/underline';
import { runContentScript } from '../lib/platforms/content-script';
import { linkedin } from '../lib/platforms/linkedin';

export default defineContentScript({
  matches: ['https://www.linkedin.com/*'],
  // Composers may sit in same-origin frames; each frame checks its own boxes.
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  main(ctx) {
    runContentScript(linkedin, ctx.signal, mountSidebar, { mountCard: mountUnderlineCard });
  },
});
