import { defineCatalogue } from '../i18n';

/** The context menu's words, Dutch first. */
export const anywhereTexts = defineCatalogue('context menu', {
  checkWith: { nl: 'Controleer met Zorgvuldig', en: 'Check with Zorgvuldig' },
});
