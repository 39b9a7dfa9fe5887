// @vitest-environment jsdom
import { afterEach, expect, it } from 'vitest';
import { instagram } from '.';

afterEach(() => {
  document.body.innerHTML = '';
  history.replaceState({}, '', '/');
});

it('a box under a post is a comment, also in the dialog a post opens in; the create dialog is the caption', () => {
  document.body.innerHTML = `
    <div role="dialog"><article><img alt=""><div id="c" contenteditable="true"></div></article></div>
    <div role="dialog" id="create"><div id="k" contenteditable="true"></div></div>
    <main><div id="p" contenteditable="true"></div></main>`;
  const el = (id: string) => document.getElementById(id)!;
  expect(instagram.surfaceOf!(el('c'))).toBe('comment');
  expect(instagram.surfaceOf!(el('k'))).toBe('caption');
  expect(instagram.surfaceOf!(el('p'))).toBe(null);
  history.replaceState({}, '', '/reel/C0zorg789/');
  expect(instagram.surfaceOf!(el('p'))).toBe('comment');
  expect(instagram.surfaceOf!(el('k'))).toBe('caption');
});
