/** A run of visible characters inside one DOM text node, for mapping offsets back to the DOM. */
export type Segment = { node: Text; nodeStart: number; start: number; length: number };

export type ReadResult = { text: string; segments: Segment[] };

const BLOCKS = new Set([
  'P',
  'DIV',
  'LI',
  'UL',
  'OL',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'BLOCKQUOTE',
  'PRE',
  'TR',
  'TABLE',
  'SECTION',
  'ARTICLE',
]);
const SKIPPED = new Set(['STYLE', 'SCRIPT', 'TEMPLATE', 'NOSCRIPT']);
/** Zero-width characters editors insert for caret placement; never part of what the user sees. */
const INVISIBLE = /[\u200B\uFEFF\u2060]/g;

/**
 * Reads a contenteditable as the user sees it: one line per block (Lexical/Quill/ProseMirror
 * paragraphs, Draft.js blocks, plain divs), <br> as a line break except the filler <br> that
 * keeps an empty or trailing line open, zero-width characters and aria-hidden parts left out.
 */
export function readEditable(root: Element): ReadResult {
  const parts: string[] = [];
  const segments: Segment[] = [];
  let length = 0;
  let lines = 0;
  let lineOpen = false;

  const emit = (s: string) => {
    parts.push(s);
    length += s.length;
  };
  const startLine = () => {
    if (lines > 0) emit('\n');
    lines += 1;
    lineOpen = true;
  };

  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      const data = (node as Text).data;
      if (data.length === 0) return;
      if (!lineOpen) startLine();
      addText(node as Text, data);
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (SKIPPED.has(el.tagName) || el.getAttribute('aria-hidden') === 'true') return;
    if (el.tagName === 'BR') {
      if (!lineOpen) startLine();
      else if (!isFiller(el, root)) emit('\n');
      return;
    }
    if (el.tagName === 'IMG') {
      // Emoji images (Facebook, LinkedIn) carry the character in alt.
      const alt = el.getAttribute('alt');
      if (alt && alt.length <= 8) {
        if (!lineOpen) startLine();
        emit(alt);
      }
      return;
    }
    const block = el !== root && BLOCKS.has(el.tagName);
    if (!block) {
      for (let c = el.firstChild; c; c = c.nextSibling) walk(c);
      return;
    }
    lineOpen = false;
    const before = lines;
    for (let c = el.firstChild; c; c = c.nextSibling) walk(c);
    // An empty paragraph is still a line the user sees.
    if (lines === before && !hasBlockChild(el)) startLine();
    lineOpen = false;
  };

  const addText = (node: Text, data: string) => {
    INVISIBLE.lastIndex = 0;
    if (!INVISIBLE.test(data)) {
      segments.push({ node, nodeStart: 0, start: length, length: data.length });
      emit(data);
      return;
    }
    let from = 0;
    for (let i = 0; i <= data.length; i++) {
      const cut = i === data.length || /[\u200B\uFEFF\u2060]/.test(data[i]);
      if (!cut) continue;
      if (i > from) {
        segments.push({ node, nodeStart: from, start: length, length: i - from });
        emit(data.slice(from, i));
      }
      from = i + 1;
    }
  };

  walk(root);
  return { text: parts.join(''), segments };
}

/** A <br> with nothing visible after it in its block only holds the line open. */
function isFiller(br: Element, root: Element): boolean {
  let node: Node | null = br;
  while (node && node !== root) {
    for (let s = node.nextSibling; s; s = s.nextSibling) {
      if (s.nodeType === 3 ? (s as Text).data.replace(INVISIBLE, '').length > 0 : s.nodeType === 1)
        return false;
    }
    node = node.parentNode;
    if (node && node.nodeType === 1 && BLOCKS.has((node as Element).tagName)) return true;
  }
  return true;
}

function hasBlockChild(el: Element): boolean {
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) if (BLOCKS.has(c.tagName)) return true;
  return false;
}
