/**
 * Mouse presses on buttons that act on the composer must not take focus from it: the
 * editor keeps its caret and the fix goes through its own input path. Keyboard users
 * still tab to the buttons as usual.
 */
export function keepComposerFocus(event: MouseEvent): void {
  event.preventDefault();
}
