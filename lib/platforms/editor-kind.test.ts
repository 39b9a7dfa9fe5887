// @vitest-environment jsdom
import { afterEach, expect, it } from 'vitest';
import { installBridge } from './apply/bridge';
import { editorKindOf } from './editor-kind';

afterEach(() => {
  document.body.innerHTML = '';
});

const box = (html: string) => {
  document.body.innerHTML = html;
  return document.body.firstElementChild as HTMLElement;
};

it('reads the library from its marks on the root or on the text it renders', () => {
  expect(editorKindOf(box('<textarea></textarea>'))).toBe('textarea');
  expect(editorKindOf(box('<div contenteditable data-lexical-editor="true"></div>'))).toBe('lexical');
  // Root mark stripped: Lexical still marks every text it renders.
  expect(
    editorKindOf(box('<div contenteditable><p><span data-lexical-text="true">Hoi</span></p></div>')),
  ).toBe('lexical');
  expect(
    editorKindOf(box('<div class="ql-container"><div contenteditable></div></div>').firstElementChild!),
  ).toBe('quill');
  expect(
    editorKindOf(
      box('<div contenteditable><div data-contents="true"><div data-offset-key="a-0-0"></div></div></div>'),
    ),
  ).toBe('draft');
  expect(editorKindOf(box('<div contenteditable class="tiptap"></div>'))).toBe('prosemirror');
  expect(editorKindOf(box('<div contenteditable><p>Hoi</p></div>'))).toBe('contenteditable');
});

it('where the marks are gone, asks the page for the library instance on the element', () => {
  const life = new AbortController();
  installBridge(document);
  const lexical = box('<div contenteditable><p><br></p></div>') as HTMLElement & { __lexicalEditor?: object };
  lexical.__lexicalEditor = {};
  expect(editorKindOf(lexical)).toBe('lexical');
  const pm = box('<div contenteditable></div>') as HTMLElement & { pmViewDesc?: object };
  pm.pmViewDesc = {};
  expect(editorKindOf(pm)).toBe('prosemirror');
  const holder = box('<div><div contenteditable></div></div>') as HTMLElement & { __quill?: object };
  holder.__quill = {};
  expect(editorKindOf(holder.firstElementChild!)).toBe('quill');
  expect(editorKindOf(box('<div contenteditable></div>'))).toBe('contenteditable');
  life.abort();
});
