import { defineBackground } from 'wxt/utils/define-background';
import { createCheckHandler } from '../lib/messaging/handlers/check';
import { serve } from '../lib/messaging/server';

/** The checker service: content scripts send drafts, nothing leaves the device. */
export default defineBackground(() => {
  // The checker's defaults until lib/settings is wired in; one object, so the cache holds.
  const defaults = {};
  serve({
    check: createCheckHandler({ settings: () => defaults, spell: async () => undefined }),
  });
});
