import { describe, expect, it } from 'vitest';
import { locate, widenEmptyInsert, widenLinkPaste } from './apply-fix';

const edit = (start: number, end: number, expected: string, replacement = '') => ({
  start,
  end,
  expected,
  replacement,
});

describe('locate', () => {
  it.each([
    ['at its offsets', 'BSN 111222333, kamer', edit(4, 13, '111222333'), 4],
    ['moved right by typing before it', 'Hoi! BSN 111222333', edit(4, 13, '111222333'), 9],
    ['the nearest of two copies', '111222333 en 111222333', edit(12, 21, '111222333'), 13],
    ['gone', 'BSN weg', edit(4, 13, '111222333'), null],
  ])('%s', (_name, text, e, expected) => {
    expect(locate(text, e)).toBe(expected);
  });
});

describe('widenEmptyInsert', () => {
  const text = 'BSN 111222333, kamer';
  it('writes a removal as the next character over itself in editors that ignore empty inserts', () => {
    expect(widenEmptyInsert({ editor: 'draft' }, text, edit(4, 13, '111222333'))).toEqual(
      edit(4, 14, '111222333,', ','),
    );
    expect(widenEmptyInsert({ editor: 'lexical' }, 'x 123', edit(2, 5, '123'))).toEqual(
      edit(1, 5, ' 123', ' '),
    );
  });
  it('leaves replacements and editors that take an empty insert alone', () => {
    expect(widenEmptyInsert({ editor: 'textarea' }, text, edit(4, 13, '111222333'))).toEqual(
      edit(4, 13, '111222333'),
    );
    expect(widenEmptyInsert({ editor: 'draft' }, text, edit(4, 13, '111222333', 'X'))).toEqual(
      edit(4, 13, '111222333', 'X'),
    );
  });
  it('never uses a line break as the neighbour', () => {
    expect(widenEmptyInsert({ editor: 'prosemirror' }, 'a\n123\nb', edit(2, 5, '123'))).toEqual(
      edit(2, 5, '123'),
    );
  });
});

describe('widenLinkPaste', () => {
  const url = 'https://a.nl/x?utm_source=fb';
  const text = `zie ${url} nu`;
  it('writes a neighbouring character with a link pasted into ProseMirror', () => {
    expect(
      widenLinkPaste({ editor: 'prosemirror' }, text, edit(4, 4 + url.length, url, 'https://a.nl/x')),
    ).toEqual(edit(4, 5 + url.length, `${url} `, 'https://a.nl/x '));
    const atEnd = `zie ${url}`;
    expect(
      widenLinkPaste({ editor: 'prosemirror' }, atEnd, edit(4, atEnd.length, url, 'https://a.nl/x')),
    ).toEqual(edit(3, atEnd.length, ` ${url}`, ' https://a.nl/x'));
  });
  it('leaves other editors and replacements that are not one link alone', () => {
    expect(widenLinkPaste({ editor: 'draft' }, text, edit(4, 4 + url.length, url, 'https://a.nl/x'))).toEqual(
      edit(4, 4 + url.length, url, 'https://a.nl/x'),
    );
    expect(widenLinkPaste({ editor: 'prosemirror' }, 'zie kofie nu', edit(4, 9, 'kofie', 'koffie'))).toEqual(
      edit(4, 9, 'kofie', 'koffie'),
    );
  });
});
