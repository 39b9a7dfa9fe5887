import { defineCatalogue } from '../i18n';

/** What the composer code tells the user in the sidebar about changing their text, Dutch first. */
export const platformTexts = defineCatalogue('composer', {
  'apply.moved': {
    nl: 'De tekst is intussen veranderd; de suggestie is niet toegepast.',
    en: 'The text has changed; the suggestion was not applied.',
  },
  'apply.failed': {
    nl: 'Het aanpassen is niet gelukt. Je tekst is niet veranderd door Zorgvuldig; pas het zelf aan.',
    en: 'The change did not work. Zorgvuldig did not alter your text; please edit it yourself.',
  },
  'selection.readOnly': {
    nl: 'Dit is geselecteerde tekst: Zorgvuldig past hem niet aan. Pas hem zelf aan waar hij staat.',
    en: 'This is selected text: Zorgvuldig does not change it. Please edit it where it is.',
  },
});
