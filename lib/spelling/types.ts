/** What the dictionary's own data says one word form is (all false for a form it does not list). */
export type WordClass = {
  /** A verb stem: ik word, ik verbrand. */
  stem: boolean;
  /** A third-person present form: hij wordt, hij verbrandt. */
  third: boolean;
  /** A weak past participle: gebeurd, verbrand. */
  participle: boolean;
  infinitive: boolean;
  /** A noun or adjective: after "je" or "het" it may be one (je antwoord). */
  nominal: boolean;
  /** Listed in the dictionary as an entry of its own (wist, gaat), not only made from a stem. */
  listed: boolean;
};

/** The spelling engine as the checker sees it: what lib/spelling offers the rules. */
export interface SpellEngine {
  correct(word: string): boolean;
  suggest(word: string, limit?: number): string[];
  /** Word classes for rules that read grammar (spelling/verb-form); absent: those rules stay quiet. */
  wordClass?(word: string): WordClass;
}
