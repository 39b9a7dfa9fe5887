// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SidebarState, SidebarStore } from './sidebar/contract';
import type { Report } from '../checker/types';
import { startComposerController } from './controller';
import { facebook } from './facebook';
import type { CheckFn } from './session/draft-session';

/** Counts observers that observe and are not disconnected, to catch leaks over open/close cycles. */
let live = 0;
class CountingObserver extends MutationObserver {
  private on = false;
  observe(target: Node, options?: MutationObserverInit) {
    if (!this.on) live += 1;
    this.on = true;
    super.observe(target, options);
  }
  disconnect() {
    if (this.on) live -= 1;
    this.on = false;
    super.disconnect();
  }
}

const report = (text: string): Report => ({
  findings: text.includes('111222333')
    ? [
        {
          ruleId: 'privacy/bsn',
          category: 'privacy',
          severity: 'stop',
          start: text.indexOf('111222333'),
          end: text.indexOf('111222333') + 9,
          text: '111222333',
          message: 'BSN',
          suggestions: [''],
        },
      ]
    : [],
  stats: { ms: 0, words: 0 },
});

function composerDialog(): HTMLElement {
  const dialog = document.createElement('div');
  dialog.setAttribute('role', 'dialog');
  dialog.innerHTML =
    '<div role="textbox" contenteditable="true" data-lexical-editor="true"><p><span data-lexical-text="true"></span></p></div>';
  document.body.append(dialog);
  return dialog.querySelector('[role=textbox]') as HTMLElement;
}

const settle = (ms = 150) => new Promise((resolve) => setTimeout(resolve, ms));

function start(delayMs = 20) {
  const life = new AbortController();
  const states: SidebarState[] = [];
  const check = vi.fn<CheckFn>(async (_id, seq, draft) => ({ seq, report: report(draft.text) }));
  const mountSidebar = vi.fn((_host: HTMLElement, store: SidebarStore) =>
    store.subscribe((s) => states.push(s)),
  );
  const controller = startComposerController({
    adapter: facebook,
    doc: document,
    signal: life.signal,
    check,
    mountSidebar,
    delayMs,
  });
  return { life, states, check, controller };
}

// jsdom does no layout and has no Range.getClientRects: the underlines (painted on the next frame) find no boxes.
Range.prototype.getClientRects ??= () => [] as unknown as DOMRectList;

const original = MutationObserver;
beforeEach(() => {
  live = 0;
  document.defaultView!.MutationObserver = CountingObserver;
  document.body.innerHTML = '';
});
afterEach(() => {
  document.defaultView!.MutationObserver = original;
});

describe('composer controller', () => {
  it('checks a focused composer after a pause and shows the report', async () => {
    const { life, states, check } = start();
    const editor = composerDialog();
    await settle();
    editor.focus();
    editor.querySelector('span')!.textContent = 'Mevrouw Jansen, BSN 111222333';
    await settle();
    expect(check).toHaveBeenCalled();
    const last = check.mock.calls.at(-1)!;
    expect(last[2]).toMatchObject({
      text: 'Mevrouw Jansen, BSN 111222333',
      platform: 'facebook',
      surface: 'post',
    });
    expect(states.at(-1)?.report?.findings.map((f) => f.ruleId)).toEqual(['privacy/bsn']);
    life.abort();
  });

  it('checks the text an undo or redo restores at once, typing only after the pause', async () => {
    const { life, check } = start(60_000);
    const editor = composerDialog();
    await settle();
    editor.focus();
    await settle(0);
    const calls = check.mock.calls.length;
    const span = editor.querySelector('span')!;
    // Typing: nothing is read before the (here very long) pause.
    editor.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', code: 'KeyA', bubbles: true }));
    span.textContent = 'BSN 111222333 en meer';
    await settle(20);
    expect(check.mock.calls.length).toBe(calls);
    // The editor's undo (Ctrl+Z handled on keydown, as Lexical and ProseMirror do): checked now.
    editor.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'z', code: 'KeyZ', ctrlKey: true, bubbles: true }),
    );
    span.textContent = 'BSN 111222333';
    await settle(20);
    expect(check.mock.calls.at(-1)?.[2].text).toBe('BSN 111222333');
    life.abort();
  });

  it('lets go of composers that leave: no observers or hosts pile up over 50 open/close cycles', async () => {
    const { life, controller } = start();
    const baseline = live;
    expect(baseline).toBe(1);
    for (let i = 0; i < 50; i++) {
      const editor = composerDialog();
      await settle(0);
      editor.closest('[role=dialog]')!.remove();
      await settle(0);
    }
    await settle();
    expect(controller.composers()).toEqual([]);
    expect(live).toBe(baseline);
    expect(document.querySelectorAll('zorgvuldig-sidebar')).toHaveLength(1);
    composerDialog();
    await settle();
    expect(controller.composers()).toHaveLength(1);
    expect(live).toBe(baseline + 1);
    life.abort();
    expect(live).toBe(0);
    expect(document.querySelectorAll('zorgvuldig-sidebar')).toHaveLength(0);
  });

  it('a composer focused before the scan is adopted on focus', async () => {
    const { life, controller } = start();
    await settle();
    const editor = composerDialog();
    editor.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    expect(controller.composers().map((c) => c.element)).toEqual([editor]);
    life.abort();
  });
});
