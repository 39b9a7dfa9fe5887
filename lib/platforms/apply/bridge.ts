import {
  APPLIED_EVENT,
  APPLY_EVENT,
  PROBED_EVENT,
  PROBE_EVENT,
  type ApplyReply,
  type ApplyRequest,
} from './wire';

type QuillLike = {
  getText(index: number, length: number): string;
  updateContents(delta: unknown, source: string): void;
  deleteText(index: number, length: number, source: string): void;
  insertText(index: number, text: string, source: string): void;
  setSelection(index: number, length: number, source: string): void;
  history?: { cutoff(): void };
  constructor: { import?(name: string): new () => { retain(n: number): unknown } };
};
type DeltaLike = {
  retain(n: number): DeltaLike;
  delete(n: number): DeltaLike;
  insert(text: string): DeltaLike;
};

/**
 * Runs in the page's own world (editors keep their instances and listeners there, and
 * Firefox empties a DataTransfer made in the isolated world). Applies one edit through
 * the editor's own input path, so its model and its undo history stay right.
 */
export function installBridge(doc: Document): void {
  doc.addEventListener(
    APPLY_EVENT,
    (event) => {
      // The editor itself, also when it sits in an open shadow root (event.target is then its host).
      const target = event.composedPath()[0] as HTMLElement;
      let reply: ApplyReply;
      try {
        const request = JSON.parse(String((event as CustomEvent).detail)) as ApplyRequest;
        reply = apply(target, request);
      } catch (error) {
        reply = { ok: false, error: error instanceof Error ? error.message : String(error) };
      }
      target.dispatchEvent(new CustomEvent(APPLIED_EVENT, { detail: JSON.stringify(reply) }));
    },
    true,
  );
  doc.addEventListener(
    PROBE_EVENT,
    (event) => {
      const target = event.composedPath()[0] as HTMLElement;
      target.dispatchEvent(new CustomEvent(PROBED_EVENT, { detail: instanceOn(target) }));
    },
    true,
  );
}

type Expandos = {
  __lexicalEditor?: unknown;
  __quill?: unknown;
  pmViewDesc?: unknown;
  wrappedJSObject?: Expandos;
};

/**
 * The editor library whose instance the page keeps on the element: Lexical on its root,
 * Quill on the root's container, ProseMirror's view description on its DOM. They are there
 * even when a page strips the libraries' class names and data attributes.
 */
function instanceOn(el: HTMLElement): string {
  // Firefox MV2 runs this script in the isolated world: the page's expandos are behind wrappedJSObject.
  const own = (node: Element | null): Expandos | undefined => {
    const raw = node as unknown as Expandos | null;
    return raw?.wrappedJSObject ?? raw ?? undefined;
  };
  const mine = own(el);
  if (mine?.__lexicalEditor) return 'lexical';
  if (mine?.pmViewDesc) return 'prosemirror';
  if (mine?.__quill || own(el.parentElement)?.__quill) return 'quill';
  return '';
}

function apply(el: HTMLElement, r: ApplyRequest): ApplyReply {
  switch (r.editor) {
    case 'quill':
      return applyQuill(el, r);
    case 'textarea': {
      const area = el as HTMLTextAreaElement;
      area.focus();
      area.setSelectionRange(r.start, r.end);
      return execInsert(el.ownerDocument, r.replacement);
    }
    case 'lexical':
    case 'draft':
    case 'prosemirror':
      if (!isolatedWorld(el.ownerDocument.defaultView!)) return dispatchToEditor(el, r.editor, r.replacement);
      // Lexical takes the browser's own editing command from here (model, then one undo step).
      if (r.editor === 'lexical') return execInsert(el.ownerDocument, r.replacement);
      return { ok: false, error: `no input path into ${r.editor} from Firefox's content-script world` };
    default:
      return execInsert(el.ownerDocument, r.replacement);
  }
}

/**
 * Firefox (MV2) ignores `world: 'MAIN'` and runs this script in the content script's own
 * world. Events made here reach the page's editors with an empty DataTransfer, and
 * Draft.js and ProseMirror also ignore the browser's editing command when it comes from
 * here (measured in Firefox ESR 153). Lexical takes that command; for the other two the
 * fix is refused, the text stays as it is, and the user is told to edit it by hand.
 */
const isolatedWorld = (win: Window) => 'wrappedJSObject' in win;

/** The editor's own input path, with an event made in the page's world. */
function dispatchToEditor(
  el: HTMLElement,
  editor: 'lexical' | 'draft' | 'prosemirror',
  text: string,
): ApplyReply {
  const win = el.ownerDocument.defaultView!;
  const transfer = () => {
    const data = new win.DataTransfer();
    data.setData('text/plain', text);
    return data;
  };
  switch (editor) {
    case 'lexical':
      // Lexical turns this into its controlled text insertion: one history entry, model first.
      el.dispatchEvent(
        new win.InputEvent('beforeinput', {
          inputType: 'insertReplacementText',
          dataTransfer: transfer(),
          bubbles: true,
          cancelable: true,
        }),
      );
      return { ok: true };
    case 'draft':
    case 'prosemirror':
      // Both take a paste of plain text over the selection through their own handlers.
      el.dispatchEvent(
        new win.ClipboardEvent('paste', { clipboardData: transfer(), bubbles: true, cancelable: true }),
      );
      return { ok: true };
  }
}

/** The browser's own editing command: keeps native undo for textareas and plain contenteditables. */
function execInsert(doc: Document, text: string): ApplyReply {
  const ok = text === '' ? doc.execCommand('delete') : doc.execCommand('insertText', false, text);
  return ok ? { ok } : { ok, error: 'execCommand refused' };
}

function applyQuill(el: HTMLElement, r: ApplyRequest): ApplyReply {
  type Holder = HTMLElement & { __quill?: QuillLike; wrappedJSObject?: { __quill?: QuillLike } };
  const holder = (el.closest('.ql-container') ?? el.parentElement) as Holder | null;
  // Firefox MV2 runs this script in the isolated world: the page's expando is behind wrappedJSObject.
  const quill = holder?.__quill ?? holder?.wrappedJSObject?.__quill;
  if (!quill) return { ok: false, error: 'no Quill instance' };
  const length = r.end - r.start;
  if (quill.getText(r.start, length) !== r.expected) return { ok: false, error: 'text moved' };
  // Close the typing group first, so Ctrl+Z undoes the fix alone and not the last words typed.
  quill.history?.cutoff();
  const Delta = quill.constructor.import?.('delta') as (new () => DeltaLike) | undefined;
  // One 'user' change: Quill's history records it as one undo step.
  if (Delta) quill.updateContents(new Delta().retain(r.start).delete(length).insert(r.replacement), 'user');
  else {
    quill.deleteText(r.start, length, 'user');
    if (r.replacement) quill.insertText(r.start, r.replacement, 'user');
  }
  quill.history?.cutoff();
  quill.setSelection(r.start + r.replacement.length, 0, 'silent');
  return { ok: true };
}
