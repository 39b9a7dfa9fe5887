import type { ApplyResult } from './apply-fix';

/** What the sidebar says when a fix did not go in (null: it went in, nothing to say). */
export function applyNotice(result: ApplyResult, lang: 'nl' | 'en'): string | null {
  if (result.ok) return null;
  const text =
    result.reason === 'moved'
      ? {
          nl: 'De tekst is intussen veranderd; de suggestie is niet toegepast.',
          en: 'The text has changed; the suggestion was not applied.',
        }
      : {
          nl: 'Het aanpassen is niet gelukt. Je tekst is niet veranderd door Zorgvuldig; pas het zelf aan.',
          en: 'The change did not work. Zorgvuldig did not alter your text; please edit it yourself.',
        };
  return text[lang];
}
