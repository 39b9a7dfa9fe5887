/** A word list with one mask index per word, as a minimal DAWG (Daciuk's incremental algorithm). */
type Edge = { c: number; m: number; child: Node };
type Node = { edges: Edge[]; id: number };

const MAX_MASK = 0x7fff;

/**
 * Builds the edge array described in format.ts. `words` must be sorted by UTF-16 code units
 * and unique; equal sub-trees (same letters, masks and children) are stored once.
 */
export function buildDawg(words: readonly string[], maskIndex: (word: string) => number): Uint32Array {
  const register = new Map<string, Node>();
  const order: Node[] = [];
  const root: Node = { edges: [], id: -1 };
  let path: Node[] = [root];
  let prev = '';

  const signature = (n: Node) => n.edges.map((e) => `${e.c},${e.m},${e.child.id}`).join(';');
  const minimize = (downTo: number) => {
    for (let i = path.length - 1; i > downTo; i--) {
      const node = path[i];
      const sig = signature(node);
      const known = register.get(sig);
      const parentEdges = path[i - 1].edges;
      if (known) parentEdges[parentEdges.length - 1].child = known;
      else {
        node.id = order.length;
        order.push(node);
        register.set(sig, node);
      }
    }
    path = path.slice(0, downTo + 1);
  };

  for (const word of words) {
    if (word <= prev && prev !== '') throw new Error(`words not sorted or not unique at ${word}`);
    let common = 0;
    while (common < word.length && common < prev.length && word[common] === prev[common]) common++;
    minimize(common);
    for (let i = common; i < word.length; i++) {
      const child: Node = { edges: [], id: -1 };
      path[i].edges.push({ c: word.charCodeAt(i), m: 0, child });
      path.push(child);
    }
    const m = maskIndex(word);
    if (m < 1 || m > MAX_MASK) throw new Error(`mask index ${m} out of range`);
    const parent = path[word.length - 1];
    parent.edges[parent.edges.length - 1].m = m;
    prev = word;
  }
  minimize(0);

  // Root first at offset 0, then every registered node with edges, in registration order.
  const offsets = new Map<Node, number>();
  let next = root.edges.length;
  offsets.set(root, 0);
  for (const node of order) {
    if (node.edges.length === 0) continue;
    offsets.set(node, next);
    next += node.edges.length;
  }
  const out = new Uint32Array(next * 2);
  for (const node of [root, ...order]) {
    const at = offsets.get(node);
    if (at === undefined) continue;
    node.edges.forEach((e, k) => {
      const last = k === node.edges.length - 1 ? 1 << 15 : 0;
      out[(at + k) * 2] = ((e.c << 16) | last | e.m) >>> 0;
      out[(at + k) * 2 + 1] = offsets.get(e.child) ?? 0;
    });
  }
  return out;
}
