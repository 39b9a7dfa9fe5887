import { PAIR_EDITS, weightedDistance } from './costs';
import type { DutchSpellEngine } from './engine';
import { FORBIDDEN, NOSUGGEST, WORD } from './format';

const ALPHABET = [..."abcdefghijklmnopqrstuvwxyzéëèïöü-'"];
/** Suggestions further than this (weighted) are more confusing than helpful. */
const MAX_COST = 2.2;
/** Words longer than this get no suggestions: they are codes or pasted junk. */
const MAX_LENGTH = 60;

type Shape = 'lower' | 'capital' | 'upper';

function shapeOf(word: string): Shape {
  if (word.length > 1 && word === word.toUpperCase() && word !== word.toLowerCase()) return 'upper';
  if (word[0] !== word[0].toLowerCase()) return 'capital';
  return 'lower';
}

function reshape(word: string, shape: Shape): string {
  if (shape === 'upper') return word.toUpperCase();
  if (shape === 'capital')
    return word.startsWith('ij') ? `IJ${word.slice(2)}` : word[0].toUpperCase() + word.slice(1);
  return word;
}

const sorted = (s: string) => [...s].sort().join('');

/** One edit away: deletions, swaps, replacements, insertions, and the two-letter confusions. */
function* edits1(w: string): Generator<string> {
  for (let i = 0; i <= w.length; i++) {
    if (i < w.length) yield w.slice(0, i) + w.slice(i + 1);
    if (i + 1 < w.length) yield w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2);
    for (const c of ALPHABET) {
      if (i < w.length && c !== w[i]) yield w.slice(0, i) + c + w.slice(i + 1);
      yield w.slice(0, i) + c + w.slice(i);
    }
  }
  for (const [from, to] of PAIR_EDITS) {
    for (let i = w.indexOf(from); i !== -1; i = w.indexOf(from, i + 1))
      yield w.slice(0, i) + to + w.slice(i + from.length);
  }
}

/** Dictionary forms within `max` plain edits (with swaps), found by walking the DAWG once. */
function nearForms(engine: DutchSpellEngine, w: string, max: number, budget = 200_000): string[] {
  const { dawg } = engine;
  const out: string[] = [];
  const n = w.length;
  let steps = 0;
  const first = Array.from({ length: n + 1 }, (_, i) => i);
  const walk = (node: number, prefix: string, prev: number[], prevPrev: number[] | null) => {
    for (const e of dawg.children(node)) {
      if (++steps > budget) return;
      const c = String.fromCharCode(dawg.code(e));
      const row = [prev[0] + 1];
      let min = row[0];
      for (let j = 1; j <= n; j++) {
        let v = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (w[j - 1] === c ? 0 : 1));
        if (prevPrev && j > 1 && w[j - 1] === prefix[prefix.length - 1] && w[j - 2] === c)
          v = Math.min(v, prevPrev[j - 2] + 1);
        row.push(v);
        if (v < min) min = v;
      }
      const word = prefix + c;
      const m = dawg.maskIndex(e);
      if (m !== 0 && row[n] <= max) {
        const lo = dawg.lo(m);
        if (lo & WORD && !(lo & (NOSUGGEST | FORBIDDEN))) out.push(word);
      }
      const child = dawg.child(e);
      if (child !== 0 && min <= max) walk(child, word, row, prev);
    }
  };
  walk(0, '', first, null);
  return out;
}

/**
 * Ranked corrections for a word the engine rejects: candidates from single edits (checked
 * with compounds, so zorgmedewekers finds zorgmedewerkers), from a DAWG walk within two edits,
 * and from a missing space; ranked by the Dutch-aware weighted distance.
 */
export function suggest(engine: DutchSpellEngine, word: string, limit: number): string[] {
  if (!word || word.length > MAX_LENGTH || limit <= 0) return [];
  const shape = shapeOf(word);
  const w = shape === 'lower' ? word : word.toLowerCase();
  const costs = new Map<string, number>();
  const consider = (candidate: string, cost: number) => {
    if ((candidate === w && cost > 0) || cost > MAX_COST) return;
    const old = costs.get(candidate);
    if (old === undefined || cost < old) costs.set(candidate, cost);
  };
  const accepts = (c: string) =>
    engine.exact(c) || (shape !== 'lower' && engine.exact(reshape(c, 'capital')));

  // Only the capitals are wrong: jansen -> Jansen, Ijsland -> IJsland.
  if (word !== reshape(w, 'capital') && engine.exact(reshape(w, 'capital'))) consider(w, 0);
  for (const c of new Set(edits1(w))) if (c && accepts(c)) consider(c, weightedDistance(w, c));
  const good = [...costs.values()].filter((c) => c <= 1).length;
  if (good < limit && w.length >= 3) {
    for (const c of nearForms(engine, w, w.length > 4 ? 2 : 1)) consider(c, weightedDistance(w, c));
  }
  // A missing space (goedemorgenallemaal), only when no single word is near: a typo in one word
  // split into two (kof ie, markt plaats) is wrong Dutch. Both halves are words of their own.
  if (![...costs.values()].some((c) => c <= 1)) {
    for (let i = 3; i <= w.length - 3; i++) {
      const a = w.slice(0, i);
      const b = w.slice(i);
      if (engine.exact(a) && engine.exact(b)) consider(`${a} ${b}`, 0.8);
    }
  }
  const out: string[] = [];
  // At equal cost: the typed letters all kept (a swap: leets -> leest, not sleets), then the typed
  // length (a letter replaced: vieuws -> nieuws, not views), then the same first letter.
  const letters = sorted(w);
  const ranked = [...costs.entries()].sort(
    (a, b) =>
      a[1] - b[1] ||
      Number(sorted(b[0]) === letters) - Number(sorted(a[0]) === letters) ||
      Number(b[0].length === w.length) - Number(a[0].length === w.length) ||
      Number(b[0][0] === w[0]) - Number(a[0][0] === w[0]) ||
      (a[0] < b[0] ? -1 : 1),
  );
  for (const [c] of ranked) {
    if (out.length >= limit) break;
    // Half a compound (koffie-) is no word to put in a sentence.
    if (c.startsWith('-') || c.endsWith('-')) continue;
    const shaped = reshape(c, shape === 'lower' && !c.includes(' ') && !engine.exact(c) ? 'capital' : shape);
    // Once each, after the capitals are put back (jansen -> Jansen once).
    if (shaped !== word && !out.includes(shaped)) out.push(shaped);
  }
  return out;
}
