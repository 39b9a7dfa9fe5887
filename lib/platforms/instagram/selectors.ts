/**
 * Instagram (www.instagram.com). Seen in public sources (Harper 82b1dac41 for DMs,
 * Instagram's own markup; the fixtures copy it, see tests/e2e/README.md).
 */
export const INSTAGRAM = {
  /** The create-post caption ("Write a caption..."/"Bijschrift schrijven...") and the DM box: Lexical contenteditables. */
  lexical: 'div[contenteditable="true"][role="textbox"]',
  /** The comment box under a post: a plain textarea labelled "Add a comment…"/"Voeg een opmerking toe…". */
  commentTextarea: 'form textarea, textarea[aria-label]',
  /** The create-post flow is a modal dialog (after "New post" and the file picker). */
  dialog: '[role="dialog"]',
  /** A post, in the feed or in the dialog a post opens in. */
  article: 'article, [role="article"]',
  /** Direct messages live under /direct/; their box is labelled "Message"/"Bericht". */
  directPath: /^\/direct\//,
  /** A post's own page (/p/<id>/, /reel/<id>/): a textarea there is its comment box. */
  postPath: /^\/(p|reel|reels)\//,
  /** The create flow's routes (/create/select/, /create/details/, /create/reels/). */
  createPath: /^\/create\//,
} as const;
