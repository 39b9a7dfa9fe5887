import type { Lang, Text } from './lang';

/** Values for `{name}` placeholders. */
export type Params = Readonly<Record<string, string | number>>;

/** `{name}`: a word-character name in braces; anything else in braces is plain text. */
export const PLACEHOLDER = /\{(\w+)\}/g;

/** Fills `{name}` placeholders; an unknown one stays visible rather than vanishing. */
export function fill(template: string, params: Params = {}): string {
  return template.replace(PLACEHOLDER, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/**
 * One area's sentences (the sidebar, the options page, the CLI ...), each in Dutch and English.
 * The only way user text is written: `t(key, lang, params)`, with `lang` from the user's
 * language setting (the extension) or `--lang` (the CLI), never from the browser's locale.
 */
export type Catalogue<K extends string> = {
  /** Names the area in test output. */
  readonly area: string;
  readonly entries: Readonly<Record<K, Text>>;
  /** The sentence for `key` in `lang`, placeholders filled from `params`. */
  t(key: K, lang: Lang, params?: Params): string;
  /** The sentence in both languages, for a value that is shown later in a language not known yet. */
  text(key: K, params?: Params): Text;
};

/** The keys of a catalogue, for helpers that pass a key on. */
export type KeyOf<C> = C extends Catalogue<infer K> ? K : never;

/** Declares an area's catalogue. The completeness test finds every call, so nothing needs registering. */
export function defineCatalogue<const E extends Record<string, Text>>(
  area: string,
  entries: E,
): Catalogue<keyof E & string> {
  type K = keyof E & string;
  const t = (key: K, lang: Lang, params?: Params) => fill(entries[key][lang], params);
  return {
    area,
    entries,
    t,
    text: (key: K, params?: Params) => ({ nl: t(key, 'nl', params), en: t(key, 'en', params) }),
  };
}
