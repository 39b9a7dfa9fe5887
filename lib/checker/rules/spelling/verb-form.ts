import { defineCatalogue } from '../../../i18n';
import type { CheckContext, Rule, RuleHit, SpellEngine, Text, WordClass } from '../../rule';
import { words } from '../../text/words';
import { isNotAWord, skippedSpans, startsSentence } from './skip';
import {
  ADVERBS,
  AUXILIARIES,
  CLAUSE_OPENERS,
  DETERMINERS,
  FINITE_AFTER,
  FUNCTION_WORDS,
  IMPERATIVE_OBJECTS,
  INVERTED,
  JE_SUBJECT_NEXT,
  NO_THIRD_T,
  NOMINATIVE,
  OBJECT_PRONOUNS,
  PREPOSITIONS,
  SUBJECT_CUES,
  THIRD_AFTER,
  TIME_DETERMINERS,
} from './verb-form-words';

/** What this rule says, Dutch first. */
const texts = defineCatalogue('spelling/verb-form', {
  stem: {
    nl: 'Hier hoort "{r}", zonder t: na "ik" en vóór "jij" of "je" schrijf je de stam.',
    en: 'This should be "{r}", without t: after "ik" and before "jij" or "je" Dutch uses the stem.',
  },
  third: {
    nl: 'Hier hoort "{r}": bij hij, zij, het, u en "jij" vóór het werkwoord komt er een t achter de stam.',
    en: 'This should be "{r}": with hij, zij, het, u and "jij" before the verb, Dutch adds a t to the stem.',
  },
  participle: {
    nl: 'Hier hoort het voltooid deelwoord "{r}" (is {r}, heeft {r}), niet "{w}".',
    en: 'This should be the past participle "{r}" (is {r}, heeft {r}), not "{w}".',
  },
  imperative: {
    nl: 'Een gebiedende wijs is de stam zonder t: "{r}".',
    en: 'A command in Dutch is the bare stem, without t: "{r}".',
  },
  explanation: {
    nl: 'Een d/t-fout valt meteen op. Zet het werkwoord even in een ander werkwoord, zoals "lopen" (ik loop, hij loopt, is gelopen): hoor je een t, schrijf dan een t.',
    en: 'A d/t mistake stands out. Swap in another verb such as "lopen" (ik loop, hij loopt, is gelopen): if you hear a t there, write a t.',
  },
  description: {
    nl: 'Werkwoordsvormen in hun zin: d/t na het onderwerp (hij wordt, word jij), het deelwoord (is gebeurd) en de gebiedende wijs (word lid).',
    en: 'Verb forms in their sentence: d/t after the subject (hij wordt, word jij), the participle (is gebeurd) and commands (word lid).',
  },
});

type Token = { word: string; lower: string; start: number; end: number };
type Kind = 'stem' | 'third' | 'participle' | 'imperative';
type Fix = { kind: Kind; form: string };

/** Past this many tokens an auxiliary no longer governs the participle (and the work stays linear). */
const AUX_REACH = 6;

const isCapitalised = (w: string) => w[0] !== w[0].toLowerCase();

/** The user's capitals kept on the fix: Wordt -> Word. */
const sameCase = (original: string, form: string) =>
  isCapitalised(original) ? form[0].toUpperCase() + form.slice(1) : form;

/** Whether only spaces separate two tokens: anything else (punctuation, emoji, a line) breaks the phrase. */
const joined = (text: string, a: Token, b: Token) => /^[ \t\u00a0]+$/.test(text.slice(a.end, b.start));

/** The character that ends the sentence the token is in: '.', '!', '?', or '' at a line or the end. */
function sentenceEnd(text: string, from: number): string {
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') return '';
    if (c === '.' || c === '!' || c === '?') return c;
  }
  return '';
}

/**
 * d/t and other verb forms in context, from the dictionary's own verb data (stem, third person,
 * participle) and a small set of subject patterns. Quiet when the subject or the clause is unclear.
 */
class Reader {
  private readonly classes = new Map<string, WordClass>();

  constructor(
    private readonly text: string,
    private readonly tokens: Token[],
    private readonly spell: SpellEngine & { wordClass(word: string): WordClass },
  ) {}

  cls(word: string): WordClass {
    let c = this.classes.get(word);
    if (!c) this.classes.set(word, (c = this.spell.wordClass(word)));
    return c;
  }

  /** The token before i when only spaces separate them. */
  prev(i: number): Token | undefined {
    const t = this.tokens[i - 1];
    return t && joined(this.text, t, this.tokens[i]) ? t : undefined;
  }

  next(i: number): Token | undefined {
    const t = this.tokens[i + 1];
    return t && joined(this.text, this.tokens[i], t) ? t : undefined;
  }

  /** The stem of a third-person form: wordt -> word, gaat -> ga. */
  stemOf(third: string): string | undefined {
    if (!third.endsWith('t')) return undefined;
    const candidates = [third.slice(0, -1)];
    if (/[ao]at$|[o]ot$/.test(third)) candidates.push(third.slice(0, -2));
    return candidates.find((s) => this.cls(s).stem && this.thirdOf(s) === third);
  }

  /** The third-person form of a stem: word -> wordt, zet -> zet, ga -> gaat; hou takes houdt. */
  thirdOf(stem: string): string | undefined {
    if (stem === 'hou') return 'houdt';
    if (stem.endsWith('t')) return stem;
    const candidates = [`${stem}t`];
    if (/[ao]$/.test(stem)) candidates.unshift(`${stem}${stem.slice(-1)}t`);
    return candidates.find((t) => this.cls(t).third);
  }

  /** The participle that a third-person form is mistaken for: gebeurt -> gebeurd, verbrandt -> verbrand. */
  participleTwin(third: string): string | undefined {
    const candidates = third.endsWith('dt') ? [third.slice(0, -1)] : [`${third.slice(0, -1)}d`];
    return candidates.find((p) => this.cls(p).participle);
  }

  /** The third-person form a participle is mistaken for: gebeurd -> gebeurt, verbrand -> verbrandt. */
  thirdTwin(participle: string): string | undefined {
    if (!participle.endsWith('d')) return undefined;
    return [`${participle.slice(0, -1)}t`, `${participle}t`].find((t) => this.cls(t).third);
  }

  /** Whether an auxiliary (is, heeft, wordt ...) opens the clause before token i: then a participle is due. */
  auxBefore(i: number): boolean {
    for (let k = i - 1; k >= 0 && i - k <= AUX_REACH; k--) {
      const t = this.tokens[k];
      if (!joined(this.text, t, this.tokens[k + 1])) return false;
      if (CLAUSE_OPENERS.has(t.lower)) return false;
      if (AUXILIARIES.has(t.lower)) return true;
    }
    return false;
  }

  /** Whether a subject already stands earlier in the clause, so the pronoun before token i is an object. */
  subjectEarlier(i: number): boolean {
    for (let k = i - 2; k >= 0 && i - k <= AUX_REACH + 2; k--) {
      const t = this.tokens[k];
      if (!joined(this.text, t, this.tokens[k + 1])) return false;
      if (NOMINATIVE.has(t.lower)) return true;
      if (CLAUSE_OPENERS.has(t.lower)) return false;
    }
    return false;
  }

  /** Whether the token after a verb is a verb that needs a participle before it (gebeurd is, verbrand werd). */
  auxAfter(i: number): boolean {
    const n = this.next(i);
    return !!n && (AUXILIARIES.has(n.lower) || FINITE_AFTER.has(n.lower));
  }

  /** "je" after a verb at token i is its subject (Word je geholpen?), not a possessive (Wordt je moeder ...). */
  jeIsSubject(i: number): boolean {
    const after = this.tokens[i + 2];
    const je = this.tokens[i + 1];
    if (!after || !joined(this.text, je, after)) return true;
    if (JE_SUBJECT_NEXT.has(after.lower)) return true;
    const c = this.cls(after.lower);
    if (c.nominal) return false;
    return c.participle || c.infinitive || /^(?:\p{L}{0,6}ge\p{L}{2,}(?:en|d|t))$/u.test(after.lower);
  }

  /** The verb at token i opens its sentence, or follows a fronted adverb or "bij ons": room for inversion. */
  frontedBefore(i: number): boolean {
    const p = this.prev(i);
    if (!p) return startsSentence(this.text, this.tokens[i].start);
    if (ADVERBS.has(p.lower)) return true;
    const pp = this.prev(i - 1);
    if (!pp || !startsSentence(this.text, pp.start)) return false;
    // Bij ons word je ..., Elke dag word er ...
    return (
      (OBJECT_PRONOUNS.has(p.lower) && PREPOSITIONS.has(pp.lower)) ||
      (TIME_DETERMINERS.has(pp.lower) && this.isNoun(p.lower))
    );
  }

  /** A word that can head a noun phrase: the dictionary knows it, and not only as a verb form. */
  isNoun(lower: string): boolean {
    if (FUNCTION_WORDS.has(lower) || AUXILIARIES.has(lower)) return false;
    const c = this.cls(lower);
    if (c.nominal) return true;
    return !c.stem && !c.third && !c.participle && !c.infinitive && this.spell.correct(lower);
  }

  fixAt(i: number): Fix | undefined {
    const t = this.tokens[i];
    const x = t.lower;
    if (FUNCTION_WORDS.has(x) || NO_THIRD_T.has(x)) return undefined;
    // zijn and hebben have their own forms (was, is); worden is an ordinary d/t verb.
    if (AUXILIARIES.has(x) && !x.startsWith('word')) return undefined;
    const raw = this.cls(x);
    // A third-person form listed as a word of its own is something else too (wist, gaat, bedankt).
    const c = raw.third && raw.listed ? { ...raw, third: false } : raw;
    if (!c.stem && !c.third && !c.participle) return undefined;
    const prev = this.prev(i);
    const next = this.next(i);
    const p = prev?.lower;
    const n = next?.lower;
    const initial = !prev && startsSentence(this.text, t.start);

    // Inversion: the subject follows the verb.
    if (!p || !NOMINATIVE.has(p)) {
      if (n === 'ik' || n === 'jij' || (n === 'je' && this.frontedBefore(i) && this.jeIsSubject(i))) {
        if (c.third && !c.stem) {
          const stem = this.stemOf(x);
          // Dat vindt je moeder ook: left to the possessive test above; the stem is the form here.
          return stem && stem !== x ? { kind: 'stem', form: stem } : undefined;
        }
        return undefined;
      }
      const uAsks = n === 'u' && (sentenceEnd(this.text, t.end) === '?' || this.nextIsParticiple(i + 1));
      if ((n === 'hij' || n === 'zij' || uAsks) && x !== 'dank') {
        if (c.stem && !c.third && !(c.participle && this.auxBefore(i))) return this.third(x);
        if (c.participle && !c.stem && !this.auxBefore(i)) return this.thirdFromParticiple(x);
        return undefined;
      }
      // After a fronted adverb a noun phrase may be the subject too: Morgen word de tillift geleverd.
      const nounAfter = !initial && (n === 'de' || n === 'een');
      if (n && (THIRD_AFTER.has(n) || nounAfter) && (initial || this.frontedBefore(i))) {
        // Wat gebeurd er? / Zo word het gedaan: the subject after the verb is third person.
        if (c.participle && !c.stem && !this.auxBefore(i)) return this.thirdFromParticiple(x);
        if (c.stem && !c.third && !c.participle && !initial) return this.third(x);
        return undefined;
      }
    }

    // A participle is due after an auxiliary: is gebeurt -> is gebeurd, heeft verbrandt -> verbrand.
    if (c.third && !c.stem && this.auxBefore(i) && !(p && (NOMINATIVE.has(p) || SUBJECT_CUES.has(p)))) {
      const participle = this.participleTwin(x);
      if (participle) return { kind: 'participle', form: participle };
    }

    // The subject follows the verb (Dat zie je, Wat bedoel je): what stands before it is no subject.
    if (n && INVERTED.has(n)) return undefined;
    // A noun as the predicate: sinds hij vader is.
    if (c.nominal && this.auxAfter(i)) return undefined;

    if (p === 'ik' && !this.verbBefore(i - 1)) {
      if (c.third && !c.stem) {
        const stem = this.stemOf(x);
        return stem ? { kind: 'stem', form: stem } : undefined;
      }
      if (c.participle && !c.stem && !this.auxAfter(i) && !this.auxBefore(i)) {
        const stem = x.slice(0, -1);
        return this.cls(stem).stem ? { kind: 'stem', form: stem } : undefined;
      }
      return undefined;
    }

    if (p && this.thirdPersonSubject(i, p, c)) {
      // A verb after it is the finite one (dat het verbrand is, wat er beter kan).
      if (this.auxAfter(i) || (c.participle && this.auxBefore(i))) return undefined;
      if (c.stem && !c.third) return this.third(x);
      if (c.participle && !c.stem) return this.thirdFromParticiple(x);
      return undefined;
    }

    if (this.nounPhraseSubject(i) && !this.auxAfter(i)) {
      if (c.stem && !c.third && !c.nominal) return this.third(x);
      if (c.participle && !c.stem) return this.thirdFromParticiple(x);
      return undefined;
    }

    // Only -dt: a t after another stem (Klopt!, Lukt wel!) is mostly a subject left out, not a command.
    if (initial && c.third && !c.stem && x.endsWith('dt') && this.imperative(i)) {
      const stem = this.stemOf(x);
      return stem ? { kind: 'imperative', form: stem } : undefined;
    }
    return undefined;
  }

  private nextIsParticiple(i: number): boolean {
    const n = this.next(i);
    return !!n && /^\p{L}{0,6}ge\p{L}{2,}(?:en|d|t)$/u.test(n.lower) && !this.cls(n.lower).nominal;
  }

  private third(stem: string): Fix | undefined {
    const form = this.thirdOf(stem);
    return form && form !== stem ? { kind: 'third', form } : undefined;
  }

  private thirdFromParticiple(participle: string): Fix | undefined {
    const form = this.thirdTwin(participle);
    return form ? { kind: 'third', form } : undefined;
  }

  /** hij, zij, u, men ... before the verb; je, ze, het, dat ... only when no noun can follow them and no subject came first. */
  private thirdPersonSubject(i: number, p: string, c: WordClass): boolean {
    if (this.verbBefore(i - 1)) return false;
    if (p === 'hij' || p === 'zij' || p === 'jij') return true;
    if (!SUBJECT_CUES.has(p)) return false;
    if (this.subjectEarlier(i)) return false;
    return !c.nominal;
  }

  /** Vindt jij zorg ..., Is hij vader?: the pronoun at token k is the subject of the verb before it. */
  private verbBefore(k: number): boolean {
    const before = this.prev(k);
    if (!before) return false;
    const w = before.lower;
    if (AUXILIARIES.has(w) || FINITE_AFTER.has(w)) return true;
    const b = this.cls(w);
    return (b.stem || b.third) && !FUNCTION_WORDS.has(w);
  }

  /** De zorg word ..., Mijn collega vind ...: a determiner and a noun opening the sentence. */
  private nounPhraseSubject(i: number): boolean {
    const noun = this.prev(i);
    if (!noun || !this.isNoun(noun.lower)) return false;
    const det = this.prev(i - 1);
    if (!det) return false;
    if (DETERMINERS.has(det.lower)) return startsSentence(this.text, det.start);
    // One adjective between: Onze nieuwe collega vind ...
    const det2 = this.prev(i - 2);
    return (
      !!det2 &&
      DETERMINERS.has(det2.lower) &&
      det.lower.endsWith('e') &&
      startsSentence(this.text, det2.start)
    );
  }

  /** Wordt lid!, Houdt vol!: a command, not a question or a bio line (Houdt van koken.). */
  private imperative(i: number): boolean {
    const n = this.next(i);
    const end = sentenceEnd(this.text, this.tokens[i].end);
    if (end === '?') return false;
    // Wordt aangepast!: a passive with its subject left out.
    if (this.nextIsParticiple(i) || (n && this.cls(n.lower).participle)) return false;
    if (n && (NOMINATIVE.has(n.lower) || SUBJECT_CUES.has(n.lower)) && !(end === '!' && n.lower === 'je'))
      return false;
    return end === '!' || (!!n && IMPERATIVE_OBJECTS.has(n.lower));
  }
}

const MESSAGES: Record<Kind, (wrong: string, right: string) => Text> = {
  stem: (w, r) => texts.text('stem', { r }),
  third: (w, r) => texts.text('third', { r }),
  participle: (w, r) => texts.text('participle', { r, w }),
  imperative: (w, r) => texts.text('imperative', { r }),
};

function findVerbForms(text: string, ctx: CheckContext, spell: SpellEngine): RuleHit[] {
  if (!spell.wordClass) return [];
  const skipped = skippedSpans(text);
  const tokens: Token[] = [];
  let s = 0;
  for (const { word, start, end } of words(text)) {
    while (s < skipped.length && skipped[s][1] <= start) s++;
    if (s < skipped.length && skipped[s][0] < end) continue;
    if (isNotAWord(text, start, end)) continue;
    tokens.push({ word, lower: word.toLowerCase(), start, end });
  }
  const reader = new Reader(text, tokens, spell as SpellEngine & { wordClass(w: string): WordClass });
  const hits: RuleHit[] = [];
  tokens.forEach((t, i) => {
    // A capital mid-sentence is a name or a brand; a word the dictionary rejects is unknown-word's.
    if (isCapitalised(t.word) && !startsSentence(text, t.start)) return;
    if (t.word.length < 2 || t.word.length > 40) return;
    const fix = reader.fixAt(i);
    if (!fix || fix.form === t.lower) return;
    const right = sameCase(t.word, fix.form);
    hits.push({
      severity: 'tip',
      start: t.start,
      end: t.end,
      message: ctx.t(MESSAGES[fix.kind](t.word, right)),
      explanation: texts.t('explanation', ctx.lang),
      suggestions: [right],
    });
  });
  return hits;
}

export const verbForm: Rule = {
  id: 'spelling/verb-form',
  category: 'spelling',
  defaultSeverity: 'tip',
  description: texts.text('description'),
  examples: {
    flag: ['Hij word morgen zestig en we hebben taart!', 'Wat is er gisteren gebeurt op de afdeling?'],
    pass: ['Wordt je moeder ook zo goed geholpen door de thuiszorg?', 'Het is gebeurd, en hij wordt beter.'],
  },
  check(draft, ctx) {
    return ctx.spell ? findVerbForms(draft.text, ctx, ctx.spell) : [];
  },
};
