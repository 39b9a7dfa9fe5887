import type { Surface } from './types';

/** The box's own label text (aria-label, placeholders), lower case: it says what the box is for. */
export function labelOf(el: Element): string {
  const own = ['aria-label', 'aria-placeholder', 'data-placeholder', 'placeholder', 'aria-description']
    .map((name) => el.getAttribute(name) ?? '')
    .join(' ');
  const labelledBy = el.getAttribute('aria-labelledby');
  const extra = labelledBy ? (el.ownerDocument.getElementById(labelledBy)?.textContent ?? '') : '';
  return `${own} ${extra}`.toLowerCase();
}

/** Labels in Dutch and English that mark a public answer to someone. */
const REPLY = /\b(reply|replying|respond|beantwoord|antwoord|antwoorden)\b/;
const COMMENT = /\b(comment|comments|opmerking|reactie|reageer|reageren)/;
const MESSAGE = /\b(message|bericht schrijven|stuur een bericht|chat)/;

/** Reads what a box is for from its label; null when the label does not say. */
export function surfaceFromLabel(el: Element): Surface | null {
  const label = labelOf(el);
  if (REPLY.test(label)) return 'reply';
  if (COMMENT.test(label)) return 'comment';
  if (MESSAGE.test(label)) return 'message';
  return null;
}
