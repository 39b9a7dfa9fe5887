import { defineBackground } from 'wxt/utils/define-background';
import type { SpellEngine } from '../lib/checker/rule';
import { createCheckHandler } from '../lib/messaging/handlers/check';
import { serve } from '../lib/messaging/server';
import { loadSpellEngine } from '../lib/spelling/load-browser';

/** The checker service: content scripts send drafts, nothing leaves the device. */
export default defineBackground(() => {
  // The checker's defaults until lib/settings is wired in; one object, so the cache holds.
  const defaults = {};
  serve({
    check: createCheckHandler({ settings: () => defaults, spell: lazySpell() }),
  });
});

/** Loads the dictionary once, on the first check; if it cannot load, checks go on without spelling. */
function lazySpell(): () => Promise<SpellEngine | undefined> {
  let loading: Promise<SpellEngine | undefined> | undefined;
  return () =>
    (loading ??= loadSpellEngine().catch((error: unknown) => {
      console.warn('Zorgvuldig: spelling engine not loaded', error);
      return undefined;
    }));
}
