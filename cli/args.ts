import { Platform, Surface } from '../lib/checker/types';

export type CliOptions = {
  command: 'check' | 'help' | 'version';
  file?: string;
  format: 'text' | 'json' | 'jsonl';
  platform: Platform;
  surface: Surface;
  lang: 'nl' | 'en';
  color: boolean | 'auto';
  spelling: boolean;
};

export class UsageError extends Error {}

export const USAGE = `Zorgvuldig: controleer een bericht voor sociale media / check a social-media post

Gebruik / usage:
  zorgvuldig check FILE        controleer een tekstbestand (- leest stdin)
  zorgvuldig check --jsonl     lees JSON Lines {"id","text","platform"?,"surface"?} van stdin

Opties / options:
  --json                 één Report als JSON / one Report as JSON
  --jsonl                batch: per invoerregel één uitvoerregel {"id","findings","stats"}
  --platform NAME        facebook | instagram | linkedin | tiktok | other (standaard other)
  --surface NAME         post | comment | reply | message | caption | other (standaard other)
  --lang nl|en           taal van de meldingen / language of the messages (standaard nl)
  --no-spelling          sla de spellingcontrole over / skip the spell check
  --color, --no-color    kleur aan of uit (standaard: alleen op een terminal)
  -h, --help             deze hulp / this help
  -v, --version          versie / version

Exitcodes: 0 niets om te stoppen, 1 minstens één melding "stop",
           2 verkeerd gebruik, onleesbaar bestand, ongeldige invoer, of een controle
             die niet werkte (de regel staat op stderr; het rapport is onvolledig).`;

function takeValue(argv: string[], i: number, flag: string): string {
  const value = argv[i + 1];
  if (value === undefined || value.startsWith('--')) throw new UsageError(`${flag} verwacht een waarde`);
  return value;
}

/** Parses argv (without node and script). Throws UsageError with a one-line message. */
export function parseArgs(argv: string[]): CliOptions {
  const options: CliOptions = {
    command: 'check',
    format: 'text',
    platform: 'other',
    surface: 'other',
    lang: 'nl',
    color: 'auto',
    spelling: true,
  };
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] =
      arg.startsWith('--') && arg.includes('=') ? arg.split(/=(.*)/s, 2) : [arg, undefined];
    const value = () => {
      if (inline !== undefined) return inline;
      const v = takeValue(argv, i, flag);
      i++;
      return v;
    };
    switch (flag) {
      case '-h':
      case '--help':
        return { ...options, command: 'help' };
      case '-v':
      case '--version':
        return { ...options, command: 'version' };
      case '--json':
        options.format = 'json';
        break;
      case '--jsonl':
        options.format = 'jsonl';
        break;
      case '--platform': {
        const parsed = Platform.safeParse(value());
        if (!parsed.success)
          throw new UsageError(`onbekend platform; kies uit ${Platform.options.join(', ')}`);
        options.platform = parsed.data;
        break;
      }
      case '--surface': {
        const parsed = Surface.safeParse(value());
        if (!parsed.success)
          throw new UsageError(`onbekende surface; kies uit ${Surface.options.join(', ')}`);
        options.surface = parsed.data;
        break;
      }
      case '--lang': {
        const lang = value();
        if (lang !== 'nl' && lang !== 'en') throw new UsageError('--lang is nl of en');
        options.lang = lang;
        break;
      }
      case '--no-spelling':
        options.spelling = false;
        break;
      case '--color':
        options.color = true;
        break;
      case '--no-color':
        options.color = false;
        break;
      default:
        if (arg.startsWith('-') && arg !== '-') throw new UsageError(`onbekende optie ${arg}`);
        positional.push(arg);
    }
  }
  const [command, file, ...rest] = positional;
  if (command !== 'check') {
    throw new UsageError(
      command
        ? `onbekend commando ${command}; gebruik: zorgvuldig check FILE`
        : 'gebruik: zorgvuldig check FILE',
    );
  }
  if (rest.length) throw new UsageError(`te veel argumenten: ${rest.join(' ')}`);
  if (options.format === 'jsonl') {
    if (file !== undefined && file !== '-') throw new UsageError('--jsonl leest alleen van stdin');
  } else if (file === undefined) {
    throw new UsageError('geef een bestand, of - voor stdin');
  }
  return { ...options, file };
}
