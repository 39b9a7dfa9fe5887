// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchComposers, type DiscoveryHandlers } from './discovery';
import { facebook } from './facebook';
import { linkedin } from './linkedin';
import type { PlatformAdapter } from './types';

const settle = (ms = 100) => new Promise((resolve) => setTimeout(resolve, ms));

function watch(adapter: PlatformAdapter = facebook, generic = true) {
  const life = new AbortController();
  const found: { el: HTMLElement; surface: string }[] = [];
  const lost: HTMLElement[] = [];
  const unreadable = vi.fn<NonNullable<DiscoveryHandlers['unreadable']>>();
  const handle = watchComposers(
    document,
    adapter,
    {
      found: (el, spec) =>
        found.push({ el, surface: typeof spec.surface === 'function' ? spec.surface(el) : spec.surface }),
      lost: (el) => lost.push(el),
      unreadable,
    },
    life.signal,
    { generic },
  );
  return { life, found, lost, unreadable, handle };
}

const focus = (el: Element) => el.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
const type = (el: Element) => el.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));

afterEach(() => {
  document.body.innerHTML = '';
});

describe('generic discovery', () => {
  it('a plain box without library marks, roles or labels is a composer once focused; its surface comes from where it sits', () => {
    document.body.innerHTML =
      '<div role="article"><div id="c" contenteditable="true"><p>x</p></div></div><textarea id="t"></textarea>';
    const { life, found } = watch();
    expect(found).toEqual([]);
    focus(document.querySelector('#c p')!);
    type(document.getElementById('t')!);
    expect(found.map((f) => [f.el.id, f.surface])).toEqual([
      ['c', 'comment'],
      ['t', 'other'],
    ]);
    life.abort();
  });

  it('skips search, password, one-line, read-only and recipient boxes', () => {
    document.body.innerHTML = `
      <input id="a" type="text"><input id="b" type="password"><input id="c" type="search">
      <div id="d" contenteditable="true" role="searchbox"></div>
      <div id="e" contenteditable="true" role="combobox"></div>
      <div id="f" contenteditable="true" aria-label="Zoeken in Messenger"></div>
      <div role="search"><textarea id="g"></textarea></div>
      <div id="h" contenteditable="true" aria-label="Typ een naam of groep"></div>
      <div id="i" contenteditable="true" aria-multiline="false"></div>
      <textarea id="j" readonly></textarea>`;
    const { life, found } = watch();
    for (const el of document.querySelectorAll('input, textarea, [contenteditable]')) {
      focus(el);
      type(el);
    }
    expect(found).toEqual([]);
    life.abort();
  });

  it('a composer offering @-mentions (role=combobox, aria-autocomplete) is checked; a one-line lookup is not', () => {
    document.body.innerHTML = `
      <div role="article"><div id="m" contenteditable="true" role="combobox" aria-autocomplete="list"
        aria-placeholder="Wat vind jij hiervan?"><p>x</p></div></div>
      <div id="n" contenteditable="true" aria-autocomplete="none"></div>
      <div id="l" contenteditable="true" role="combobox" aria-autocomplete="list">an</div>
      <div id="v" contenteditable="true" aria-label="Vind vrienden"></div>`;
    const { life, found } = watch();
    for (const el of document.querySelectorAll('[contenteditable]')) focus(el);
    expect(found.map((f) => [f.el.id, f.surface])).toEqual([
      ['m', 'comment'],
      ['n', 'other'],
    ]);
    life.abort();
  });

  it('a box no adapter recognises takes its surface from its own buttons', () => {
    document.body.innerHTML = `
      <form><textarea id="p"></textarea><button>Plaatsen</button></form>
      <div><div id="s" contenteditable="true"><p>x</p></div><div role="button" aria-label="Verzenden"></div></div>
      <div><textarea id="o"></textarea><button>Annuleren</button></div>
      <div role="article"><p>Onze huiskamer is open</p><div><textarea id="c"></textarea><button>Plaatsen</button></div></div>`;
    const { life, found } = watch(linkedin);
    for (const el of document.querySelectorAll('textarea, [contenteditable]')) focus(el);
    expect(found.map((f) => [f.el.id, f.surface])).toEqual([
      ['p', 'post'],
      ['s', 'message'],
      ['o', 'other'],
      // "Plaatsen" under a post sends a comment.
      ['c', 'comment'],
    ]);
    life.abort();
  });

  it('finds boxes in open shadow roots and lets them go when they leave the shadow root', async () => {
    document.body.innerHTML = '<x-editor></x-editor>';
    const root = document.querySelector('x-editor')!.attachShadow({ mode: 'open' });
    root.innerHTML = '<div class="wrap"><div contenteditable="true" aria-label="Add a comment"></div></div>';
    const box = root.querySelector<HTMLElement>('[contenteditable]')!;
    const { life, found, lost } = watch(linkedin);
    focus(box);
    expect(found.map((f) => [f.el, f.surface])).toEqual([[box, 'comment']]);
    root.querySelector('.wrap')!.remove();
    await settle();
    expect(lost).toEqual([box]);
    life.abort();
  });

  it('says when typing goes into a closed shadow root or a long text into a one-line box, once per box', () => {
    document.body.innerHTML = '<x-closed></x-closed><input id="one" type="text">';
    const host = document.querySelector('x-closed')!;
    const inner = host.attachShadow({ mode: 'closed' });
    inner.innerHTML = '<textarea></textarea>';
    const { life, found, unreadable } = watch();
    type(inner.querySelector('textarea')!);
    type(inner.querySelector('textarea')!);
    const one = document.getElementById('one') as HTMLInputElement;
    one.value = 'kort';
    type(one);
    one.value = 'Mevrouw Jansen van kamer 12 is vandaag jarig en we vieren het met taart en slingers';
    type(one);
    expect(unreadable.mock.calls).toEqual([
      [host, 'closed'],
      [one, 'one-line'],
    ]);
    expect(found).toEqual([]);
    life.abort();
  });

  it('without generic discovery only known markup and boxes handed over are checked', () => {
    document.body.innerHTML = '<textarea id="t"></textarea><input id="i">';
    const { life, found, handle } = watch(facebook, false);
    focus(document.getElementById('t')!);
    expect(found).toEqual([]);
    handle.adopt(document.getElementById('i')!);
    expect(found.map((f) => [f.el.id, f.surface])).toEqual([['i', 'other']]);
    life.abort();
  });

  it('typing in a known composer does not look at the page again', () => {
    document.body.innerHTML = '<div id="c" contenteditable="true"></div>';
    const { life, found } = watch();
    const box = document.getElementById('c')!;
    focus(box);
    const spy = vi.spyOn(box, 'getAttribute');
    for (let i = 0; i < 20; i++) type(box);
    expect(spy).not.toHaveBeenCalled();
    expect(found).toHaveLength(1);
    life.abort();
  });

  it('an idle page is not scanned again: no timers, no polling', async () => {
    document.body.innerHTML =
      '<div role="dialog"><div role="textbox" contenteditable="true" data-lexical-editor="true"></div></div>';
    const scans = vi.spyOn(document, 'querySelectorAll');
    const { life, found } = watch();
    expect(found).toHaveLength(1);
    const afterStart = scans.mock.calls.length;
    await settle(500);
    expect(scans.mock.calls.length).toBe(afterStart);
    life.abort();
  });
});
