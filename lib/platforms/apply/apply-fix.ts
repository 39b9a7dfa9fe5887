import type { Composer } from '../types';
import { APPLIED_EVENT, APPLY_EVENT, type ApplyReply, type ApplyRequest } from './wire';

export type Edit = { start: number; end: number; expected: string; replacement: string };
export type ApplyResult =
  { ok: true } | { ok: false; reason: 'moved' | 'refused' | 'unverified'; detail?: string };

/**
 * Applies one replacement through the editor's own input path (via the page-world bridge),
 * then reads the text back. Never retries and never undoes: if the result is not exactly
 * the expected text the caller tells the user and leaves the composer as it is.
 */
export async function applyFix(composer: Composer, edit: Edit): Promise<ApplyResult> {
  const before = composer.read();
  const at = locate(before, edit);
  if (at === null) return { ok: false, reason: 'moved' };
  const planned = widenLinkPaste(
    composer,
    before,
    widenEmptyInsert(composer, before, { ...edit, start: at, end: at + edit.expected.length }),
  );
  const wanted = before.slice(0, planned.start) + planned.replacement + before.slice(planned.end);

  const el = composer.element;
  if (composer.editor !== 'quill' && composer.editor !== 'textarea') {
    const range = composer.rangeFor(planned.start, planned.end);
    if (!range) return { ok: false, reason: 'moved' };
    el.focus({ preventScroll: true });
    const selection = el.ownerDocument.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
    // Editors sync their model selection on selectionchange, which the browser fires as a task.
    await nextTask(el.ownerDocument, 'selectionchange', 150);
  }
  const reply = await callBridge(el, { editor: composer.editor, ...planned });
  if (!reply.ok) return { ok: false, reason: 'refused', detail: reply.error };
  await settle(el.ownerDocument.defaultView!);
  const after = composer.read();
  return after === wanted ? { ok: true } : { ok: false, reason: 'unverified', detail: after.slice(0, 200) };
}

/** Where the finding's text is now: at its offsets, or the nearest copy if the draft moved a little. */
export function locate(text: string, edit: Edit): number | null {
  if (text.slice(edit.start, edit.end) === edit.expected) return edit.start;
  if (!edit.expected) return null;
  const after = text.indexOf(edit.expected, edit.start);
  const before = text.lastIndexOf(edit.expected, edit.start);
  const candidates = [after, before].filter((i) => i >= 0);
  if (candidates.length === 0) return null;
  return candidates.sort((a, b) => Math.abs(a - edit.start) - Math.abs(b - edit.start))[0];
}

/** Pasted text that is one whole link (TipTap's link extension links the selection instead of replacing it). */
const WHOLE_LINK = /^(?:https?:\/\/|www\.)\S+$/i;

/**
 * ProseMirror with TipTap's link extension takes a pasted link over a selection as "link these
 * words" and leaves the text as it was. With a neighbouring character written over itself the
 * paste is no longer just a link, and the editor replaces the text: the same result.
 */
export function widenLinkPaste(composer: Pick<Composer, 'editor'>, text: string, edit: Edit): Edit {
  if (composer.editor !== 'prosemirror' || !WHOLE_LINK.test(edit.replacement)) return edit;
  return widenByNeighbour(text, edit) ?? edit;
}

function widenByNeighbour(text: string, edit: Edit): Edit | null {
  const next = text[edit.end];
  if (next !== undefined && next !== '\n')
    return {
      start: edit.start,
      end: edit.end + 1,
      expected: edit.expected + next,
      replacement: edit.replacement + next,
    };
  const prev = text[edit.start - 1];
  if (prev !== undefined && prev !== '\n')
    return {
      start: edit.start - 1,
      end: edit.end,
      expected: prev + edit.expected,
      replacement: prev + edit.replacement,
    };
  return null;
}

/** Editors that ignore an inserted empty string (Lexical's beforeinput, Draft.js and ProseMirror paste). */
const NO_EMPTY_INSERT = new Set(['lexical', 'draft', 'prosemirror']);

/**
 * A removal in those editors is written as one neighbouring character inserted over
 * itself plus the removed text: the same result, through the same input path.
 */
export function widenEmptyInsert(composer: Pick<Composer, 'editor'>, text: string, edit: Edit): Edit {
  if (edit.replacement !== '' || !NO_EMPTY_INSERT.has(composer.editor)) return edit;
  return widenByNeighbour(text, edit) ?? edit;
}

function callBridge(el: HTMLElement, request: ApplyRequest): Promise<ApplyReply> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => done({ ok: false, error: 'no answer from the page bridge' }), 1000);
    const done = (reply: ApplyReply) => {
      clearTimeout(timer);
      el.removeEventListener(APPLIED_EVENT, onReply);
      resolve(reply);
    };
    const onReply = (event: Event) => done(JSON.parse(String((event as CustomEvent).detail)) as ApplyReply);
    el.addEventListener(APPLIED_EVENT, onReply);
    el.dispatchEvent(
      new CustomEvent(APPLY_EVENT, { detail: JSON.stringify(request), bubbles: true, composed: true }),
    );
  });
}

function nextTask(doc: Document, type: string, timeoutMs: number): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      doc.removeEventListener(type, done);
      setTimeout(resolve, 0);
    };
    const timer = setTimeout(done, timeoutMs);
    doc.addEventListener(type, done);
  });
}

/** Two frames for the editor to render its update, or 100 ms where frames are paused (hidden tab). */
function settle(win: Window): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, 100);
    win.requestAnimationFrame(() =>
      win.requestAnimationFrame(() => {
        clearTimeout(timer);
        resolve();
      }),
    );
  });
}
