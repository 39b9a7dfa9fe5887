import type { Category, Severity } from './types';

/** What people read for a category and a severity, in the sidebar, the CLI and summaries. */
export const CATEGORY_LABEL: Record<Category, { nl: string; en: string }> = {
  privacy: { nl: 'Privacy', en: 'Privacy' },
  avg: { nl: 'AVG', en: 'GDPR' },
  spelling: { nl: 'Spelling', en: 'Spelling' },
  link: { nl: 'Links', en: 'Links' },
  media: { nl: "Foto's en video", en: 'Photos and video' },
  tone: { nl: 'Toon', en: 'Tone' },
};

export const SEVERITY_LABEL: Record<Severity, { nl: string; en: string }> = {
  stop: { nl: 'Niet plaatsen', en: 'Do not post' },
  check: { nl: 'Controleren', en: 'Check' },
  tip: { nl: 'Tip', en: 'Tip' },
};

/**
 * Spelling rules that judge a word in its sentence (a verb form, a repeat): the word itself is
 * in the dictionary, so "add to dictionary" on their cards would help nobody.
 */
export const IN_CONTEXT_SPELLING: ReadonlySet<string> = new Set([
  'spelling/verb-form',
  'spelling/repeated-word',
]);
