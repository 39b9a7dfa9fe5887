import type { EditorKind } from './types';

/** Which editor library drives an editable element, from the marks each library leaves in the DOM. */
export function editorKindOf(el: Element): EditorKind {
  if (el.tagName === 'TEXTAREA' || el.tagName === 'INPUT') return 'textarea';
  if (el.hasAttribute('data-lexical-editor')) return 'lexical';
  if (el.classList.contains('ql-editor')) return 'quill';
  if (el.classList.contains('public-DraftEditor-content') || el.querySelector(':scope > [data-contents]'))
    return 'draft';
  if (el.classList.contains('ProseMirror')) return 'prosemirror';
  return 'contenteditable';
}
