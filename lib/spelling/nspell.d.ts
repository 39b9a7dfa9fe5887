/** The part of nspell the benchmark uses (the package ships no types). */
declare module 'nspell' {
  type Dictionary = { aff: Uint8Array | string; dic?: Uint8Array | string };
  interface NSpell {
    correct(word: string): boolean;
    suggest(word: string): string[];
  }
  export default function nspell(dictionary: Dictionary): NSpell;
}
