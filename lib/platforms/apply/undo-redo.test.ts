// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { isUndoRedoKey, watchUndoRedo } from './undo-redo';

const key = (el: HTMLElement, init: KeyboardEventInit) =>
  el.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, ...init }));

function setup() {
  const el = document.createElement('div');
  document.body.append(el);
  return { el, watch: watchUndoRedo(el, new AbortController().signal) };
}

describe('isUndoRedoKey', () => {
  it('knows Ctrl/Cmd+Z, Ctrl/Cmd+Shift+Z and Ctrl+Y, and nothing else', () => {
    const k = (code: string, mods: Partial<KeyboardEvent> = {}) =>
      isUndoRedoKey({ ctrlKey: false, metaKey: false, altKey: false, code, ...mods });
    expect(k('KeyZ', { ctrlKey: true })).toBe(true);
    expect(k('KeyZ', { metaKey: true })).toBe(true);
    expect(k('KeyY', { ctrlKey: true })).toBe(true);
    expect(k('KeyZ')).toBe(false);
    expect(k('KeyZ', { ctrlKey: true, altKey: true })).toBe(false);
    expect(k('KeyA', { ctrlKey: true })).toBe(false);
  });
});

describe('watchUndoRedo', () => {
  it('takes the change right after Ctrl+Z as the undo', () => {
    const { el, watch } = setup();
    key(el, { key: 'z', code: 'KeyZ', ctrlKey: true });
    watch.changed();
    expect(watch.lastWasUndoRedo()).toBe(true);
    // Keys that do not edit (the card's shortcut) leave it so.
    key(el, { key: 'J', code: 'KeyJ', altKey: true, shiftKey: true });
    expect(watch.lastWasUndoRedo()).toBe(true);
  });

  it('takes the browser undo input (menu) as undo, and any other input as an edit', () => {
    const { el, watch } = setup();
    el.dispatchEvent(new InputEvent('beforeinput', { inputType: 'historyRedo', bubbles: true }));
    watch.changed();
    expect(watch.lastWasUndoRedo()).toBe(true);
    el.dispatchEvent(new InputEvent('beforeinput', { inputType: 'insertText', data: 'a', bubbles: true }));
    watch.changed();
    expect(watch.lastWasUndoRedo()).toBe(false);
  });

  it('an edit after the undo, typed or ours, is not the undo', () => {
    const { el, watch } = setup();
    key(el, { key: 'z', code: 'KeyZ', ctrlKey: true });
    key(el, { key: 'a', code: 'KeyA' });
    watch.changed();
    expect(watch.lastWasUndoRedo()).toBe(false);

    key(el, { key: 'z', code: 'KeyZ', ctrlKey: true });
    watch.changed();
    watch.forget();
    expect(watch.lastWasUndoRedo()).toBe(false);
    watch.changed();
    expect(watch.lastWasUndoRedo()).toBe(false);

    key(el, { key: 'z', code: 'KeyZ', ctrlKey: true });
    el.dispatchEvent(new Event('paste', { bubbles: true }));
    watch.changed();
    expect(watch.lastWasUndoRedo()).toBe(false);
  });

  it('a change without any key is no undo', () => {
    const { watch } = setup();
    watch.changed();
    expect(watch.lastWasUndoRedo()).toBe(false);
  });
});
