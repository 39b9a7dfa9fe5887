import { defineCatalogue } from '../../lib/i18n';

/** What the sidebar and the underline card say, Dutch first; `{name}` marks a value filled in by `t`. */
export const sidebarTexts = defineCatalogue('sidebar and underline card', {
  appName: { nl: 'Zorgvuldig', en: 'Zorgvuldig' },

  'severityCount.stop': { nl: '{n} niet plaatsen', en: '{n} do not post' },
  'severityCount.check': { nl: '{n} controleren', en: '{n} to check' },
  'severityCount.tipOne': { nl: '{n} tip', en: '{n} tip' },
  'severityCount.tipMany': { nl: '{n} tips', en: '{n} tips' },

  'tab.findings': { nl: 'Meldingen', en: 'Findings' },
  'tab.review': { nl: 'Nakijken', en: 'Review' },
  'tabs.label': { nl: 'Weergave', en: 'View' },

  'status.idle': {
    nl: 'Begin met schrijven, dan kijk ik mee.',
    en: 'Start writing and I will check along.',
  },
  'status.checking': { nl: 'Bezig met controleren…', en: 'Checking…' },
  'status.empty': {
    nl: 'Niets gevonden. Je bericht ziet er goed uit.',
    en: 'Nothing found. Your post looks good.',
  },
  'status.emptyDetail': {
    nl: "Gecontroleerd op privacy, AVG, spelling, links, foto's en toon.",
    en: 'Checked for privacy, GDPR, spelling, links, photos and tone.',
  },
  'status.error': {
    nl: 'Controleren lukte even niet.',
    en: 'Checking did not work just now.',
  },
  'status.errorDetail': {
    nl: 'Je bericht is nu niet gecontroleerd. Typ verder om het opnieuw te proberen.',
    en: 'Your post has not been checked. Keep typing to try again.',
  },

  'notice.failedRules': {
    nl: 'Een controle werkte niet ({rules}), dus er kan iets gemist zijn; meld dit alsjeblieft.',
    en: 'A check did not work ({rules}), so something may have been missed; please report this.',
  },

  'announce.none': { nl: 'Zorgvuldig: niets gevonden.', en: 'Zorgvuldig: nothing found.' },
  'announce.some': { nl: 'Zorgvuldig: {list}.', en: 'Zorgvuldig: {list}.' },

  'card.reveal': { nl: 'aanwijzen in je tekst', en: 'show in your text' },
  'card.why': { nl: 'Waarom?', en: 'Why?' },
  'card.replace': { nl: 'Vervang door “{s}”', en: 'Replace with “{s}”' },
  'card.remove': { nl: 'Verwijderen', en: 'Remove' },
  'card.ignore': { nl: 'Negeren', en: 'Ignore' },
  'card.answer.colleague': { nl: 'Is een collega', en: 'Is a colleague' },
  'card.answer.consent': { nl: 'Toestemming gegeven', en: 'Consent given' },
  'card.ignoreAll': { nl: 'Negeren: alle details hierboven', en: 'Ignore: all the details above' },
  'card.details': { nl: 'De details', en: 'The details' },
  'card.addWord': { nl: 'Toevoegen aan woordenboek', en: 'Add to dictionary' },
  'card.media': { nl: 'Bijlage', en: 'Attachment' },
  'card.locked': { nl: 'Vastgezet door {who}', en: 'Locked by {who}' },
  'card.muteRule': { nl: 'Altijd negeren', en: 'Always ignore' },
  'card.muteRuleLabel': {
    nl: 'Altijd negeren: zet deze controle uit in je instellingen',
    en: 'Always ignore: switch this check off in your settings',
  },
  'fixAll.button': { nl: 'Alles verbeteren ({n})', en: 'Fix all ({n})' },
  'fixAll.hint': {
    nl: 'Alleen veilige verbeteringen, één voor één; Ctrl+Z maakt elke stap ongedaan.',
    en: 'Only safe fixes, one at a time; Ctrl+Z undoes each step.',
  },
  'underline.card': { nl: 'Melding bij je tekst', en: 'Finding in your text' },
  'underline.position': { nl: '{i} van {n}', en: '{i} of {n}' },
  'underline.close': { nl: 'Sluiten (Esc)', en: 'Close (Esc)' },
  'underline.keys': {
    nl: 'Alt+Shift+J: volgende, Alt+Shift+K: vorige',
    en: 'Alt+Shift+J: next, Alt+Shift+K: previous',
  },

  'group.more': { nl: 'Nog {n} tonen', en: 'Show {n} more' },

  'collapse.label': { nl: 'Zorgvuldig inklappen', en: 'Collapse Zorgvuldig' },
  'badge.open': { nl: 'Zorgvuldig openen', en: 'Open Zorgvuldig' },
  'badge.count': { nl: '{n} om na te kijken', en: '{n} to look at' },
  'badge.none': { nl: 'niets om na te kijken', en: 'nothing to look at' },

  'review.list': { nl: 'Alle meldingen', en: 'All findings' },
  'review.listEmpty': { nl: 'Geen meldingen in dit concept.', en: 'No findings in this draft.' },
  'review.checklist': { nl: 'Checklist', en: 'Checklist' },
  'review.checklistDone': { nl: '{done} van {total} afgevinkt', en: '{done} of {total} ticked' },
  'review.copy': { nl: 'Samenvatting kopiëren', en: 'Copy summary' },
  'review.copyHint': {
    nl: 'Een tekst om terug te sturen naar de schrijver.',
    en: 'A text to send back to the author.',
  },
  'review.copied': { nl: 'Samenvatting gekopieerd.', en: 'Summary copied.' },
  'review.copyFailed': {
    nl: 'Kopiëren lukte niet. Probeer het nog eens.',
    en: 'Copying did not work. Please try again.',
  },
  'review.locks': { nl: 'Vastgezet door je organisatie', en: 'Locked by your organisation' },

  'summary.title': { nl: 'Zorgvuldig: controle van je bericht', en: 'Zorgvuldig: review of your post' },
  'summary.none': {
    nl: 'Er is niets gevonden. Het bericht ziet er goed uit.',
    en: 'Nothing was found. The post looks good.',
  },
  'summary.total': { nl: 'Gevonden: {list}.', en: 'Found: {list}.' },
  'summary.suggestion': { nl: 'Voorstel: {s}', en: 'Suggestion: {s}' },
  'summary.suggestionRemove': { nl: 'Voorstel: weghalen', en: 'Suggestion: remove it' },
  'summary.why': { nl: 'Waarom: {s}', en: 'Why: {s}' },
  'summary.attachment': { nl: '(bijlage)', en: '(attachment)' },
  'summary.checklist': { nl: 'Checklist', en: 'Checklist' },
});

export const t = sidebarTexts.t;
