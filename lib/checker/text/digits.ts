/** A number as written: digit groups joined by single separators (111 222 333, 85.07.30-033.28). */
export type DigitCandidate = { start: number; end: number; digits: string };

type Group = { start: number; end: number; sepBefore: string };

const isDigit = (c: number) => c >= 48 && c <= 57;
const SPACES = ' \u00a0\u202f';

/** Characters that make a digit run part of a longer token (A123, 12ab, #123, 12/03). */
const GLUE = /[\p{L}\p{N}_@#/]/u;

/**
 * Finds numbers with `min`..`max` digits; `separator` is a sticky regex for what may stand
 * between two groups (one character by default). A run of groups may be cut only where the
 * separator is a space, so "kamer 12 111222333" still yields 111222333, while
 * "1112.22.333" stays one number. Linear in the text: each group is looked at a
 * bounded number of times.
 */
export function digitCandidates(
  text: string,
  min: number,
  max: number,
  separator: RegExp = /[ .\-\u00a0\u202f]/y,
): DigitCandidate[] {
  const sep = new RegExp(separator.source, 'y');
  const out: DigitCandidate[] = [];
  let i = 0;
  while (i < text.length) {
    if (!isDigit(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const runStart = i;
    const groups: Group[] = [];
    let sepBefore = '';
    for (;;) {
      const start = i;
      while (i < text.length && isDigit(text.charCodeAt(i))) i++;
      groups.push({ start, end: i, sepBefore });
      sep.lastIndex = i;
      const m = sep.exec(text);
      if (m && m[0].length > 0 && isDigit(text.charCodeAt(i + m[0].length))) {
        sepBefore = m[0];
        i += m[0].length;
        continue;
      }
      break;
    }
    const before = text[runStart - 1];
    const after = text[i];
    const glued = (before !== undefined && GLUE.test(before)) || (after !== undefined && GLUE.test(after));
    // A decimal or a dotted sequence ("12,5", "3.111222333"): the run is not a whole number.
    const dotted =
      ((after === '.' || after === ',') && isDigit(text.charCodeAt(i + 1))) ||
      ((before === '.' || before === ',') && isDigit(text.charCodeAt(runStart - 2)));
    if (!glued && !dotted) collectWindows(text, groups, min, max, out);
  }
  return out;
}

function collectWindows(text: string, groups: Group[], min: number, max: number, out: DigitCandidate[]) {
  const cutAt = (k: number) => k === 0 || k === groups.length || SPACES.includes(groups[k].sepBefore[0]);
  for (let a = 0; a < groups.length; a++) {
    if (!cutAt(a)) continue;
    let count = 0;
    for (let b = a; b < groups.length; b++) {
      count += groups[b].end - groups[b].start;
      if (count > max) break;
      if (count >= min && cutAt(b + 1)) {
        const start = groups[a].start;
        const end = groups[b].end;
        out.push({ start, end, digits: text.slice(start, end).replace(/\D/g, '') });
      }
    }
  }
}

/** Keeps the longest of overlapping candidates that pass `valid`, left to right. */
export function pickValid<T extends { start: number; end: number }>(
  candidates: T[],
  valid: (c: T) => boolean,
): T[] {
  const ok = candidates.filter(valid).sort((x, y) => x.start - y.start || y.end - x.end);
  const out: T[] = [];
  for (const c of ok) {
    const last = out[out.length - 1];
    if (last && c.start < last.end) continue;
    out.push(c);
  }
  return out;
}
