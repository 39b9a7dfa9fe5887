import type { Compiled } from './format';

const LAST = 1 << 15;
const MASK_INDEX = 0x7fff;

/** Read access to the compiled DAWG: exact look-ups and prefix walks, no allocation per step. */
export class Dawg {
  readonly edges: Uint32Array;
  readonly masks: Uint32Array;

  constructor(compiled: Compiled) {
    this.edges = compiled.edges;
    this.masks = compiled.masks;
  }

  /** The edge for `code` among the edges starting at `node`, or -1. */
  edge(node: number, code: number): number {
    const e = this.edges;
    for (let i = node; ; i++) {
      const w = e[i * 2];
      const c = w >>> 16;
      if (c === code) return i;
      if (w & LAST || c > code) return -1;
    }
  }

  child(edge: number): number {
    return this.edges[edge * 2 + 1];
  }

  maskIndex(edge: number): number {
    return this.edges[edge * 2] & MASK_INDEX;
  }

  lo(maskIndex: number): number {
    return this.masks[maskIndex * 2];
  }

  hi(maskIndex: number): number {
    return this.masks[maskIndex * 2 + 1];
  }

  /** Mask index of the word text[from, to), 0 when it is no form. */
  lookup(text: string, from = 0, to = text.length): number {
    if (to <= from) return 0;
    let node = 0;
    for (let i = from; i < to; i++) {
      if (i > from) {
        node = this.child(node);
        if (node === 0) return 0;
      }
      const e = this.edge(node, text.charCodeAt(i));
      if (e < 0) return 0;
      node = e;
    }
    return this.maskIndex(node);
  }

  /** Calls visit(end, maskIndex) for every form that is a prefix of text[from...]; stops when it returns true. */
  prefixes(text: string, from: number, visit: (end: number, mask: number) => boolean): boolean {
    let node = 0;
    for (let i = from; i < text.length; i++) {
      const e = this.edge(node, text.charCodeAt(i));
      if (e < 0) return false;
      const m = this.maskIndex(e);
      if (m !== 0 && visit(i + 1, m)) return true;
      node = this.child(e);
      if (node === 0) return false;
    }
    return false;
  }

  /** Every edge leaving `node` (for suggestion search). */
  *children(node: number): Generator<number> {
    for (let i = node; ; i++) {
      yield i;
      if (this.edges[i * 2] & LAST) return;
    }
  }

  code(edge: number): number {
    return this.edges[edge * 2] >>> 16;
  }
}
