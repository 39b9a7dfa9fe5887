import { createLinkStatusHandler } from './handler';
import { createLinkChecker } from './live-check';
import { hasLinkCheckPermission } from './permission';

/** The background's one live checker: its cache is shared by every tab. */
export const liveLinkChecker = createLinkChecker();

/** For check(draft, settings, { linkStatus }) in the background, when the feature is on. */
export const linkStatusFor = (url: string) => liveLinkChecker.peek(url);

/**
 * The ready handler for the 'linkStatus' message. Granting the optional host permission is the
 * opt-in; `settingOn` lets the caller add the user's or the policy's switch.
 */
export function makeLinkStatusHandler(settingOn: () => boolean | Promise<boolean> = () => true) {
  return createLinkStatusHandler({
    checker: liveLinkChecker,
    enabled: async () => (await settingOn()) && (await hasLinkCheckPermission()),
  });
}

export const handleLinkStatus = makeLinkStatusHandler();
