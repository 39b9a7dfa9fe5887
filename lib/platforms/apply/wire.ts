import type { EditorKind } from '../types';

/** Events between the content script (isolated world) and the bridge in the page's world; details are JSON strings. */
export const APPLY_EVENT = 'zorgvuldig:apply';
export const APPLIED_EVENT = 'zorgvuldig:applied';

/**
 * One edit for the bridge. For selection-based editors (Lexical, Draft.js, ProseMirror,
 * contenteditable) the content script has already put the DOM selection on the range;
 * Quill and textareas get the offsets.
 */
export type ApplyRequest = {
  editor: EditorKind;
  start: number;
  end: number;
  expected: string;
  replacement: string;
};
export type ApplyReply = { ok: boolean; error?: string };

/** Content script -> bridge: which editor instance is on this element? Answered synchronously. */
export const PROBE_EVENT = 'zorgvuldig:probe';
/** Bridge -> content script: the EditorKind found ('' for none), as the event's detail. */
export const PROBED_EVENT = 'zorgvuldig:probed';
