/**
 * Facebook (www.facebook.com, web.facebook.com, m.facebook.com): Lexical everywhere.
 * Seen in public sources (Harper, snorkel, Maskbook; 2025-2026 snapshots); the fixtures copy
 * that markup (tests/e2e/README.md).
 */
export const FACEBOOK = {
  /** Every Lexical box: the post composer dialog, comment and reply boxes; Lexical marks its root with data-lexical-editor. */
  editor: 'div[role="textbox"][contenteditable="true"][data-lexical-editor="true"]',
  /** The "Create post" modal (feed, groups, pages) that holds the post composer. */
  dialog: '[role="dialog"]',
  /** A post in the feed or in a dialog; a box inside one without its own label is a comment box. */
  article: '[role="article"]',
  /** The comment box's own form around the editor (submit button, attachments). */
  form: 'form',
  /** Messenger's own label for its box: the one word "Bericht" ("Bericht maken" is the post composer). */
  chatLabel: /^\W*bericht\W*$/,
  /** Messenger's pages on the Facebook hosts. */
  messagesPath: /^\/messages\//,
  /** m.facebook.com's composer: its own route, or a form that posts to it. */
  composerPath: /^\/composer\//,
  composerForm: 'form[action*="/composer/"]',
} as const;
