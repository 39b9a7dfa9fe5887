import { defineContentScript } from 'wxt/utils/define-content-script';
import { mountSidebar } from '../components/sidebar';
import { runContentScript } from '../lib/platforms/content-script';
import { otherSite } from '../lib/platforms/other';

/**
 * Not in the manifest: injected into one tab when the user picks "Controleer met Zorgvuldig"
 * (activeTab), and registered for the organisation's own hosts once the user allowed them.
 */
export default defineContentScript({
  registration: 'runtime',
  main(ctx) {
    // Injected again by a later menu click in the same frame: the first copy answers it.
    const flag = '__zorgvuldigAnywhere';
    const scope = globalThis as Record<string, unknown>;
    if (scope[flag]) return;
    scope[flag] = true;
    runContentScript(otherSite, ctx.signal, mountSidebar, { generic: 'ask' });
  },
});
