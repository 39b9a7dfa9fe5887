import { defineCatalogue } from '../../lib/i18n';

/** The popup's words, Dutch first. */
export const popupTexts = defineCatalogue('popup', {
  privacy: {
    nl: 'Je tekst blijft op je apparaat: Zorgvuldig controleert alles in je browser.',
    en: 'Your text stays on your device: Zorgvuldig checks everything in your browser.',
  },
  platforms: { nl: 'Meekijken op', en: 'Check on' },
  settings: { nl: 'Instellingen', en: 'Settings' },
  welcome: { nl: 'Welkom', en: 'Welcome' },
  saved: { nl: 'Opgeslagen.', en: 'Saved.' },
  watchingNone: {
    nl: 'Zorgvuldig kijkt mee op deze pagina. Klik in een tekstvak om te beginnen.',
    en: 'Zorgvuldig is checking this page. Click in a text box to start.',
  },
  notWatching: {
    nl: 'Zorgvuldig kijkt hier niet vanzelf mee. Klik met de rechtermuisknop in een tekstvak en kies "Controleer met Zorgvuldig".',
    en: 'Zorgvuldig does not check this site by itself. Right-click in a text box and choose "Check with Zorgvuldig".',
  },
  unreadable: {
    nl: 'Zorgvuldig kan het tekstvak waarin je typt niet vanzelf lezen',
    en: 'Zorgvuldig cannot read the text box you are typing in by itself',
  },
  unreadableClosed: {
    nl: 'De site schermt het af. Je tekst is dus nog niet gecontroleerd.',
    en: 'The site shields it. So your text has not been checked yet.',
  },
  unreadableOneLine: {
    nl: 'Het is een vak voor één regel. Je tekst is dus nog niet gecontroleerd.',
    en: 'It is a one-line field. So your text has not been checked yet.',
  },
  checkThisBox: { nl: 'Controleer dit tekstvak', en: 'Check this text box' },
  watchingOne: {
    nl: 'Zorgvuldig kijkt mee op deze pagina: {n} tekstvak.',
    en: 'Zorgvuldig is checking this page: {n} text box.',
  },
  watchingMany: {
    nl: 'Zorgvuldig kijkt mee op deze pagina: {n} tekstvakken.',
    en: 'Zorgvuldig is checking this page: {n} text boxes.',
  },
});

export const t = popupTexts.t;
