import { defineCatalogue } from '../../lib/i18n';

/** The welcome page's words, Dutch first. */
export const welcomeTexts = defineCatalogue('welcome page', {
  title: { nl: 'Welkom bij Zorgvuldig', en: 'Welcome to Zorgvuldig' },
  lead: {
    nl: 'Zorgvuldig leest mee terwijl je een bericht voor sociale media schrijft, en waarschuwt voordat je iets plaatst wat je liever niet had gedeeld.',
    en: 'Zorgvuldig reads along while you write a social-media post, and warns you before you post something you would rather not have shared.',
  },
  setUpBy: { nl: 'Ingesteld door {org}.', en: 'Set up by {org}.' },

  whatTitle: { nl: 'Waar Zorgvuldig op let', en: 'What Zorgvuldig looks for' },
  patientsTitle: { nl: 'Herkenbare patiënten', en: 'Recognisable patients' },
  patients: {
    nl: 'Namen, kamernummers, geboortedata en details die samen naar één persoon wijzen.',
    en: 'Names, room numbers, dates of birth and details that together point to one person.',
  },
  avgTitle: { nl: 'AVG en beroepsgeheim', en: 'GDPR and professional secrecy' },
  avg: {
    nl: 'Gezondheid en andere gevoelige gegevens over iemand die te herkennen is, en reacties die verraden dat iemand bij jullie in zorg is.',
    en: 'Health and other sensitive data about someone who can be recognised, and replies that give away that someone is in your care.',
  },
  spellingTitle: { nl: 'Spelling en links', en: 'Spelling and links' },
  spelling: {
    nl: 'Nederlandse spelling met samenstellingen, en links die verkort, intern of riskant zijn.',
    en: 'Dutch spelling with its compounds, and links that are shortened, internal or risky.',
  },

  privacyTitle: { nl: 'Alles blijft op je apparaat', en: 'Everything stays on your device' },
  privacy: {
    nl: 'Je tekst wordt in je eigen browser gecontroleerd. Zorgvuldig stuurt je tekst nergens heen en houdt niet bij wat je doet: geen analytics.',
    en: 'Your text is checked in your own browser. Zorgvuldig sends your text nowhere and does not track what you do: no analytics.',
  },
  photos: {
    nl: 'Foto’s en video’s die je toevoegt, bekijkt Zorgvuldig alleen op je apparaat: het telt de gezichten en leest tekst zoals een whiteboard of scherm, en de foto gaat nergens heen.',
    en: 'Photos and videos you attach are looked at only on your device: Zorgvuldig counts the faces and reads text such as a whiteboard or screen, and the photo goes nowhere.',
  },
  linkCheck: {
    nl: 'Alleen als je "Links online nakijken" aanzet, vraagt Zorgvuldig het adres van een link op om te zien of die werkt. Je tekst gaat nooit mee.',
    en: 'Only if you turn on "Check links online" does Zorgvuldig look up a link\'s address to see whether it works. Your text never goes along.',
  },
  linkCheckOn: { nl: 'Links online nakijken staat nu aan.', en: 'Checking links online is on now.' },
  linkCheckOff: { nl: 'Links online nakijken staat nu uit.', en: 'Checking links online is off now.' },

  howTitle: { nl: 'Zo werkt het', en: 'How it works' },
  how1: {
    nl: 'Schrijf een bericht of reactie op Facebook, Instagram, LinkedIn of TikTok.',
    en: 'Write a post or comment on Facebook, Instagram, LinkedIn or TikTok.',
  },
  how2: {
    nl: 'Naast het tekstvak verschijnt de zijbalk van Zorgvuldig met wat hem opvalt.',
    en: "Zorgvuldig's sidebar appears beside the text box with what it noticed.",
  },
  how3: {
    nl: 'Klik op een voorstel om je tekst te verbeteren, of op "Waarom?" voor de uitleg.',
    en: 'Click a suggestion to fix your text, or "Why?" for the explanation.',
  },
  how4: {
    nl: 'Zit de zijbalk in de weg? Klap hem in tot een klein knopje met het aantal meldingen.',
    en: 'Is the sidebar in the way? Collapse it into a small button with the number of findings.',
  },

  platformsTitle: { nl: 'Zorgvuldig kijkt mee op', en: 'Zorgvuldig checks on' },
  on: { nl: 'aan', en: 'on' },
  off: { nl: 'uit', en: 'off' },
  lockedBy: { nl: 'Vastgezet door {org}', en: 'Locked by {org}' },
  settingsHint: {
    nl: 'Platforms, regels, taal en je eigen woordenlijst pas je aan in de instellingen.',
    en: 'Change platforms, rules, language and your own word list in the settings.',
  },
  openSettings: { nl: 'Instellingen openen', en: 'Open the settings' },

  dontShow: { nl: 'Dit welkomstscherm niet meer tonen', en: "Don't show this welcome page again" },
  saved: { nl: 'Opgeslagen.', en: 'Saved.' },
});

export const t = welcomeTexts.t;
