import { Platform, Surface } from '../lib/checker/types';
import { isLang, type KeyOf, type Lang, type Params } from '../lib/i18n';
import { cliTexts, t } from './texts';

export type CliOptions = {
  command: 'check' | 'help' | 'version';
  file?: string;
  format: 'text' | 'json' | 'jsonl';
  platform: Platform;
  surface: Surface;
  lang: Lang;
  color: boolean | 'auto';
  spelling: boolean;
};

/** A wrong flag or argument; the message is already in the language of `--lang`. */
export class UsageError extends Error {}

/**
 * The language asked for with `--lang`, looked for before anything else is parsed, so that even
 * an error in an earlier flag is reported in it. Dutch when absent or not nl/en.
 */
export function langOf(argv: string[]): Lang {
  for (let i = 0; i < argv.length; i++) {
    const value =
      argv[i] === '--lang' ? argv[i + 1] : argv[i].startsWith('--lang=') ? argv[i].slice(7) : undefined;
    if (isLang(value)) return value;
  }
  return 'nl';
}

function takeValue(argv: string[], i: number, flag: string, lang: Lang): string {
  const value = argv[i + 1];
  if (value === undefined || value.startsWith('--'))
    throw new UsageError(t('usage.needsValue', lang, { flag }));
  return value;
}

/** Parses argv (without node and script). Throws UsageError with a one-line message. */
export function parseArgs(argv: string[]): CliOptions {
  const lang = langOf(argv);
  const fail = (key: KeyOf<typeof cliTexts>, params?: Params) => new UsageError(t(key, lang, params));
  const options: CliOptions = {
    command: 'check',
    format: 'text',
    platform: 'other',
    surface: 'other',
    lang,
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
      const v = takeValue(argv, i, flag, lang);
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
        if (!parsed.success) throw fail('usage.platform', { options: Platform.options.join(', ') });
        options.platform = parsed.data;
        break;
      }
      case '--surface': {
        const parsed = Surface.safeParse(value());
        if (!parsed.success) throw fail('usage.surface', { options: Surface.options.join(', ') });
        options.surface = parsed.data;
        break;
      }
      case '--lang': {
        const chosen = value();
        if (!isLang(chosen)) throw fail('usage.lang');
        options.lang = chosen;
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
        if (arg.startsWith('-') && arg !== '-') throw fail('usage.option', { option: arg });
        positional.push(arg);
    }
  }
  const [command, file, ...rest] = positional;
  if (command !== 'check') {
    throw command ? fail('usage.command', { command }) : fail('usage.noCommand');
  }
  if (rest.length) throw fail('usage.tooMany', { args: rest.join(' ') });
  if (options.format === 'jsonl') {
    if (file !== undefined && file !== '-') throw fail('usage.jsonlStdin');
  } else if (file === undefined) {
    throw fail('usage.noFile');
  }
  return { ...options, file };
}
