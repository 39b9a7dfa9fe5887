import { browser } from 'wxt/browser';

/** Every web address: a link in a post can go anywhere. Declared optional in wxt.config.ts. */
export const LINK_CHECK_ORIGINS = ['http://*/*', 'https://*/*'];

/**
 * Asks the user for the host permission the live link check needs. Call it straight from the
 * click that turns the feature on (options page or popup): browsers only ask during a user gesture.
 */
export function requestLinkCheckPermission(): Promise<boolean> {
  return browser.permissions.request({ origins: LINK_CHECK_ORIGINS });
}

export function hasLinkCheckPermission(): Promise<boolean> {
  return browser.permissions.contains({ origins: LINK_CHECK_ORIGINS });
}

/** Gives the permission back when the user turns the feature off. */
export function dropLinkCheckPermission(): Promise<boolean> {
  return browser.permissions.remove({ origins: LINK_CHECK_ORIGINS });
}
