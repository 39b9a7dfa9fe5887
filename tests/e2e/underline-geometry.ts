import type { Locator, Page } from 'playwright-core';

/** A rectangle in viewport pixels. */
export type Box = { left: number; top: number; right: number; bottom: number };

/** What the extension underlines now: per marked text, the rectangles of its underline. */
export type Drawn = { text: string; start: number; rects: Box[] }[];

/**
 * The underlines as the page sees them, read in the page's main world: the ranges in the
 * page's highlight registry (their client rectangles), or the boxes in the extension's
 * `zorgvuldig-underlines` shadow root. `text` is the marked text as the test reads it.
 */
export function drawnUnderlines(editor: Locator): Promise<{ mode: string; drawn: Drawn }> {
  return editor.evaluate((el) => {
    const doc = el.ownerDocument;
    const win = doc.defaultView!;
    const box = (r: DOMRect) => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });
    const registry = (win.CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights;
    const drawn: { text: string; start: number; rects: ReturnType<typeof box>[] }[] = [];
    const names = ['zorgvuldig-stop', 'zorgvuldig-check', 'zorgvuldig-tip'];
    const ranges = names.flatMap((n) => [...(registry?.get(n) ?? [])]);
    if (ranges.length > 0) {
      for (const r of ranges)
        drawn.push({
          text: r.toString(),
          start: -1,
          rects: [...r.getClientRects()].filter((x) => x.width > 0).map(box),
        });
      return { mode: 'highlights', drawn };
    }
    const host = doc.querySelector('zorgvuldig-underlines');
    const value = el instanceof win.HTMLTextAreaElement ? el.value : (el.textContent ?? '');
    const byStart = new Map<number, ReturnType<typeof box>[]>();
    for (const b of host?.shadowRoot?.querySelectorAll<HTMLElement>('.box') ?? []) {
      const start = Number(b.dataset.start);
      byStart.set(start, [...(byStart.get(start) ?? []), box(b.getBoundingClientRect())]);
    }
    // The box's finding length is not on the box: the test matches by start and expected text.
    for (const [start, rects] of byStart) drawn.push({ text: value.slice(start), start, rects });
    return { mode: host ? 'boxes' : 'none', drawn };
  });
}

/**
 * The client rectangles of `word` (its `nth` copy) in a contenteditable editor, from a DOM
 * range the test builds itself over the editor's text nodes.
 */
export function wordRects(editor: Locator, word: string, nth = 0): Promise<Box[]> {
  return editor.evaluate(
    (el, [w, n]) => {
      const doc = el.ownerDocument;
      const walker = doc.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      const nodes: { node: Text; at: number }[] = [];
      let text = '';
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        nodes.push({ node, at: text.length });
        text += node.data;
      }
      let index = -1;
      for (let i = 0; i <= (n as number); i++) index = text.indexOf(w as string, index + 1);
      if (index < 0) return [];
      const end = index + (w as string).length;
      const find = (offset: number, isEnd: boolean) => {
        const hit = nodes.find((x) =>
          isEnd
            ? offset > x.at && offset <= x.at + x.node.length
            : offset >= x.at && offset < x.at + x.node.length,
        )!;
        return { node: hit.node, offset: offset - hit.at };
      };
      const range = doc.createRange();
      const a = find(index, false);
      const b = find(end, true);
      range.setStart(a.node, a.offset);
      range.setEnd(b.node, b.offset);
      return [...range.getClientRects()]
        .filter((r) => r.width > 0)
        .map((r) => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom }));
    },
    [word, nth] as const,
  );
}

/**
 * Where `[start, end)` of a textarea's value is drawn, measured without any copy of its text:
 * the test selects that span and compares a screenshot of the text area with one where the
 * textarea is not focused (no selection painted). The changed pixels, row by row, are the
 * selection's boxes: the browser's own layout of those characters.
 */
export async function textareaSpanRects(
  page: Page,
  area: Locator,
  start: number,
  end: number,
): Promise<Box[]> {
  const clip = await area.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const s = getComputedStyle(el);
    const left = r.left + el.clientLeft + 1;
    const top = r.top + el.clientTop + 1;
    return {
      x: Math.ceil(left),
      y: Math.ceil(top),
      width: Math.floor(el.clientWidth - 2),
      height: Math.floor(el.clientHeight - 2),
      pad: parseFloat(s.paddingLeft),
    };
  });
  const region = { x: clip.x, y: clip.y, width: clip.width, height: clip.height };
  // Our underlines lie over the text in both pictures and would hide the selection under them.
  const layer = page.locator('zorgvuldig-underlines');
  await layer.evaluate((el) => ((el as HTMLElement).style.visibility = 'hidden'));
  const caret = await area.evaluate((el) => {
    const t = el as HTMLTextAreaElement;
    t.blur();
    return [t.selectionStart, t.selectionEnd, t.scrollTop] as const;
  });
  const plain = (await page.screenshot({ clip: region, animations: 'disabled', caret: 'hide' })).toString(
    'base64',
  );
  await area.evaluate(
    (el, [s, e]) => {
      const t = el as HTMLTextAreaElement;
      const scroll = t.scrollTop;
      t.focus({ preventScroll: true });
      t.setSelectionRange(s, e);
      t.scrollTop = scroll;
    },
    [start, end] as const,
  );
  const selected = (await page.screenshot({ clip: region, animations: 'disabled', caret: 'hide' })).toString(
    'base64',
  );
  await layer.evaluate((el) => ((el as HTMLElement).style.visibility = ''));
  // Back as the user left it: the caret where it was, the text scrolled as it was.
  await area.evaluate((el, [s, e, top]) => {
    const t = el as HTMLTextAreaElement;
    t.setSelectionRange(s, e);
    t.scrollTop = top;
  }, caret);
  const bands = await page.evaluate(
    async ([a, b, w, h]) => {
      const pixels = async (b64: string) => {
        const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
        const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const ctx = canvas.getContext('2d')!;
        ctx.drawImage(bitmap, 0, 0);
        return ctx.getImageData(0, 0, bitmap.width, bitmap.height).data;
      };
      const p = await pixels(a);
      const q = await pixels(b);
      const rows: { y: number; min: number; max: number }[] = [];
      for (let y = 0; y < h; y++) {
        let min = -1;
        let max = -1;
        for (let x = 0; x < w; x++) {
          const i = (y * w + x) * 4;
          const d = Math.abs(p[i] - q[i]) + Math.abs(p[i + 1] - q[i + 1]) + Math.abs(p[i + 2] - q[i + 2]);
          if (d > 60) {
            if (min < 0) min = x;
            max = x;
          }
        }
        if (min >= 0) rows.push({ y, min, max });
      }
      // Consecutive changed rows with the same horizontal extent are one line of the selection.
      const out: { left: number; right: number; top: number; bottom: number }[] = [];
      for (const r of rows) {
        const last = out[out.length - 1];
        if (
          last &&
          r.y === last.bottom &&
          Math.abs(r.min - last.left) <= 1 &&
          Math.abs(r.max + 1 - last.right) <= 1
        ) {
          last.bottom = r.y + 1;
          last.left = Math.min(last.left, r.min);
          last.right = Math.max(last.right, r.max + 1);
        } else out.push({ left: r.min, right: r.max + 1, top: r.y, bottom: r.y + 1 });
      }
      return out.filter((band) => band.bottom - band.top >= 4);
    },
    [plain, selected, clip.width, clip.height] as const,
  );
  return bands.map((b) => ({
    left: b.left + clip.x,
    right: b.right + clip.x,
    top: b.top + clip.y,
    bottom: b.bottom + clip.y,
  }));
}

/**
 * Where the drawn rectangles differ from the text's own by more than `tolerance` px: empty when
 * every line of the underline lies over its line of text. `lineBoxes`: the text's rectangles are
 * whole line boxes (a selection), so vertically the underline only has to lie within them.
 */
export function mismatches(drawn: Box[], text: Box[], tolerance = 2, lineBoxes = false): string[] {
  const out: string[] = [];
  if (drawn.length !== text.length)
    return [`${drawn.length} underline boxes for ${text.length} lines of text`];
  drawn.forEach((d, i) => {
    const t = text[i];
    const off = Math.max(
      Math.abs(d.left - t.left),
      Math.abs(d.right - t.right),
      lineBoxes ? t.top - d.top : Math.abs(d.top - t.top),
      lineBoxes ? d.bottom - t.bottom : Math.abs(d.bottom - t.bottom),
    );
    if (off > tolerance) out.push(`line ${i}: drawn ${fmt(d)} text ${fmt(t)}`);
  });
  return out;
}

const fmt = (b: Box) =>
  `[${b.left.toFixed(1)},${b.top.toFixed(1)} ${b.right.toFixed(1)},${b.bottom.toFixed(1)}]`;
