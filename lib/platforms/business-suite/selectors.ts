/**
 * Meta Business Suite (business.facebook.com): one composer posts to a Facebook Page, an
 * Instagram account or both. The channels are picked in the composer ("Plaatsen op"/"Post to")
 * as checkboxes or switches named after the account, and with "customise per platform" each
 * channel gets its own text box under a tab named after it. Class names are generated and
 * change; roles, checked states and the platform names in the labels are what stays.
 */
export const BUSINESS_SUITE = {
  /** The post and story composer: a full page (/latest/composer) or a dialog over the planner. */
  composer: '[role="dialog"], [role="main"], main, form',
  /** A channel that is switched on: checkboxes, switches and toggle buttons. */
  checkedChannel:
    'input[type="checkbox"]:checked, [role="checkbox"][aria-checked="true"], [role="switch"][aria-checked="true"], [role="option"][aria-selected="true"], [aria-pressed="true"]',
  /** The tab shown when each channel has its own text. */
  selectedTab: '[role="tab"][aria-selected="true"]',
  /** The inbox: comments and messages of both channels. */
  inboxPath: /\/inbox\b/,
} as const;
