/** The languages of everything Zorgvuldig says; every sentence exists in both, Dutch first. */
export const LANGS = ['nl', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** One sentence in both languages: what a catalogue entry holds, or a filled-in entry kept as a value. */
export type Text = { readonly nl: string; readonly en: string };

export const isLang = (value: unknown): value is Lang => value === 'nl' || value === 'en';

/**
 * Text that is not ours to translate (an organisation's own phrase, a validator's word) in the
 * shape of a Text, so it travels where our sentences do.
 */
export const untranslated = (text: string): Text => ({ nl: text, en: text });

/** A Text from a function of the language: for a sentence whose parts are themselves translated. */
export const inEachLang = (say: (lang: Lang) => string): Text => ({ nl: say('nl'), en: say('en') });
