/**
 * How long after an undo or redo key (or the browser's undo/redo input) a change to the draft
 * is taken as that undo or redo. Editors apply it within the same task (ProseMirror) or the
 * next microtask (Lexical); the margin covers a busy page.
 */
const GESTURE_MS = 300;

/** Ctrl/Cmd+Z, Ctrl/Cmd+Shift+Z and Ctrl/Cmd+Y: the keys editors take for undo and redo. */
export function isUndoRedoKey(e: Pick<KeyboardEvent, 'ctrlKey' | 'metaKey' | 'altKey' | 'code'>): boolean {
  return (e.ctrlKey || e.metaKey) && !e.altKey && (e.code === 'KeyZ' || e.code === 'KeyY');
}

/** Keys that can change the text by themselves (a character, or a deleting or line key). */
const editsText = (e: KeyboardEvent) =>
  (e.key.length === 1 && !e.ctrlKey && !e.metaKey) ||
  e.key === 'Backspace' ||
  e.key === 'Delete' ||
  e.key === 'Enter' ||
  e.key === 'Tab';

export type UndoRedoWatch = {
  /** Call on every change to the draft (cheap: it runs inside the user's keystroke). */
  changed(): void;
  /** True when the draft's last change was the editor's own undo or redo. */
  lastWasUndoRedo(): boolean;
  /** Our own fix is about to change the draft: it is not an undo. */
  forget(): void;
};

/**
 * Watches one editor for undo and redo. After one, the editors that group edits by time start
 * a new undo step for the next edit (Lexical's history sets the previous change type to OTHER
 * on a historic update, which never merges; prosemirror-history's undo sets `prevTime` to 0,
 * which always starts a new group), so a fix then need not wait out the grouping time.
 * Anything else that edits (a key, any other input, paste, drop, cut, composition) ends it.
 */
export function watchUndoRedo(element: HTMLElement, signal: AbortSignal): UndoRedoWatch {
  let gestureAt = 0;
  let undoRedo = false;
  const opts = { capture: true, signal };
  element.addEventListener(
    'keydown',
    (e) => {
      if (isUndoRedoKey(e)) gestureAt = performance.now();
      else if (editsText(e)) gestureAt = 0;
    },
    opts,
  );
  element.addEventListener(
    'beforeinput',
    (e) => {
      const type = e.inputType;
      gestureAt = type === 'historyUndo' || type === 'historyRedo' ? performance.now() : 0;
    },
    opts,
  );
  for (const type of ['paste', 'cut', 'drop', 'compositionstart'])
    element.addEventListener(type, () => (gestureAt = 0), opts);
  return {
    changed() {
      undoRedo = gestureAt > 0 && performance.now() - gestureAt < GESTURE_MS;
    },
    lastWasUndoRedo: () => undoRedo,
    forget() {
      gestureAt = 0;
      undoRedo = false;
    },
  };
}
