import { z } from 'zod';
import type { Severity } from '../types';

/**
 * A phrase as data: words separated by spaces, where "(a|b|c)" offers alternatives for one
 * word, "[word]" makes one word optional, "#" stands for a number ("3", "drie", "een paar")
 * and "~" for up to six words in between ("kwam ~ ter wereld").
 * Matching ignores case and extra spaces.
 */
export const PhraseSource = z
  .string()
  .min(2)
  // Room for a slot of alternatives that several phrases share (bones, wards, stays).
  .max(400)
  .regex(/^[\p{L}\p{N}'’ ()|[\]#~-]+$/u, 'only letters, digits, spaces, (a|b), [optional], # and ~');

export const PhraseEntry = z.object({
  phrases: z.array(PhraseSource).min(1),
  severity: z.enum(['stop', 'check', 'tip']),
  // The shape of a text, not a text: each data file fills these from its own catalogue
  // (texts.text(key)), so the words live there; this schema only checks what arrives.
  message: z.object({ nl: z.string().min(5), en: z.string().min(5) }),
  explanation: z.object({ nl: z.string().min(5), en: z.string().min(5) }).optional(),
  /** Replacements for the matched phrase, best first ('' removes it). */
  suggestions: z.array(z.object({ nl: z.string(), en: z.string() })).default([]),
});
export type PhraseEntry = z.infer<typeof PhraseEntry>;

export type PhraseHit<E> = { start: number; end: number; entry: E };

// "-" needs no escape outside a class, and "\-" is an error in a unicode regex (niet-deskundige).
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** What "#" matches: a count in digits or in words, as people write a stay or an age. */
const NUMBER =
  '(?:\\d{1,3}|een\\s+paar|een\\s+aantal|enkele|anderhalve?|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien|veertien|vijftien|zestien|twintig|dertig|een)';

// A word of the gap may hold a dot or a colon inside ("om 0.02 uur"), never at its end.
const GAP = "(?:\\s+[\\p{L}\\p{N}](?:[\\p{L}\\p{N}'’.:-]*[\\p{L}\\p{N}])?){0,6}";

/** Splits on spaces outside (…) and […], so "(niet|echt niet)" stays one slot. */
function slots(phrase: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of phrase.trim().toLowerCase()) {
    if (ch === '(' || ch === '[') depth++;
    if (ch === ')' || ch === ']') depth = Math.max(0, depth - 1);
    if (/\s/.test(ch) && depth === 0) {
      if (current) out.push(current);
      current = '';
    } else current += ch;
  }
  if (current) out.push(current);
  return out;
}

const words = (s: string) =>
  s
    .trim()
    .split(/\s+/)
    .map((w) => (w === '#' ? NUMBER : escape(w).replace(/['’]/g, "['’]")))
    .join('\\s+');

/** One phrase -> regex source. Words are literal; only the data's own (|) and [] add structure. */
export function phraseSource(phrase: string): string {
  let out = '';
  // Until a word that must be there, optional words carry the space after them: a pattern that
  // could start with \s+ would try every space of a long run of spaces again (quadratic), and
  // would put the space before the phrase into the match.
  let started = false;
  for (const slot of slots(phrase)) {
    // A bounded gap of whole words: each try is at most six words long, so matching stays linear.
    if (slot === '~') {
      out += GAP;
      continue;
    }
    const optional = /^\[.+\]$/.test(slot);
    const body = optional ? slot.slice(1, -1) : slot;
    const alternatives = /^\(.+\)$/.test(body) ? body.slice(1, -1).split('|') : [body];
    const group = `(?:${alternatives.map(words).join('|')})`;
    if (!started) out += optional ? `(?:${group}\\s+)?` : group;
    else out += optional ? `(?:\\s+${group})?` : `\\s+${group}`;
    if (!optional) started = true;
  }
  return out;
}

/**
 * Compiles entries into one regex run over the text once. Alternation of literal words
 * separated by \s+ has no nested quantifiers, so it stays linear on any input.
 */
export function compilePhrases<E extends { phrases: string[] }>(entries: readonly E[]) {
  const owners: E[] = [];
  const sources: string[] = [];
  for (const entry of entries) {
    for (const phrase of entry.phrases) {
      sources.push(`(${phraseSource(phrase)})`);
      owners.push(entry);
    }
  }
  if (!sources.length) return (): PhraseHit<E>[] => [];
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${sources.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  return (text: string): PhraseHit<E>[] => {
    const hits: PhraseHit<E>[] = [];
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const index = m.findIndex((g, i) => i > 0 && g !== undefined);
      hits.push({ start: m.index, end: m.index + m[0].length, entry: owners[index - 1] });
      if (m[0].length === 0) re.lastIndex++;
    }
    return hits;
  };
}

/** Phrase hits as rule hits, in the user's language. */
export function phraseHits(
  hits: PhraseHit<PhraseEntry>[],
  t: (text: { nl: string; en: string }) => string,
  severity?: Severity,
) {
  return hits.map((hit) => ({
    severity: severity ?? hit.entry.severity,
    start: hit.start,
    end: hit.end,
    message: t(hit.entry.message),
    ...(hit.entry.explanation ? { explanation: t(hit.entry.explanation) } : {}),
    suggestions: hit.entry.suggestions.map((s) => t(s)),
  }));
}
