import { defineCatalogue, type Lang } from '../i18n';
import type { Category, Severity } from './types';

/** What people read for a category and a severity, in the sidebar, the CLI and summaries. */
export const labelTexts = defineCatalogue('checker labels', {
  'category.privacy': { nl: 'Privacy', en: 'Privacy' },
  'category.avg': { nl: 'AVG', en: 'GDPR' },
  'category.spelling': { nl: 'Spelling', en: 'Spelling' },
  'category.link': { nl: 'Links', en: 'Links' },
  'category.media': { nl: "Foto's en video", en: 'Photos and video' },
  'category.tone': { nl: 'Toon', en: 'Tone' },
  'severity.stop': { nl: 'Niet plaatsen', en: 'Do not post' },
  'severity.check': { nl: 'Controleren', en: 'Check' },
  'severity.tip': { nl: 'Tip', en: 'Tip' },
});

export const categoryLabel = (category: Category, lang: Lang): string =>
  labelTexts.t(`category.${category}`, lang);

export const severityLabel = (severity: Severity, lang: Lang): string =>
  labelTexts.t(`severity.${severity}`, lang);

/**
 * Spelling rules that judge a word in its sentence (a verb form, a repeat): the word itself is
 * in the dictionary, so "add to dictionary" on their cards would help nobody.
 */
export const IN_CONTEXT_SPELLING: ReadonlySet<string> = new Set([
  'spelling/verb-form',
  'spelling/repeated-word',
]);
