// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../checker/types';
import type { Composer } from '../types';
import { createUnderlines } from './underlines';

const TEXT = 'Mevrouw Jansen at kofie';
const finding = (over: Partial<Finding>): Finding => ({
  ruleId: 'privacy/person',
  category: 'privacy',
  severity: 'check',
  start: 0,
  end: 14,
  text: 'Mevrouw Jansen',
  message: 'm',
  suggestions: [],
  ...over,
});
const FINDINGS = [
  finding({}),
  finding({
    ruleId: 'spelling/unknown-word',
    category: 'spelling',
    severity: 'tip',
    start: 18,
    end: 23,
    text: 'kofie',
  }),
];

function setup() {
  const editor = document.createElement('div');
  editor.contentEditable = 'true';
  editor.textContent = TEXT;
  document.body.replaceChildren(editor);
  const composer = {
    element: editor,
    editor: 'plain',
    read: () => editor.textContent ?? '',
    // jsdom has no layout: a range there has no rectangles (Chromium's are tested end to end).
    rangeFor: () => Object.assign(document.createRange(), { getClientRects: () => [] }),
  } as unknown as Composer;
  const life = new AbortController();
  return { editor, composer, life, underlines: createUnderlines(document, life.signal) };
}

describe('createUnderlines', () => {
  it('underlines every finding, and none of a category switched off', () => {
    const { composer, underlines, life } = setup();
    underlines.show(composer, FINDINGS);
    underlines.refresh();
    expect(underlines.marks().map((m) => m.finding.text)).toEqual(['Mevrouw Jansen', 'kofie']);
    underlines.setHidden(new Set(['spelling']));
    underlines.refresh();
    expect(underlines.marks().map((m) => m.finding.text)).toEqual(['Mevrouw Jansen']);
    expect(underlines.element.dataset.count).toBe('1');
    life.abort();
  });

  it('follows the text: a finding moved by typing is found again, a gone one is not underlined', () => {
    const { composer, editor, underlines, life } = setup();
    underlines.show(composer, FINDINGS);
    editor.textContent = `Hallo! ${TEXT.replace('Mevrouw Jansen', 'Zij')}`;
    underlines.refresh();
    expect(underlines.marks().map((m) => [m.finding.start, m.finding.text])).toEqual([[14, 'kofie']]);
    life.abort();
  });

  it('adds nothing to the editor, and takes its own element away on abort', () => {
    const { composer, editor, underlines, life } = setup();
    underlines.show(composer, FINDINGS);
    underlines.refresh();
    expect(editor.outerHTML).not.toContain('zorgvuldig');
    expect(document.querySelector('zorgvuldig-underlines')).not.toBeNull();
    life.abort();
    expect(underlines.element.isConnected).toBe(false);
  });
});
