import { defineCatalogue } from '../../../i18n';
import type { CheckContext, Rule, RuleHit, SpellEngine, Text, WordClass } from '../../rule';
import { words } from '../../text/words';
import { dtTwin } from './dt-twin';
import { isNotAWord, skippedSpans, startsSentence } from './skip';
import {
  ADVERBS,
  AUXILIARIES,
  CLAUSE_OPENERS,
  DETERMINERS,
  FINITE_AFTER,
  FUNCTION_WORDS,
  GIJ,
  IMPERATIVE_OBJECTS,
  INVERTED,
  JE_SUBJECT_NEXT,
  NO_THIRD_T,
  NOMINATIVE,
  OBJECT_PRONOUNS,
  PLURAL_SUBJECTS,
  PRONOUN_ONLY,
  PREPOSITIONS,
  PREPOSITIONS_OPENING,
  SUBCLAUSE_SUBJECTS,
  SUBJECT_CUES,
  SUBORDINATORS,
  THIRD_AFTER,
  TIME_DETERMINERS,
  TIME_WORDS,
  INTERJECTIONS,
  ARTICLE_CUES,
  COMPARATIVES,
  LINKS,
  NEGATION,
  VERB_ADVERBS,
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
  past: {
    nl: 'Hier hoort "{r}": deze verleden tijd krijgt geen t.',
    en: 'This should be "{r}": this past tense takes no t.',
  },
  plural: {
    nl: 'Na "we", "wij" en "jullie" hoort het meervoud: "{r}".',
    en: 'After "we", "wij" and "jullie" Dutch uses the plural: "{r}".',
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
type Kind = 'stem' | 'third' | 'participle' | 'imperative' | 'plural' | 'past';
type Fix = { kind: Kind; form: string };

/** Past this many tokens an auxiliary no longer governs the participle (and the work stays linear). */
const AUX_REACH = 6;

/** How far ahead a clause is read for another verb. */
const CLAUSE_REACH = 12;

/** How far back from a verb that ends a clause its conjunction is looked for. */
const SUBCLAUSE_REACH = 8;

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

  /** The plural (the infinitive's form) of a stem: vind -> vinden, zet -> zetten, praat -> praten, leef -> leven. */
  pluralOf(stem: string): string | undefined {
    const last = stem.slice(-1);
    const candidates = [`${stem}en`, `${stem}${last}en`];
    const long = /([aeou])\1([^aeiou])$/.exec(stem);
    if (long) candidates.push(`${stem.slice(0, -3)}${long[1]}${long[2]}en`);
    const voiced = ({ f: 'v', s: 'z' } as Record<string, string>)[last];
    if (voiced) {
      const base = long ? `${stem.slice(0, -3)}${long[1]}` : stem.slice(0, -1);
      candidates.push(`${base}${voiced}en`);
    }
    return candidates.find((f) => this.cls(f).infinitive);
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
      // "papa en mama" joins two nouns within the clause; "en" before a pronoun opens a new one.
      const coordinated = t.lower === 'en' && k + 1 < i && this.isNoun(this.tokens[k + 1].lower);
      if (CLAUSE_OPENERS.has(t.lower) && !coordinated) return false;
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
    const pp = this.prev(i - 1);
    // Only an adverb that opens the sentence (Morgen word je ...), not one inside it (hoe lang het duurt).
    if (ADVERBS.has(p.lower))
      return (
        startsSentence(this.text, p.start) ||
        (!!pp && LINKS.has(pp.lower) && startsSentence(this.text, pp.start))
      );
    // Daarnaast, Inmiddels, Helaas: one word opening the sentence that the dictionary knows as no
    // verb, noun, pronoun or article is an adverb, so the subject follows the verb.
    if (startsSentence(this.text, p.start) && this.loneAdverb(p.lower)) return true;
    if (!pp) return false;
    if (!startsSentence(this.text, pp.start)) return this.prepositionalOpening(i);
    // Bij ons word je ..., Elke dag word er ...
    return (
      (OBJECT_PRONOUNS.has(p.lower) && PREPOSITIONS.has(pp.lower)) ||
      (TIME_DETERMINERS.has(pp.lower) && this.isNoun(p.lower)) ||
      this.prepositionalOpening(i)
    );
  }

  /** A word known to the dictionary with no class of its own and no function in a clause: an adverb. */
  private loneAdverb(w: string): boolean {
    if (FUNCTION_WORDS.has(w) || INTERJECTIONS.has(w) || AUXILIARIES.has(w) || FINITE_AFTER.has(w))
      return false;
    const c = this.cls(w);
    return c.listed && !c.stem && !c.third && !c.participle && !c.infinitive && !c.nominal;
  }

  /**
   * Vanaf maandag rijd ze ..., Na elke dienst verbrand ik ...: a preposition opens the sentence and
   * only a short noun phrase follows it before the verb, so that phrase is no subject.
   */
  private prepositionalOpening(i: number): boolean {
    let k = i - 1;
    for (; k >= 0 && i - k <= 4; k--) {
      const t = this.tokens[k];
      if (!joined(this.text, t, this.tokens[k + 1])) return false;
      if (startsSentence(this.text, t.start)) break;
    }
    if (k < 0 || i - k > 4 || !PREPOSITIONS_OPENING.has(this.tokens[k].lower)) return false;
    // Everything between is a determiner, a number word or a noun or adjective, never a verb form.
    for (let m = k + 1; m < i; m++) {
      const w = this.tokens[m].lower;
      if (DETERMINERS.has(w) || TIME_DETERMINERS.has(w) || OBJECT_PRONOUNS.has(w)) continue;
      if (!this.isNoun(w)) return false;
    }
    return i - k >= 2;
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
    if (FUNCTION_WORDS.has(x) || NO_THIRD_T.has(x) || this.comparative(x)) return undefined;
    // Safe word: koffie, Antwoord: ja: one or two words before a colon are a label, not a verb
    // (but "Het is weer gebeurt:" is a sentence).
    if (this.text[t.end] === ':' && startsSentence(this.text, (this.prev(i) ?? t).start)) return undefined;
    // zijn and hebben have their own forms (was, is); worden is an ordinary d/t verb.
    if (AUXILIARIES.has(x) && !x.startsWith('word')) return undefined;
    const raw = this.cls(x);
    // A third-person form listed as a word of its own is something else too (wist, gaat, bedankt).
    // A form in -dt is a verb whatever else the dictionary lists it as (begeleidt).
    const c = raw.third && raw.listed && !x.endsWith('dt') ? { ...raw, third: false } : raw;
    if (!c.stem && !c.third && !c.participle) {
      // gebelt, gebruikd, werdt: not a word, and only the d/t ending keeps it from one.
      const twin = dtTwin(x, this.spell);
      return twin && { kind: twin.kind, form: twin.form };
    }
    const prev = this.prev(i);
    const next = this.next(i);
    const p = prev?.lower;
    const n = next?.lower;
    const initial = !prev && startsSentence(this.text, t.start);

    // Inversion: the subject follows the verb.
    if (!p || !NOMINATIVE.has(p)) {
      // Vind je dochter het ook fijn?, Morgen word je moeder opgehaald: "je moeder" is the subject.
      if (n === 'je' && c.stem && !c.third && (initial || this.frontedBefore(i)) && this.possessiveJe(i))
        return this.third(x);
      if (n === 'ik' || n === 'jij' || (n === 'je' && this.frontedBefore(i) && this.jeIsSubject(i))) {
        if (c.third && !c.stem) {
          const stem = this.stemOf(x);
          // Dat vindt je moeder ook: left to the possessive test above; the stem is the form here.
          return stem && stem !== x ? { kind: 'stem', form: stem } : undefined;
        }
        return undefined;
      }
      const uAsks = n === 'u' && (sentenceEnd(this.text, t.end) === '?' || this.nextIsParticiple(i + 1));
      // After a fronted phrase "ze" right after the verb is its subject (Vanaf maandag rijdt ze weer).
      const zeAfter = n === 'ze' && !initial && this.frontedBefore(i);
      if ((n === 'hij' || n === 'zij' || uAsks || zeAfter) && x !== 'dank') {
        if (c.stem && !c.third && !(c.participle && this.auxBefore(i))) return this.third(x);
        if (c.participle && !c.stem && !this.auxBefore(i)) return this.thirdFromParticiple(x);
        return undefined;
      }
      // After a fronted adverb a noun phrase may be the subject too: Morgen word de tillift geleverd.
      const nounAfter = !initial && (n === 'de' || n === 'een');
      if (n && (THIRD_AFTER.has(n) || nounAfter) && (initial || this.frontedBefore(i))) {
        // Wat gebeurd er? / Zo word het gedaan: the subject after the verb is third person.
        if (c.participle && !c.stem && !this.auxBefore(i)) return this.thirdFromParticiple(x);
        // Sentence-first only as a question: "Word er maar beter van!" is a command.
        const asks = !initial || sentenceEnd(this.text, t.end) === '?';
        if (c.stem && !c.third && !c.participle && asks && (!c.nominal || this.verbReading(i)))
          return this.third(x);
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

    // We vinden, jullie worden: the stem after a plural pronoun wants the plural.
    const beforeP = this.prev(i - 1);
    // The pronoun opens its clause: not after a verb (Nemen we) or a preposition (Dankzij jullie).
    const pluralSubject =
      p &&
      PLURAL_SUBJECTS.has(p) &&
      (!beforeP || CLAUSE_OPENERS.has(beforeP.lower) || LINKS.has(beforeP.lower));
    if (pluralSubject && c.stem && !c.third && !c.participle) {
      if (c.nominal && !this.verbReading(i)) return undefined;
      const plural = this.pluralOf(x);
      return plural ? { kind: 'plural', form: plural } : undefined;
    }

    if (p && this.thirdPersonSubject(i, p, c)) {
      // A verb after it is the finite one (dat het verbrand is, wat er beter kan).
      if (this.auxAfter(i) || (c.participle && this.auxBefore(i))) return undefined;
      if (c.stem && !c.third) return this.third(x);
      if (c.participle && !c.stem) return this.thirdFromParticiple(x);
      return undefined;
    }

    if (this.nounPhraseSubject(i) && !this.auxAfter(i)) {
      if (c.stem && !c.third && (!c.nominal || this.verbReading(i))) return this.third(x);
      if (c.participle && !c.stem) return this.thirdFromParticiple(x);
      return undefined;
    }

    const last = this.subclauseEnd(i, c);
    if (last) return last;

    // Only -dt: a t after another stem (Klopt!, Lukt wel!) is mostly a subject left out, not a command.
    if (initial && c.third && !c.stem && x.endsWith('dt') && this.imperative(i)) {
      const stem = this.stemOf(x);
      return stem ? { kind: 'imperative', form: stem } : undefined;
    }
    return undefined;
  }

  /**
   * omdat hij het moeilijk vind, als je van ouderen houd, wat ik ervan vindt: the verb that ends a
   * subclause opened by a conjunction and a pronoun subject, with no other verb form in between.
   */
  private subclauseEnd(i: number, c: WordClass): Fix | undefined {
    const after = this.tokens[i + 1];
    if (after && joined(this.text, this.tokens[i], after)) return undefined;
    const x = this.tokens[i].lower;
    // Only a stem in d or a participle: a clause may end in a strong past tense that is also some
    // rare verb's stem (wie ze koos, dat hij schoof), and d/t is what this rule is for.
    if (!x.endsWith('d') && !(c.participle && !c.stem) && !(c.third && !c.stem)) return undefined;
    for (let k = i - 1; k >= 0 && i - k <= SUBCLAUSE_REACH; k--) {
      const t = this.tokens[k];
      if (!joined(this.text, t, this.tokens[k + 1])) return undefined;
      if (!CLAUSE_OPENERS.has(t.lower)) continue;
      if (!SUBORDINATORS.has(t.lower) || k + 2 > i) return undefined;
      const subject = this.tokens[k + 1].lower;
      // sinds maart, tot morgen: a conjunction that is also a preposition, here with its noun.
      if (PREPOSITIONS_OPENING.has(t.lower) && subject !== 'ik' && !SUBCLAUSE_SUBJECTS.has(subject)) continue;
      for (let m = k + 2; m < i; m++) if (this.maybeVerb(this.tokens[m].lower)) return undefined;
      // A noun that ends the clause (als je de zorg ...) is no verb; after an adverb or pronoun it may be (of hij wel antwoord).
      // A noun that ends the clause (of het bos, als je de zorg) is no verb; after an adverb it may be (of hij wel antwoord).
      const before = this.tokens[i - 1].lower;
      if (DETERMINERS.has(before) || (c.nominal && !VERB_ADVERBS.has(before) && !NEGATION.has(before)))
        return undefined;
      if (subject === 'ik') {
        const stem = c.third && !c.stem ? this.stemOf(x) : undefined;
        return stem ? { kind: 'stem', form: stem } : undefined;
      }
      if (!SUBCLAUSE_SUBJECTS.has(subject)) return undefined;
      if (c.stem && !c.third && !c.participle) return this.third(x);
      if (c.participle && !c.stem) return this.thirdFromParticiple(x);
      return undefined;
    }
    return undefined;
  }

  /**
   * A word that is a noun as well as a verb stem (antwoord, werk) reads as the verb only when an
   * adverb of how often or how follows it and no other verb comes in the clause: "Je antwoord echt
   * snel" but not "Je antwoord was lief" or a caption "Het antwoord hieronder".
   */
  private verbReading(i: number): boolean {
    const n = this.next(i);
    return !!n && VERB_ADVERBS.has(n.lower) && !this.verbLater(i);
  }

  /** Whether a word that may be a verb form (finite, participle, infinitive, a past tense) follows in the clause. */
  private verbLater(i: number): boolean {
    // A clause is read this far at most, so a long run without punctuation stays linear.
    for (let k = i + 1; k < this.tokens.length && k - i <= CLAUSE_REACH; k++) {
      const t = this.tokens[k];
      if (!joined(this.text, this.tokens[k - 1], t)) return false;
      // om te gaan, te weten: an infinitive with te is no finite verb of this clause.
      if (CLAUSE_OPENERS.has(t.lower) || t.lower === 'te' || t.lower === 'om') return false;
      if (this.maybeVerb(t.lower)) return true;
    }
    return false;
  }

  /** Any verb form, or a word the dictionary lists without a class (wist, kwam): it may be a past tense. */
  private maybeVerb(w: string): boolean {
    if (AUXILIARIES.has(w) || FINITE_AFTER.has(w)) return true;
    if (FUNCTION_WORDS.has(w) || JE_SUBJECT_NEXT.has(w) || VERB_ADVERBS.has(w) || TIME_WORDS.has(w))
      return false;
    if (this.comparative(w)) return false;
    const c = this.cls(w);
    if (c.third || c.participle || c.infinitive || (c.stem && !c.nominal)) return true;
    return c.listed && !c.nominal && !c.stem;
  }

  /** "je" after the verb at token i is "your": a noun follows, then "het" (not a noun's article) or a participle. */
  private possessiveJe(i: number): boolean {
    const noun = this.tokens[i + 2];
    const after = this.tokens[i + 3];
    if (!noun || !after || !joined(this.text, this.tokens[i + 1], noun) || !joined(this.text, noun, after))
      return false;
    if (this.jeIsSubject(i) || !this.cls(noun.lower).nominal || FUNCTION_WORDS.has(noun.lower)) return false;
    const x = this.tokens[i].lower;
    // Word je moeder opgehaald?: worden with a participle is a passive, so "je moeder" is its subject.
    if (x.startsWith('word')) return this.nextIsParticiple(i + 2) || this.cls(after.lower).participle;
    // Vind je dochter het fijn?: "het" as a second object would leave no room for a noun subject.
    const last = this.tokens[i + 4];
    return (
      after.lower === 'het' &&
      sentenceEnd(this.text, after.end) === '?' &&
      !!last &&
      joined(this.text, after, last) &&
      !this.isNoun(last.lower) &&
      !DETERMINERS.has(last.lower)
    );
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
    if (p === 'hij' || p === 'zij' || p === 'jij' || GIJ.has(p)) {
      // Vandaag stond hij weer ...: a pronoun after a word that is no adverb, link or conjunction
      // follows its verb (a past tense the dictionary does not mark), so the word after it is not one.
      const b = this.prev(i - 1)?.lower;
      return !b || FUNCTION_WORDS.has(b) || LINKS.has(b) || JE_SUBJECT_NEXT.has(b) || VERB_ADVERBS.has(b);
    }
    if (!SUBJECT_CUES.has(p)) return false;
    if (this.subjectEarlier(i)) return false;
    // naar het onthaal, aan het werk: after a preposition "het" is an article, no subject.
    const beforeP = this.prev(i - 1);
    if (beforeP && (PREPOSITIONS.has(beforeP.lower) || PREPOSITIONS_OPENING.has(beforeP.lower))) return false;
    // wie ze koos: in a subclause only a stem in d or a participle (a strong past tense may look like a stem).
    if (beforeP && SUBORDINATORS.has(beforeP.lower) && !this.tokens[i].lower.endsWith('d') && !c.participle)
      return false;
    // dat het afscheid ... is gelopen: when a verb still follows, the word after "het" is its noun.
    if (ARTICLE_CUES.has(p) && !this.tokens[i].lower.startsWith('word') && this.verbLater(i)) return false;
    // Je antwoord echt snel: a noun after je only when a verb still follows (Je antwoord was lief).
    // "ze antwoord" cannot be a noun phrase; "het antwoord", "er geld", "wie vervoer" can.
    return !c.nominal || PRONOUN_ONLY.has(p) || this.verbReading(i);
  }

  /** Vindt jij zorg ..., Is hij vader?: the pronoun at token k is the subject of the verb before it. */
  private verbBefore(k: number): boolean {
    const before = this.prev(k);
    if (!before) return false;
    const w = before.lower;
    if (AUXILIARIES.has(w) || FINITE_AFTER.has(w)) return true;
    const b = this.cls(w);
    // Stond hij ..., Nemen we ...: a past tense or a plural before the pronoun is its verb too.
    return ((b.stem || b.third) && !FUNCTION_WORDS.has(w)) || this.maybeVerb(w);
  }

  /**
   * De zorg word ..., Onze nieuwe collega vind ..., Onze vrijwilliger Jan rijd ..., Mama word ...:
   * a singular noun phrase opens the sentence right before the verb.
   */
  private nounPhraseSubject(i: number): boolean {
    let k = i - 1;
    // A name after the noun: Onze vrijwilliger Jan.
    const name = this.prev(i);
    if (name && isCapitalised(name.word) && !startsSentence(this.text, name.start)) k--;
    const noun = k >= 0 ? this.tokens[k] : undefined;
    if (!noun || !joined(this.text, noun, this.tokens[k + 1])) return false;
    if (!this.isNoun(noun.lower) || this.looksPlural(noun.lower)) return false;
    // Een kleine dank: an adjective with its -e may stand for a noun (een verpleegkundige), so only
    // a stem in d, whose t is the whole question, is read as its verb.
    if (this.inflectedAdjective(noun.lower) && !this.tokens[i].lower.endsWith('d')) return false;
    if (startsSentence(this.text, noun.start)) return k === i - 1 && this.bareSubject(noun, i);
    const det = this.prev(k);
    if (!det) return false;
    // Je moeder word ...: "je" before a noun opening the sentence is "your".
    if (DETERMINERS.has(det.lower) || det.lower === 'je') return startsSentence(this.text, det.start);
    // One adjective between: Onze nieuwe collega vind ...
    const det2 = this.prev(k - 1);
    return (
      !!det2 &&
      DETERMINERS.has(det2.lower) &&
      det.lower.endsWith('e') &&
      startsSentence(this.text, det2.start)
    );
  }

  /**
   * Mama word ..., Dementie lijd ...: a bare noun opening the sentence, before a stem in d whose t
   * would be heard nowhere else, capitalised or not (oma word 100!). Not an adverb or greeting (Morgen, Ja hoor), not an adjective
   * (Hartelijk dank, Eerste keer): those open sentences whose subject comes later or not at all.
   */
  private bareSubject(noun: Token, i: number): boolean {
    const w = noun.lower;
    if (ADVERBS.has(w) || TIME_WORDS.has(w) || INTERJECTIONS.has(w)) return false;
    if (!this.tokens[i].lower.endsWith('d')) return false;
    return !this.spell.correct(`${w}e`) && !(w.endsWith('e') && this.spell.correct(w.slice(0, -1)));
  }

  /** beter, later, verder: a comparative that the dictionary also knows as a verb stem (beteren). */
  private comparative(x: string): boolean {
    if (COMPARATIVES.has(x)) return true;
    if (!x.endsWith('er') || x.length < 5) return false;
    const base = x.slice(0, -2);
    const undoubled = /(.)\1$/.test(base) ? base.slice(0, -1) : base;
    const long = undoubled.replace(/([aeou])([^aeiou])$/, '$1$1$2');
    return [base, undoubled, long].some((b) => b !== x && this.cls(b).nominal && !this.cls(b).stem);
  }

  /** kleine, nieuwe: an adjective with its -e, so no noun of its own (Een kleine dank voor ...). */
  private inflectedAdjective(lower: string): boolean {
    if (!lower.endsWith('e') || lower.length < 4) return false;
    const base = lower.slice(0, -1);
    const undoubled = /(.)\1$/.test(base) ? base.slice(0, -1) : base;
    return [base, undoubled].some((b) => this.cls(b).nominal);
  }

  /** Bewoners, collega's, ouderen: a plural subject wants "vinden", not "vindt", so the rule keeps out. */
  private looksPlural(lower: string): boolean {
    if (/'s$/.test(lower)) return true;
    if (lower.endsWith('en') && lower.length > 4) {
      const base = lower.slice(0, -2);
      const single = /(.)\1$/.test(base) ? base.slice(0, -1) : base;
      if (this.spell.correct(base) || this.spell.correct(single)) return true;
    }
    return lower.endsWith('s') && lower.length > 3 && this.spell.correct(lower.slice(0, -1));
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
    return end === '!' || (!!n && IMPERATIVE_OBJECTS.has(n.lower)) || this.secondCommand(i);
  }

  /** Wordt ook maatje en maak het verschil: a second command, a bare stem after "en", in the same sentence. */
  private secondCommand(i: number): boolean {
    for (let k = i + 1; k + 2 < this.tokens.length && k - i <= AUX_REACH * 2; k++) {
      const [en, verb, object] = [this.tokens[k], this.tokens[k + 1], this.tokens[k + 2]];
      if (!joined(this.text, this.tokens[k - 1], en)) return false;
      if (en.lower !== 'en' || !joined(this.text, en, verb) || !joined(this.text, verb, object)) continue;
      const c = this.cls(verb.lower);
      return c.stem && !c.third && !FUNCTION_WORDS.has(verb.lower) && DETERMINERS.has(object.lower);
    }
    return false;
  }
}

const MESSAGES: Record<Kind, (wrong: string, right: string) => Text> = {
  stem: (w, r) => texts.text('stem', { r }),
  third: (w, r) => texts.text('third', { r }),
  participle: (w, r) => texts.text('participle', { r, w }),
  imperative: (w, r) => texts.text('imperative', { r }),
  plural: (w, r) => texts.text('plural', { r }),
  past: (w, r) => texts.text('past', { r }),
};

/**
 * The engine, answering each word's `correct` once per draft: the reader asks about a word and
 * its d/t twins at every place it stands, and a long draft repeats its words many times.
 */
function rememberingAnswers(spell: SpellEngine): SpellEngine {
  const answers = new Map<string, boolean>();
  const remembering = Object.create(spell) as SpellEngine;
  remembering.correct = (word: string) => {
    let known = answers.get(word);
    if (known === undefined) answers.set(word, (known = spell.correct(word)));
    return known;
  };
  return remembering;
}

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
  const reader = new Reader(
    text,
    tokens,
    rememberingAnswers(spell) as SpellEngine & { wordClass(w: string): WordClass },
  );
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
