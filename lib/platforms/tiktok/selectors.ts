/**
 * TikTok (www.tiktok.com). Seen in public sources (tiktok-uploader, social-auto-upload); the
 * fixtures copy that markup (tests/e2e/README.md). The Studio upload form may sit in an
 * iframe, so the content script runs in all frames.
 */
export const TIKTOK = {
  /** Draft.js editors: the upload caption and the comment box; Draft marks its content root with this class. */
  draft: '.public-DraftEditor-content[contenteditable="true"]',
  /** The comment box around its Draft editor. */
  comment: '[data-e2e="comment-input"], [data-e2e="comment-text"]',
  /** Studio upload pages (the iframe's own path is under /tiktokstudio or /creator-center too). */
  uploadPath: /^\/(tiktokstudio|creator-center)\/|upload/,
  /** Studio's comment management (/tiktokstudio/comment…): answers to viewers. */
  studioCommentsPath: /^\/(tiktokstudio|creator-center)\/comment/,
  /** Direct messages (/messages). */
  messagesPath: /^\/messages\b/,
  /** A video's own page (/@user/video/<id>): a box there is its comment box. */
  videoPath: /^\/@[^/]+\/video\//,
  /** The upload form: caption, cover, settings and the post button. */
  uploadForm: '[data-e2e="upload-form"], form, [class*="upload"]',
} as const;
