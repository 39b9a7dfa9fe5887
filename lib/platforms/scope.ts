export const BUTTONS = 'button, [role="button"], input[type="submit"]';

/**
 * The editor's box with the platform's own buttons for it (send, post, attach): the
 * nearest ancestor that holds a button outside the editor, a few levels up at most.
 * The sidebar sits beside this box, so it never covers those buttons.
 */
export function boxWithButtons(editor: Element, maxLevels = 6): Element {
  let node: Element | null = editor.parentElement;
  for (let level = 0; node && level < maxLevels; level++, node = node.parentElement) {
    for (const button of node.querySelectorAll(BUTTONS)) if (!editor.contains(button)) return node;
  }
  return editor.parentElement ?? editor;
}
