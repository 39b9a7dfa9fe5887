// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { readEditable } from './read-text';
import { rangeFromSegments } from './ranges';
import { cpuMs } from '../../../tests/cpu-time';

const read = (html: string) => {
  const root = document.createElement('div');
  root.setAttribute('contenteditable', 'true');
  root.innerHTML = html;
  return readEditable(root).text;
};

describe('readEditable', () => {
  it.each([
    [
      'lexical paragraphs',
      '<p dir="ltr"><span data-lexical-text="true">Hallo</span></p><p><br></p><p><span>wereld</span></p>',
      'Hallo\n\nwereld',
    ],
    ['lexical line break', '<p><span>a</span><br><span>b</span></p>', 'a\nb'],
    ['lexical trailing line break', '<p><span>a</span><br><br></p>', 'a\n'],
    ['lexical empty editor', '<p><br></p>', ''],
    [
      'lexical mention chip',
      '<p><span>Hoi </span><span data-lexical-mention="true">Anna Jansen</span><span> !</span></p>',
      'Hoi Anna Jansen !',
    ],
    ['quill', '<p>Eerste</p><p><br></p><p>Derde <strong>vet</strong></p>', 'Eerste\n\nDerde vet'],
    [
      'quill cursor blot',
      '<p>ab<span class="ql-cursor"><span class="ql-cursor-inner">\uFEFF</span></span>c</p>',
      'abc',
    ],
    ['quill list', '<ol><li>een</li><li>twee</li></ol><p>drie</p>', 'een\ntwee\ndrie'],
    [
      'draft.js blocks',
      '<div data-contents="true"><div data-block="true"><div class="public-DraftStyleDefault-block"><span data-offset-key="a"><span data-text="true">Regel 1</span></span></div></div><div data-block="true"><div class="public-DraftStyleDefault-block"><span data-offset-key="b"><br data-text="true"></span></div></div><div data-block="true"><div class="public-DraftStyleDefault-block"><span><span data-text="true">Regel 3</span></span></div></div></div>',
      'Regel 1\n\nRegel 3',
    ],
    ['prosemirror trailing break', '<p>Hoi</p><p><br class="ProseMirror-trailingBreak"></p>', 'Hoi\n'],
    [
      'plain contenteditable',
      'eerste<div>tweede</div><div><br></div><div>vierde</div>',
      'eerste\ntweede\n\nvierde',
    ],
    ['zero-width and aria-hidden', '<p>a\u200Bb<span aria-hidden="true">placeholder</span></p>', 'ab'],
    ['emoji image', '<p>top <img alt="👍" src="x.png"> dag</p>', 'top 👍 dag'],
  ])('%s', (_name, html, expected) => {
    expect(read(html)).toBe(expected);
  });
});

describe('rangeFromSegments', () => {
  it('maps offsets across text nodes, line breaks and zero-width characters', () => {
    const root = document.createElement('div');
    root.innerHTML = '<p><span>Mevrouw </span><span>Jan\u200Bsen</span></p><p>BSN 111222333</p>';
    document.body.append(root);
    const { text, segments } = readEditable(root);
    expect(text).toBe('Mevrouw Jansen\nBSN 111222333');
    const check = (start: number, end: number) =>
      rangeFromSegments(document, segments, start, end)?.toString();
    expect(check(8, 14)).toBe('Jan\u200Bsen');
    expect(check(19, 28)).toBe('111222333');
    expect(check(0, 28)?.replace(/\u200B/g, '')).toBe('Mevrouw JansenBSN 111222333');
    expect(check(14, 15)).toBe('');
    expect(rangeFromSegments(document, [], 0, 1)).toBeNull();
  });

  it('reads 100k characters in linear time', () => {
    const root = document.createElement('div');
    root.innerHTML = `<p>${'a\u200B'.repeat(50_000)}</p>`;
    let length = 0;
    expect(cpuMs(() => (length = readEditable(root).text.length))).toBeLessThan(1000);
    expect(length).toBe(50_000);
  });
});
