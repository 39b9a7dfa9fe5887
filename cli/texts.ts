import { defineCatalogue } from '../lib/i18n';

/** Everything the command says besides the findings, in the language of `--lang`. */
export const cliTexts = defineCatalogue('cli', {
  usage: {
    nl: `Zorgvuldig: controleer een bericht voor sociale media

Gebruik:
  zorgvuldig check FILE        controleer een tekstbestand (- leest stdin)
  zorgvuldig check --jsonl     lees JSON Lines {"id","text","platform"?,"surface"?} van stdin

Opties:
  --json                 één Report als JSON
  --jsonl                batch: per invoerregel één uitvoerregel {"id","findings","stats"}
  --platform NAME        facebook | instagram | linkedin | tiktok | other (standaard other)
  --surface NAME         post | comment | reply | message | caption | other (standaard other)
  --lang nl|en           taal van de meldingen (standaard nl)
  --no-spelling          sla de spellingcontrole over
  --color, --no-color    kleur aan of uit (standaard: alleen op een terminal)
  -h, --help             deze hulp
  -v, --version          versie

Exitcodes: 0 niets om te stoppen, 1 minstens één melding "stop",
           2 verkeerd gebruik, onleesbaar bestand, ongeldige invoer, of een controle
             die niet werkte (de regel staat op stderr; het rapport is onvolledig).`,
    en: `Zorgvuldig: check a social-media post

Usage:
  zorgvuldig check FILE        check a text file (- reads stdin)
  zorgvuldig check --jsonl     read JSON Lines {"id","text","platform"?,"surface"?} from stdin

Options:
  --json                 one Report as JSON
  --jsonl                batch: one output line {"id","findings","stats"} per input line
  --platform NAME        facebook | instagram | linkedin | tiktok | other (default other)
  --surface NAME         post | comment | reply | message | caption | other (default other)
  --lang nl|en           language of the messages (default nl)
  --no-spelling          skip the spell check
  --color, --no-color    colour on or off (default: only on a terminal)
  -h, --help             this help
  -v, --version          version

Exit codes: 0 nothing to stop, 1 at least one "stop" finding,
            2 wrong usage, unreadable file, invalid input, or a check that did
              not work (the rule is on stderr; the report is incomplete).`,
  },

  'usage.error': { nl: 'zorgvuldig: {message} (zie --help)', en: 'zorgvuldig: {message} (see --help)' },
  'usage.needsValue': { nl: '{flag} verwacht een waarde', en: '{flag} needs a value' },
  'usage.platform': {
    nl: 'onbekend platform; kies uit {options}',
    en: 'unknown platform; choose one of {options}',
  },
  'usage.surface': {
    nl: 'onbekende surface; kies uit {options}',
    en: 'unknown surface; choose one of {options}',
  },
  'usage.lang': { nl: '--lang is nl of en', en: '--lang is nl or en' },
  'usage.option': { nl: 'onbekende optie {option}', en: 'unknown option {option}' },
  'usage.command': {
    nl: 'onbekend commando {command}; gebruik: zorgvuldig check FILE',
    en: 'unknown command {command}; usage: zorgvuldig check FILE',
  },
  'usage.noCommand': { nl: 'gebruik: zorgvuldig check FILE', en: 'usage: zorgvuldig check FILE' },
  'usage.tooMany': { nl: 'te veel argumenten: {args}', en: 'too many arguments: {args}' },
  'usage.jsonlStdin': { nl: '--jsonl leest alleen van stdin', en: '--jsonl reads only from stdin' },
  'usage.noFile': { nl: 'geef een bestand, of - voor stdin', en: 'give a file, or - for stdin' },

  'input.directory': { nl: '{file} is een map, geen bestand', en: '{file} is a folder, not a file' },
  'input.fileTooBig': { nl: '{file} is groter dan 10 MB', en: '{file} is larger than 10 MB' },
  'input.missing': { nl: '{file} bestaat niet', en: '{file} does not exist' },
  'input.unreadable': { nl: '{file} is niet leesbaar', en: '{file} cannot be read' },
  'input.failed': { nl: '{file} {reason}', en: '{file} {reason}' },
  'input.tooBig': { nl: 'invoer is groter dan 10 MB', en: 'the input is larger than 10 MB' },
  'input.binary': { nl: '{file} is geen tekstbestand', en: '{file} is not a text file' },

  error: { nl: 'zorgvuldig: {message}', en: 'zorgvuldig: {message}' },
  'batch.error': { nl: 'zorgvuldig: regel {line}: {message}', en: 'zorgvuldig: line {line}: {message}' },
  'batch.json': { nl: 'geen geldige JSON', en: 'not valid JSON' },
  'batch.field': { nl: 'ongeldig veld {field}: {reason}', en: 'invalid field {field}: {reason}' },
  'batch.line': { nl: '(regel)', en: '(line)' },
  'spelling.unavailable': {
    nl: 'zorgvuldig: spellingcontrole niet beschikbaar ({reason})',
    en: 'zorgvuldig: spell check not available ({reason})',
  },
  'rules.failed': {
    nl: 'zorgvuldig: een controle werkte niet ({rules}), dus dit rapport is onvolledig; meld dit alsjeblieft.',
    en: 'zorgvuldig: a check did not work ({rules}), so this report is incomplete; please report this.',
  },
  'rules.failedOnLine': {
    nl: 'zorgvuldig: regel {line}: een controle werkte niet ({rules}), dus dit rapport is onvolledig; meld dit alsjeblieft.',
    en: 'zorgvuldig: line {line}: a check did not work ({rules}), so this report is incomplete; please report this.',
  },
  internal: { nl: 'zorgvuldig: interne fout: {message}', en: 'zorgvuldig: internal error: {message}' },

  'report.none': { nl: 'Niets gevonden.', en: 'Nothing found.' },
  'report.totals': { nl: '{counts} ({words} woorden, {ms} ms)', en: '{counts} ({words} words, {ms} ms)' },
  'report.remove': { nl: '(verwijderen)', en: '(remove)' },
  'report.suggestion': { nl: 'Voorstel: {suggestions}', en: 'Suggestion: {suggestions}' },
});

export const t = cliTexts.t;
