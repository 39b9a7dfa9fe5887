/** Dutch-aware edit costs: cheap for the mistakes Dutch writers make, dear for random ones. */

const ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];

/** Keys next to each other on a QWERTY keyboard (also the AZERTY swaps a/q, z/w, m/l in Flanders). */
const NEIGHBOURS = (() => {
  const map = new Map<string, Set<string>>();
  const link = (a: string, b: string) => {
    if (!map.has(a)) map.set(a, new Set());
    if (!map.has(b)) map.set(b, new Set());
    map.get(a)?.add(b);
    map.get(b)?.add(a);
  };
  ROWS.forEach((row, r) => {
    for (let i = 0; i < row.length; i++) {
      if (i + 1 < row.length) link(row[i], row[i + 1]);
      const below = ROWS[r + 1];
      if (below) {
        if (below[i]) link(row[i], below[i]);
        if (i > 0 && below[i - 1]) link(row[i], below[i - 1]);
      }
    }
  });
  link('a', 'q');
  link('z', 'w');
  link('m', 'l');
  return map;
})();

/** Letters that sound alike or differ only in an accent. */
const SOUND_ALIKE = new Set(['d|t', 's|z', 'f|v', 'c|k', 'c|s', 'g|ch', 'y|i', 'x|ks']);
const ACCENTS: Record<string, string> = {
  é: 'e',
  è: 'e',
  ë: 'e',
  ê: 'e',
  ï: 'i',
  î: 'i',
  ö: 'o',
  ô: 'o',
  ü: 'u',
  û: 'u',
  á: 'a',
  à: 'a',
  ä: 'a',
};
const base = (c: string) => ACCENTS[c] ?? c;

export function substitutionCost(a: string, b: string): number {
  if (a === b) return 0;
  if (base(a) === base(b)) return 0.3;
  if (SOUND_ALIKE.has(`${a}|${b}`) || SOUND_ALIKE.has(`${b}|${a}`)) return 0.6;
  if (NEIGHBOURS.get(a)?.has(b)) return 0.6;
  return 1;
}

/** Two-letter confusions: ij/ei, au/ou, dt/d/t at the end, ch/g. */
const PAIRS: [string, string, number][] = [
  ['ij', 'ei', 0.3],
  ['au', 'ou', 0.3],
  ['ij', 'y', 0.4],
  ['dt', 'd', 0.3],
  ['dt', 't', 0.3],
  ['ch', 'g', 0.5],
  ['ie', 'i', 0.6],
  ['ee', 'e', 0.4],
  ['oo', 'o', 0.4],
  ['uu', 'u', 0.4],
  ['aa', 'a', 0.4],
];

/** The replacements worth trying when generating candidates: [from, to]. */
export const PAIR_EDITS: [string, string][] = PAIRS.flatMap(([x, y]) => [
  [x, y],
  [y, x],
]);

/**
 * Weighted Damerau-Levenshtein distance (optimal string alignment) with the costs above:
 * doubled letters 0.4, swapped neighbours 0.6, two-letter confusions as listed.
 */
export function weightedDistance(a: string, b: string): number {
  const n = a.length;
  const m = b.length;
  const d: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = 1; i <= n; i++) d[i][0] = d[i - 1][0] + indelCost(a, i - 1);
  for (let j = 1; j <= m; j++) d[0][j] = d[0][j - 1] + omissionCost(b, j - 1);
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      let best = Math.min(
        d[i - 1][j] + indelCost(a, i - 1),
        d[i][j - 1] + omissionCost(b, j - 1),
        d[i - 1][j - 1] + substitutionCost(a[i - 1], b[j - 1]),
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, d[i - 2][j - 2] + SWAP);
      for (const [x, y, cost] of PAIRS) {
        best = Math.min(best, pairCost(a, b, i, j, x, y, cost, d), pairCost(a, b, i, j, y, x, cost, d));
      }
      d[i][j] = best;
    }
  }
  return d[n][m];
}

function pairCost(
  a: string,
  b: string,
  i: number,
  j: number,
  x: string,
  y: string,
  cost: number,
  d: number[][],
): number {
  if (i < x.length || j < y.length) return Infinity;
  if (!a.startsWith(x, i - x.length) || !b.startsWith(y, j - y.length)) return Infinity;
  // dt only counts at the end of a word, where the verb ending is.
  if ((x === 'dt' || y === 'dt') && (i !== a.length || j !== b.length)) return Infinity;
  return d[i - x.length][j - y.length] + cost;
}

/**
 * A letter of the intended word left out of the typed one (kofie, bljf): the commonest slip
 * of a quick typist, so a little cheaper than hitting a neighbouring key (0.6).
 */
export const OMISSION = 0.5;

/**
 * Two neighbouring letters swapped (leets, wrekbezoek): as common a slip as a letter left out, so
 * the same cost; dearer, a letter added to the typo (sleets) would beat the swap back (leest).
 */
export const SWAP = 0.5;

function omissionCost(word: string, k: number): number {
  return Math.min(indelCost(word, k), OMISSION);
}

/** Inserting or deleting a letter next to the same letter (a doubled letter) or a hyphen is cheap. */
function indelCost(s: string, k: number): number {
  const c = s[k];
  if (c === '-' || c === "'") return 0.4;
  if (s[k - 1] === c || s[k + 1] === c) return 0.4;
  return 1;
}
