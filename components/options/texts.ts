import { defineCatalogue } from '../../lib/i18n';

/** The options page's words (settings labels and help live with the settings), Dutch first. */
export const optionsTexts = defineCatalogue('options page', {
  title: { nl: 'Zorgvuldig: instellingen', en: 'Zorgvuldig: settings' },
  saved: { nl: 'Opgeslagen.', en: 'Saved.' },
  'lang.auto': { nl: 'Zoals de browser', en: 'Like the browser' },
  'lang.nl': { nl: 'Nederlands', en: 'Nederlands (Dutch)' },
  'lang.en': { nl: 'English (Engels)', en: 'English' },
  other: { nl: 'Overig', en: 'Other' },
  storedSync: {
    nl: 'Je keuzes worden gesynchroniseerd met je andere apparaten (als synchronisatie in je browser aan staat).',
    en: 'Your choices are synced to your other devices (when sync is on in your browser).',
  },
  storedLocal: {
    nl: 'Je keuzes staan alleen op dit apparaat.',
    en: 'Your choices are kept on this device only.',
  },
  notices: { nl: 'Let op', en: 'Please note' },
  lockedBy: { nl: 'Vastgezet door {by}', en: 'Locked by {by}' },
  orgDefault: { nl: 'Standaard van je organisatie', en: "Your organisation's default" },
  linkCheckNeedsPermission: {
    nl: 'Links online nakijken kan alleen als je de browser toestemming geeft om de adressen van links op te vragen.',
    en: 'Checking links online only works when you allow the browser to request the addresses of links.',
  },

  'severity.stop': { nl: 'stop', en: 'stop' },
  'severity.check': { nl: 'kijk na', en: 'check' },
  'severity.tip': { nl: 'tip', en: 'tip' },

  'words.yourOrganisation': { nl: 'je organisatie', en: 'your organisation' },
  'words.addingOff': {
    nl: 'Woorden toevoegen is uitgezet door {by}.',
    en: 'Adding words was turned off by {by}.',
  },
  'words.new': { nl: 'Nieuw woord', en: 'New word' },
  'words.add': { nl: 'Toevoegen', en: 'Add' },
  'words.none': { nl: 'Nog geen woorden.', en: 'No words yet.' },
  'words.remove': { nl: 'Verwijder', en: 'Remove' },
  'words.removeWord': { nl: 'Verwijder {word}', en: 'Remove {word}' },

  'org.title': { nl: 'Ingesteld door je organisatie', en: 'Set by your organisation' },
  'org.none': { nl: '(geen)', en: '(none)' },
  'org.notSet': { nl: '(niet ingesteld)', en: '(not set)' },
  'org.yes': { nl: 'ja', en: 'yes' },
  'org.no': { nl: 'nee', en: 'no' },
  'hosts.checking': { nl: 'Zorgvuldig kijkt hier mee', en: 'Zorgvuldig checks here' },
  'hosts.notAllowed': { nl: 'nog niet toegestaan', en: 'not allowed yet' },
  'hosts.allow': { nl: 'Sta Zorgvuldig toe op deze sites', en: 'Allow Zorgvuldig on these sites' },
  'hosts.needPermission': {
    nl: 'Zorgvuldig kijkt pas mee op de sites van je organisatie als je de browser daar toestemming voor geeft.',
    en: "Zorgvuldig can only check on your organisation's sites once you allow it in the browser.",
  },

  'transfer.title': { nl: 'Bewaren en terugzetten', en: 'Save and restore' },
  'transfer.help': {
    nl: 'Bewaar je eigen keuzes en woordenlijst in een bestand, of lees zo’n bestand in. Wat je organisatie instelde, zit er niet in.',
    en: 'Save your own choices and word list to a file, or read such a file. What your organisation set is not included.',
  },
  'transfer.export': { nl: 'Exporteer naar bestand', en: 'Export to file' },
  'transfer.import': { nl: 'Importeer uit bestand', en: 'Import from file' },
  'transfer.imported': { nl: 'Instellingen geïmporteerd.', en: 'Settings imported.' },
  'transfer.importedSkipped': {
    nl: 'Instellingen geïmporteerd; {n} onderdelen overgeslagen.',
    en: 'Settings imported; {n} parts skipped.',
  },
  'transfer.importNotices': { nl: 'Meldingen bij importeren', en: 'Import messages' },
  'transfer.reset': { nl: 'Terugzetten', en: 'Reset' },
  'transfer.resetQuestion': {
    nl: 'Al je keuzes terugzetten naar de standaard van je organisatie? Je woordenlijst blijft bewaard.',
    en: "Reset all your choices to your organisation's defaults? Your word list is kept.",
  },
  'transfer.resetYes': { nl: 'Ja, terugzetten', en: 'Yes, reset' },
  'transfer.cancel': { nl: 'Annuleren', en: 'Cancel' },
  'transfer.resetAsk': { nl: 'Zet mijn keuzes terug…', en: 'Reset my choices…' },
  'transfer.resetDone': { nl: 'Je instellingen zijn teruggezet.', en: 'Your settings were reset.' },

  'admin.heading': { nl: 'Status voor beheer en helpdesk', en: 'Status for IT and the support desk' },
  'admin.help': {
    nl: "Wat de browser installeerde en welk beleid van je organisatie geldt. Let op: Chrome en Edge laten een heel deel van het beleid (organisation, defaults of locked) weg als één waarde erin het verkeerde type heeft, en elke onbekende sleutel, zonder melding; chrome://policy toont zo'n deel als niet ingesteld. Ontbreekt hieronder een deel dat in je beleidsbestand staat, controleer het bestand dan met npm run policy:check (docs/admin).",
    en: "What the browser installed and which of your organisation's policy applies. Note: Chrome and Edge leave out a whole part of the policy (organisation, defaults or locked) when one value in it has the wrong type, and every unknown key, without a word; chrome://policy shows such a part as not set. If a part of your policy file is missing below, check the file with npm run policy:check (docs/admin).",
  },
  'admin.parts': { nl: 'Delen ontvangen', en: 'Parts received' },
  'admin.partsMissing': { nl: 'niet', en: 'not' },
  'admin.copy': { nl: 'Kopieer voor een melding', en: 'Copy for a ticket' },
  'admin.copied': {
    nl: 'Status gekopieerd: plak hem in je melding.',
    en: 'Status copied: paste it into your ticket.',
  },
  'admin.copyFailed': {
    nl: 'Kopiëren lukte niet: selecteer de tekst hieronder en kopieer hem zelf.',
    en: 'Copying failed: select the text below and copy it yourself.',
  },
  'admin.asText': { nl: 'Status als tekst', en: 'Status as text' },
  'admin.title': { nl: 'Zorgvuldig: status voor de helpdesk', en: 'Zorgvuldig: status for the support desk' },
  'admin.version': { nl: 'Versie', en: 'Version' },
  'admin.installed': { nl: 'Geïnstalleerd', en: 'Installed' },
  'admin.id': { nl: 'Extensie-ID', en: 'Extension ID' },
  'admin.browser': { nl: 'Browser', en: 'Browser' },
  'admin.policy': { nl: 'Beleid van de organisatie', en: "Organisation's policy" },
  'admin.present': { nl: 'gevonden', en: 'found' },
  'admin.absent': {
    nl: 'geen (of de browser gaf het niet door)',
    en: 'none (or the browser did not pass it on)',
  },
  'admin.inForce': { nl: 'Waarden in gebruik', en: 'Values in force' },
  'admin.refused': { nl: 'Genegeerde waarden', en: 'Ignored values' },
  'admin.none': { nl: '(geen)', en: '(none)' },
  'admin.stored': { nl: 'Eigen keuzes van de gebruiker', en: "User's own choices" },
  'admin.sync': { nl: 'gesynchroniseerd', en: 'synced' },
  'admin.local': { nl: 'alleen op dit apparaat', en: 'on this device only' },
  'admin.time': { nl: 'Tijd', en: 'Time' },
  'install.admin': { nl: 'door de organisatie, via beleid', en: 'by the organisation, through policy' },
  'install.normal': { nl: 'door de gebruiker, uit een winkel', en: 'by the user, from a store' },
  'install.development': {
    nl: 'ontwikkelversie (uitgepakt geladen)',
    en: 'development build (loaded unpacked)',
  },
  'install.sideload': {
    nl: 'door een ander programma op de computer',
    en: 'by another program on the computer',
  },
  'install.other': { nl: 'op een andere manier', en: 'some other way' },
});

export const t = optionsTexts.t;
