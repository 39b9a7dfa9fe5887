// @vitest-environment jsdom
import { signal } from '@preact/signals';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SidebarState } from './contract';
import { exampleState, noActions } from './examples';
import { mountSidebar } from './index';

afterEach(() => document.body.replaceChildren());

function host(): HTMLElement {
  const el = document.createElement('div');
  document.body.append(el);
  return el;
}

describe('mountSidebar', () => {
  it('renders into an open shadow root with its own CSS, out of reach of the page', () => {
    const page = document.createElement('style');
    page.textContent = 'button { display: none }';
    document.head.append(page);
    const el = host();
    const unmount = mountSidebar(el, signal(exampleState()), noActions);
    const root = el.shadowRoot!;
    expect(root.mode).toBe('open');
    expect(root.querySelector('style')!.textContent).toContain('.panel');
    expect(root.querySelector('aside[aria-label="Zorgvuldig"]')).toBeTruthy();
    expect(document.querySelector('aside')).toBeNull();
    expect(root.querySelectorAll('link, img').length).toBe(0);
    unmount();
    page.remove();
  });

  it('follows a signal and stops after unmount', () => {
    const el = host();
    const state = signal<SidebarState>(exampleState({ status: 'idle', report: null }));
    const unmount = mountSidebar(el, state, noActions);
    const text = () => el.shadowRoot!.textContent ?? '';
    expect(text()).toContain('Begin met schrijven');
    state.value = exampleState();
    expect(text()).toContain('111222333');
    unmount();
    expect(el.shadowRoot!.childNodes.length).toBe(0);
    state.value = exampleState({ lang: 'en' });
    expect(el.shadowRoot!.childNodes.length).toBe(0);
  });

  it('follows a hand-made store and drops its subscription on unmount', () => {
    const listeners = new Set<(s: SidebarState) => void>();
    const store = {
      value: exampleState({ collapsed: true }),
      subscribe(fn: (s: SidebarState) => void) {
        listeners.add(fn);
        return () => listeners.delete(fn);
      },
    };
    const el = host();
    const unmount = mountSidebar(el, store, noActions);
    expect(el.shadowRoot!.querySelector('.badge')).toBeTruthy();
    store.value = exampleState();
    listeners.forEach((fn) => fn(store.value));
    expect(el.shadowRoot!.querySelector('.panel')).toBeTruthy();
    unmount();
    expect(listeners.size).toBe(0);
  });

  it('collapses on Escape through the action and never takes focus from the composer', () => {
    const composer = document.createElement('textarea');
    document.body.append(composer);
    composer.focus();
    const el = host();
    const state = signal(exampleState());
    const setCollapsed = vi.fn((collapsed: boolean) => {
      state.value = { ...state.value, collapsed };
    });
    const unmount = mountSidebar(el, state, { ...noActions, setCollapsed });
    for (const s of [
      exampleState({ status: 'checking' }),
      exampleState(),
      exampleState({ collapsed: true }),
    ]) {
      state.value = s;
      expect(document.activeElement).toBe(composer);
    }
    state.value = exampleState();
    const fix = el.shadowRoot!.querySelector<HTMLButtonElement>('.btn-primary')!;
    fix.focus();
    fix.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    expect(setCollapsed).toHaveBeenCalledWith(true);
    expect(el.shadowRoot!.activeElement).toBe(el.shadowRoot!.querySelector('.badge'));
    unmount();
  });
});
