import { AMBIGUOUS_FIRST_NAMES } from '../../data/names';
import type { SpellEngine } from '../../rule';
import { isFirstName } from '../../text/first-names';
import { wordCase } from '../../text/lexicon';

/**
 * Reading text that OCR took from a photo. A whiteboard, a wristband or a badge is written
 * in a shorthand a post is not ("K12", "JANSEN, M.", a first name alone on a badge), and OCR
 * makes the same few mistakes every time (an "I" or "l" for a "1" in a number, "é" for "ë").
 */

/**
 * The text with OCR's look-alike mistakes undone, letter for letter (the same length, so
 * every offset still points into what was read):
 * - in a number (groups of digits, maybe after a room's "K"), "O"/"o" was a 0 and "I", "l",
 *   "|" or "!" a 1: "KI2" is K12, "1112223O3" and "II! 222 333" a BSN;
 * - an "é" or "è" after an "i" before "n" was an "ë": "Patiéntnummer", "Cliént";
 * - a title before a name: "Mu. Jansen", "Nw. Bakker" was "Mw.", "dur. P. de Vries" "dhr.";
 * - a label's comma after a surname in capitals: "BAKKER: H." was "BAKKER, H.".
 */
export function repairedOcr(text: string): string {
  return text
    .replace(DIGIT_RUN, (run: string, prefix: string | undefined, digits: string) => {
      const chars = digits.replace(/[ .]/g, '');
      const real = (chars.match(/\d/g) ?? []).length;
      // Mostly real digits: a number with a letter or two misread, not a word with a digit.
      if (chars.length < 2 || real === 0 || chars.length - real > Math.max(1, chars.length / 3)) return run;
      return (prefix ?? '') + digits.replace(/[Oo]/g, '0').replace(/[Il|!]/g, '1');
    })
    .replace(/(?<=\p{L}i)[éè](?=n)/gu, 'ë')
    .replace(/(?<![\p{L}])[MN][uvw]\.(?= \p{Lu})/gu, 'Mw.')
    .replace(/(?<![\p{L}])d[hu][rn]\.(?= \p{Lu})/gu, 'dhr.')
    .replace(/(?<=\p{Lu}{3}):(?= ?\p{Lu}\.)/gu, ',');
}

/** Groups of digits and look-alikes (one space or dot between groups), maybe after a room's "K". */
const DIGIT_RUN = /(?<![\p{L}\p{N}])([kK]\.?)?([\dOoIl|!]+(?:[ .][\dOoIl|!]+)*)(?![\p{L}\p{N}])/gu;

/**
 * Rooms as boards and lists write them: "K12", "k.12", "K. 4", "kmr 7", "Kamer: 12", "bed: 3".
 * A bare "K" needs the number right after it (or after its dot), so "k 3" in texture is not one.
 */
const BOARD_ROOM =
  /(?<![\p{L}\p{N}])(?:[kK](?:\.\s?)?\d{1,3}|[kK]mr\.?\s?\d{1,3}|(?:[kK]amer(?:nr\.?)?|[bB]ed|[zZ]aal)\s?[:.]\s?\d{1,3})[a-dA-D]?(?![\p{L}\p{N}])/gu;

/** A name as labels print it, surname in capitals and an initial: "JANSEN, M.", "DE VRIES, P.". */
const LABEL_NAME = /(?<![\p{L}])(?:\p{Lu}{2,} )?\p{Lu}{3,}(?:-\p{Lu}{2,})?, ?\p{Lu}(?:\.|(?![\p{L}]))/gu;

/**
 * A patient number as wristbands and labels print it, in short: "Pnr 20481123", "P.nr: 448219",
 * "PID 0091823" (the draft's rule knows the words written out).
 */
const LABEL_PATIENT_NUMBER =
  /(?<![\p{L}])(?:[pP]\.?\s?[nN][rR]|PID|[pP]id)\.?:?\s?(\d{5,10})(?![\p{L}\p{N}])/gu;

export type PhotoReading = { kind: 'room' | 'name' | 'patient-number'; start: number; end: number };

/** Rooms, label names, patient numbers and first names on their own that a board, wristband or badge shows. */
export function photoReadings(text: string, spell?: SpellEngine): PhotoReading[] {
  const out: PhotoReading[] = [];
  const rooms: PhotoReading[] = [];
  for (const m of text.matchAll(BOARD_ROOM))
    rooms.push({ kind: 'room', start: m.index, end: m.index + m[0].length });
  out.push(...rooms);
  for (const m of text.matchAll(LABEL_NAME))
    out.push({ kind: 'name', start: m.index, end: m.index + m[0].trimEnd().length });
  for (const m of text.matchAll(LABEL_PATIENT_NUMBER)) {
    const end = m.index + m[0].length;
    out.push({ kind: 'patient-number', start: end - m[1].length, end });
  }
  out.push(...firstNamesAlone(text, rooms, spell));
  return out;
}

/**
 * A first name where a board or a badge puts one: alone on its line ("Sanne" on a badge), at
 * the head of a line before ":" or "-" ("Eva: bellen met dochter"), or in a line that starts
 * with a room ("k.15 Anna valrisico"). In running text a first name alone says little; here it
 * labels a person. Names that are also Dutch words ("Roos", "Mei") only count with the
 * dictionary's word that they are names.
 */
const noWord = (s: string) => !/[\p{L}\p{N}]/u.test(s);

function firstNamesAlone(text: string, rooms: PhotoReading[], spell?: SpellEngine): PhotoReading[] {
  const out: PhotoReading[] = [];
  let lineStart = 0;
  for (const line of text.split('\n')) {
    const words = [...line.matchAll(/\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?/gu)];
    const startsWithRoom = rooms.some((r) => r.start >= lineStart && r.start <= lineStart + 2);
    for (const w of words) {
      const lower = w[0].toLowerCase();
      if (!isFirstName(lower)) continue;
      // What OCR makes of a logo or a clip beside the name ("€)") is no word.
      const before = line
        .slice(0, w.index)
        .replace(/[^\p{L}\p{N}]+$/u, '')
        .trim();
      const after = line.slice(w.index + w[0].length).trim();

      const alone = noWord(before) && noWord(after);
      const heading = noWord(before) && /^[:–-]/.test(after);
      const inRoomRow = startsWithRoom && w.index > 0;
      if (!alone && !heading && !inRoomRow) continue;
      if (AMBIGUOUS_FIRST_NAMES.has(lower) && wordCase(spell, lower) !== 'proper') continue;
      out.push({ kind: 'name', start: lineStart + w.index, end: lineStart + w.index + w[0].length });
    }
    lineStart += line.length + 1;
  }
  return out;
}
