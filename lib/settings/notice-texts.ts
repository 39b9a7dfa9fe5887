import { defineCatalogue } from '../i18n';

/** What the settings code tells the user or administrator: refused values, where things are kept, why. */
export const noticeTexts = defineCatalogue('settings notices', {
  'type.boolean': { nl: 'ja of nee (true/false)', en: 'yes or no (true/false)' },
  'type.string': { nl: 'tekst', en: 'text' },
  'type.array': { nl: 'een lijst', en: 'a list' },
  'type.object': { nl: 'een groep instellingen', en: 'a group of settings' },
  'type.number': { nl: 'een getal', en: 'a number' },

  'reason.expected': { nl: 'verwacht {type}', en: 'expected {type}' },
  'reason.choose': { nl: 'kies uit {options}', en: 'choose one of {options}' },
  'reason.tooManyItems': { nl: 'meer dan {maximum} items', en: 'more than {maximum} items' },
  'reason.tooLong': { nl: 'langer dan {maximum} tekens', en: 'longer than {maximum} characters' },
  'reason.empty': { nl: 'leeg', en: 'empty' },
  'reason.format': {
    nl: 'ongeldige vorm',
    en: 'invalid form',
  },
  'reason.oneWord': {
    nl: 'geen los woord (een spatie erin?)',
    en: 'not a single word (a space in it?)',
  },
  'reason.hostName': {
    nl: 'geen hostnaam: alleen de naam, zonder https:// of / (zoals zorggroep.nl)',
    en: 'not a host name: the name only, without https:// or / (like zorggroep.nl)',
  },
  'reason.hostPattern': {
    nl: 'geen site: een hostnaam of *. met een domein, zonder https://, / of poort (zoals planner.zorggroep.nl of *.intranet.zorggroep.nl)',
    en: 'not a site: a host name or *. and a domain, without https://, / or port (like planner.zorggroep.nl or *.intranet.zorggroep.nl)',
  },
  'reason.unknownRule': {
    nl: 'onbekende regel (misschien van een nieuwere versie)',
    en: 'unknown rule (from a newer version?)',
  },
  'reason.invalid': { nl: 'ongeldige waarde', en: 'invalid value' },
  'reason.unknownKey': { nl: 'onbekende instelling', en: 'unknown setting' },
  'reason.expectedList': { nl: 'verwacht een lijst', en: 'expected a list' },
  'reason.expectedGroup': { nl: 'verwacht een groep instellingen', en: 'expected a group of settings' },
  'reason.notAVersion': { nl: 'geen versienummer', en: 'not a version number' },

  'source.policy': { nl: 'Beleid van je organisatie', en: "Your organisation's policy" },
  'source.import': { nl: 'Geïmporteerd bestand', en: 'Imported file' },
  'source.storage': { nl: 'Opgeslagen instelling', en: 'Stored setting' },
  ignored: {
    nl: '{where}: "{path}" = {value} is genegeerd ({reason}); de standaardwaarde geldt.',
    en: '{where}: "{path}" = {value} was ignored ({reason}); the default applies.',
  },
  localOnly: {
    nl: 'Je instellingen passen niet in de synchronisatie van je browser (max. 100 kB); ze staan nu alleen op dit apparaat. Maak je woordenlijst korter om weer te synchroniseren.',
    en: "Your settings do not fit in your browser's sync storage (100 kB at most); they are kept on this device only. Shorten your word list to sync again.",
  },
  syncUnreadable: {
    nl: 'Synchronisatie was niet te lezen ({error}); de standaardinstellingen gelden.',
    en: 'Sync storage could not be read ({error}); the defaults apply.',
  },
  newer: {
    nl: 'Je instellingen komen van een nieuwere versie van Zorgvuldig; wat deze versie niet kent, wordt genegeerd.',
    en: 'Your settings come from a newer version of Zorgvuldig; what this version does not know is ignored.',
  },

  damagedFallback: {
    nl: 'Een beschadigde kopie van je instellingen op dit apparaat is genegeerd; je gesynchroniseerde instellingen en woordenlijst gelden.',
    en: 'A damaged copy of your settings on this device was ignored; your synced settings and word list apply.',
  },

  yourOrganisation: { nl: 'je organisatie', en: 'your organisation' },
  savedLocally: {
    nl: 'Opgeslagen op dit apparaat: je instellingen passen niet meer in de synchronisatie van je browser.',
    en: "Saved on this device only: your settings no longer fit in your browser's sync storage.",
  },
  notSaved: {
    nl: 'Niet opgeslagen: de opslag van je browser is vol. Je woordenlijst en instellingen zijn niet veranderd; verwijder woorden die je niet meer nodig hebt en probeer het opnieuw.',
    en: "Not saved: your browser's storage is full. Your word list and settings were not changed; remove words you no longer need and try again.",
  },
  locked: { nl: 'Deze instelling is vastgezet door {by}.', en: 'This setting is locked by {by}.' },
  notAWord: {
    nl: 'Dit is geen los woord (geen spaties, hoogstens 60 tekens).',
    en: 'This is not a single word (no spaces, 60 characters at most).',
  },
  addingOff: { nl: 'Woorden toevoegen is uitgezet door {by}.', en: 'Adding words was turned off by {by}.' },
  listFull: {
    nl: 'Je woordenlijst is vol; verwijder eerst woorden.',
    en: 'Your word list is full; remove some words first.',
  },

  'import.tooBig': {
    nl: 'Dit bestand is te groot voor instellingen (max. 2 MB).',
    en: 'This file is too large for settings (2 MB at most).',
  },
  'import.notJson': {
    nl: 'Dit bestand is geen JSON; er is niets veranderd.',
    en: 'This file is not JSON; nothing was changed.',
  },
  'import.notOurs': {
    nl: 'Dit is geen instellingenbestand van Zorgvuldig (het veld "format" ontbreekt); er is niets veranderd.',
    en: 'This is not a Zorgvuldig settings file (the "format" field is missing); nothing was changed.',
  },
});

export const t = noticeTexts.t;
