/**
 * LinkedIn (www.linkedin.com). Seen in public sources (Briskine 2026-02, Harper; the fixtures
 * copy that markup, see tests/e2e/README.md). Class names are LinkedIn's and change; the
 * editor marks (ql-editor, ProseMirror) are the libraries' own and stable.
 */
export const LINKEDIN = {
  /** Quill v1 editors: the share box ("Waar wil je over praten?"/"What do you want to talk about?") and classic comment boxes. */
  quill: '.ql-editor[contenteditable="true"]',
  /** The newer comment box (A/B "dom-v2"): TipTap on ProseMirror. */
  prosemirror: '.ProseMirror[contenteditable="true"]',
  /** Messaging: a plain contenteditable in the message form, role textbox. */
  message:
    '.msg-form__contenteditable[contenteditable="true"], form [role="textbox"][contenteditable="true"]',
  /** The share box is a modal dialog (route /preload/sharebox/). */
  dialog: '[role="dialog"]',
  /** Comment boxes: the classic and the newer markup. */
  commentBox: '[data-view-name="comment-box"], .comments-comment-box, .comments-comment-texteditor',
  /** The messaging form and overlay bubbles. */
  messageForm: '.msg-form, form[data-view-name="message-form"]',
  /** Messaging routes: a box there is a message. */
  messagingPath: /^\/messaging\//,
} as const;
