import type { SpellEngine, WordClass } from '../../rule';

/** The kind of verb form a misspelt d/t ending stands for. */
export type TwinKind = 'participle' | 'past';

/**
 * The verb form a word the dictionary rejects was meant to be when only its d/t ending is off:
 * gebelt -> gebeld, gebruikd -> gebruikt, gewaardeert -> gewaardeerd, werdt -> werd. Undefined for
 * anything else, so unknown-word keeps every other unknown word. spelling/verb-form reports these
 * (with the d/t explanation) and unknown-word leaves them to it while that rule is on.
 */
export function dtTwin(word: string, spell: SpellEngine): { form: string; kind: TwinKind } | undefined {
  const wordClass = spell.wordClass?.bind(spell);
  const lower = word.toLowerCase();
  if (!wordClass || lower.length < 4 || !/^\p{Ll}+$/u.test(lower) || spell.correct(lower)) return undefined;
  const is = (form: string, test: (c: WordClass) => boolean) => spell.correct(form) && test(wordClass(form));
  if (lower.endsWith('dt')) {
    // werdt, vondt: a past tense (listed on its own, no noun) or a participle with a t too many.
    const form = lower.slice(0, -1);
    if (is(form, (c) => c.participle)) return { form, kind: 'participle' };
    return is(form, (c) => c.listed && !c.nominal && !c.stem && !c.third)
      ? { form, kind: 'past' }
      : undefined;
  }
  if (lower.endsWith('t')) {
    const form = `${lower.slice(0, -1)}d`;
    return is(form, (c) => c.participle) ? { form, kind: 'participle' } : undefined;
  }
  if (lower.endsWith('d')) {
    const form = `${lower.slice(0, -1)}t`;
    return is(form, (c) => c.participle) ? { form, kind: 'participle' } : undefined;
  }
  return undefined;
}
