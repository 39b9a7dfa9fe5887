// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { createSidebarPlacement } from './placement';

const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/** A composer box, nearly as tall as the window, at a fixed place (jsdom does no layout). */
function box(left: number, width: number): HTMLElement {
  const el = document.createElement('div');
  document.body.append(el);
  const rect = { left, top: 50, right: left + width, bottom: 700, width, height: 650, x: left, y: 50 };
  el.getBoundingClientRect = () => ({ ...rect, toJSON: () => rect }) as DOMRect;
  return el;
}

let life = new AbortController();
afterEach(() => {
  life.abort();
  life = new AbortController();
  document.body.innerHTML = '';
});

describe('sidebar placement', () => {
  it('shows the badge where the panel would cover the composer, the panel where there is room', async () => {
    // jsdom's window is 1024 x 768.
    const collapsed: boolean[] = [];
    const p = createSidebarPlacement(document, life.signal, (c) => collapsed.push(c));
    p.host.follow(box(0, 1000));
    await frame();
    expect(collapsed).toEqual([true]);
    p.host.follow(box(0, 400));
    await frame();
    expect(collapsed).toEqual([true, false]);
    expect(p.host.element.style.width).toBe('320px');
  });

  it("keeps the user's choice while the room changes, until another draft is shown", async () => {
    const collapsed: boolean[] = [];
    const p = createSidebarPlacement(document, life.signal, (c) => collapsed.push(c));
    p.host.follow(box(0, 400));
    await frame();
    p.choose(true);
    p.host.follow(box(0, 1000));
    await frame();
    p.host.follow(box(0, 300));
    await frame();
    expect(collapsed).toEqual([false, true]);
    p.newDraft();
    p.host.follow(box(0, 1000));
    await frame();
    expect(collapsed).toEqual([false, true, true]);
  });

  it('takes its element off the page when the lifetime ends', () => {
    const p = createSidebarPlacement(document, life.signal, () => undefined);
    expect(p.host.element.isConnected).toBe(true);
    life.abort();
    expect(p.host.element.isConnected).toBe(false);
  });
});
