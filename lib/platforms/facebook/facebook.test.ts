// @vitest-environment jsdom
import { afterEach, expect, it } from 'vitest';
import { facebookSurface } from '.';

afterEach(() => {
  document.body.innerHTML = '';
  history.replaceState({}, '', '/');
});

it('a box labelled only "Bericht", or any box on Messenger pages, is a message; "Bericht maken" is not', () => {
  document.body.innerHTML =
    '<div id="m" contenteditable aria-label="Bericht"></div><div role="dialog"><div id="p" contenteditable aria-label="Bericht maken"></div></div><div role="article"><div id="c" contenteditable></div></div>';
  const el = (id: string) => document.getElementById(id)!;
  expect(facebookSurface(el('m'))).toBe('message');
  expect(facebookSurface(el('p'))).toBe('post');
  expect(facebookSurface(el('c'))).toBe('comment');
  history.replaceState({}, '', '/messages/t/123/');
  expect(facebookSurface(el('c'))).toBe('message');
});

it("the mobile site's composer route and form are the post composer", () => {
  document.body.innerHTML =
    '<form action="/composer/mbasic/"><textarea id="f"></textarea></form><textarea id="t"></textarea>';
  expect(facebookSurface(document.getElementById('f')!)).toBe('post');
  expect(facebookSurface(document.getElementById('t')!)).toBe(null);
  history.replaceState({}, '', '/composer/');
  expect(facebookSurface(document.getElementById('t')!)).toBe('post');
});
