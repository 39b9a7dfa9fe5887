import { defineContentScript } from 'wxt/utils/define-content-script';
import { mountSidebar } from '../components/sidebar';
import { mountUnderlineCard } from '../components/underline';
import { businessSuite } from '../lib/platforms/business-suite';
import { runContentScript } from '../lib/platforms/content-script';
import { facebook } from '../lib/platforms/facebook';

export default defineContentScript({
  matches: [
    'https://www.facebook.com/*',
    'https://web.facebook.com/*',
    'https://m.facebook.com/*',
    'https://business.facebook.com/*',
  ],
  // Composers may sit in same-origin frames; each frame checks its own boxes.
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  main(ctx) {
    const adapter = location.hostname === 'business.facebook.com' ? businessSuite : facebook;
    runContentScript(adapter, ctx.signal, mountSidebar, { mountCard: mountUnderlineCard });
  },
});
